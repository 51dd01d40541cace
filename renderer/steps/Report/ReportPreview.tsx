/**
 * The report before it is exported: the sections the consultant chose, in their order, from the
 * same data as the PDF (shared/domain/report.ts), each labelled with the pages it is on in the
 * real file (main lays it out: useReportOutline). Sections with nothing in them are left out, as
 * in the file. The maps show as the PDF cuts them (an overview, then details, when they must).
 */
import { hasDetails, type JourneyDetails } from '../../../shared/domain/journey-details';
import { termLabel } from '../../../shared/domain/vocabulary';
import type { ReactNode } from 'react';
import { formatMetric } from '../../../shared/domain/metrics';
import { localDay } from '../../../shared/domain/dates';
import { quoted, unquoted } from '../../../shared/domain/quotes';
import { periodOf } from '../../../shared/domain/periods';
import { gapName, gapTableRow, reportData, sectionHasContent, type ReportData } from '../../../shared/domain/report';
import { gapPlace } from '../../../shared/domain/gaps';
import { heatColor } from '../../../shared/layout/palette';
import type { WorkshopDoc } from '../../../shared/model/ops';
import { msg } from '../../../shared/strings';
import { formatDate } from '../../format';
import { Heading, HeadingLevel } from '../../ui/Heading';
import { BlueprintPages, blueprintPageCount, JourneyPages, journeyPageCount } from './MapPages';
import { ProgressContent } from './ProgressContent';
import { Sheet } from './Sheet';

const R = msg.report;

function SectionHead({ data, title }: { data: ReportData; title: string }) {
  return (
    <header className="sheet-head">
      <p className="sheet-eyebrow">{data.workshop.client || data.workshop.title}</p>
      <Heading>{title}</Heading>
    </header>
  );
}

function Block({ label, text }: { label: string; text: string }) {
  if (!text.trim()) return null;
  return (
    <div className="sheet-block">
      <p className="sheet-label">{label}</p>
      <p className="sheet-text">{text}</p>
    </div>
  );
}

function Empty() {
  return <p className="sheet-empty">{R.empty}</p>;
}

function Table({ head, rows }: { head: readonly string[]; rows: readonly (readonly ReactNode[])[] }) {
  return (
    <div className="table-scroll">
      <table className="sheet-table">
        <thead>
          <tr>
            {head.map((h) => (
              <th key={h} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={i}>
              {r.map((c, j) => (
                <td key={j}>{c}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function CoverContent({ data, brand }: { data: ReportData; brand: { name: string; contact: string; logo: string } }) {
  const w = data.workshop;
  return (
    <div className="sheet-cover">
      <div className="sheet-cover-band">
        <div>
          <p className="sheet-cover-kind">{data.solo ? R.solo.coverTitle : R.coverTitle}</p>
          <Heading className="sheet-cover-title">{w.title}</Heading>
          {w.client && <p className="sheet-cover-client">{w.client}</p>}
        </div>
        <div className="sheet-cover-logos">
          {w.clientLogo && <img className="sheet-cover-logo" src={w.clientLogo} alt={msg.setup.clientLogoAlt(w.client.trim() || msg.setup.theClient)} />}
          {brand.logo && <img className="sheet-cover-logo" src={brand.logo} alt={msg.settings.logoAlt} />}
        </div>
      </div>
      <div className="sheet-cover-facts">
        <Block label={msg.setup.date} text={formatDate(w.workshopDate) ?? ''} />
        {!data.solo && <Block label={msg.setup.facilitator} text={w.facilitator} />}
        {w.round > 1 && <Block label={msg.exports.roundLabel} text={msg.rounds.badge(w.round)} />}
        <Block label={msg.exports.preparedByLabel} text={[brand.name, brand.contact].filter((t) => t.trim()).join(' · ')} />
      </div>
    </div>
  );
}

export function SummaryContent({ data }: { data: ReportData }) {
  const S = data.solo ? { ...R.summary, ...R.solo } : R.summary;
  const { topGaps, firstActions, owners } = data.summary;
  return (
    <div className="sheet-summary">
      <Heading>{S.heading}</Heading>
      {data.workshop.vision.trim() && <blockquote className="sheet-vision">{data.workshop.vision.trim()}</blockquote>}
      {topGaps.length > 0 && (
        <>
          <Heading>{S.topGaps}</Heading>
          <Table head={['#', R.gapColumns.gap, R.gapColumns.touchpoint, R.gapColumns.size, R.gapColumns.priority]} rows={topGaps.map((g, i) => [i + 1, <strong key="n">{gapName(g)}</strong>, gapPlace(g), g.size ?? '–', g.priority ?? '–'])} />
        </>
      )}
      {firstActions.length > 0 && (
        <>
          <Heading>{S.firstActions}</Heading>
          <Table
            head={[msg.actions.columns.title, msg.actions.columns.owner, msg.actions.columns.due, msg.actions.columns.status]}
            rows={firstActions.map((a) => [<strong key="t">{a.title || msg.actions.untitled}</strong>, a.owner || S.noOwner, formatDate(a.dueDate) ?? S.noDate, msg.actions.statuses[a.status] ?? a.status])}
          />
        </>
      )}
      {data.solo && data.metrics.length > 0 && (
        <>
          <Heading>{R.solo.measure}</Heading>
          <ul className="sheet-list">
            {data.metrics.map((m) => (
              <li key={m.id}>{R.solo.measureLine(m.name, m.place, m.target)}</li>
            ))}
          </ul>
        </>
      )}
      {owners.length > 0 && (
        <>
          <Heading>{S.owners}</Heading>
          <ul className="sheet-list">
            {owners.map((o) => (
              <li key={o.owner}>{S.ownerLine(o.owner, o.count, formatDate(o.nextDue, 'short') ?? '')}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

export function HeardContent({ data }: { data: ReportData }) {
  const L = msg.listen;
  return (
    <>
      {data.heard.imports.map(({ imp, rows }) => (
        <div key={imp.id}>
          <Heading>{L.importFrom(imp.fileName, L.kindShort[imp.kind] ?? imp.kind, rows.reduce((n, r) => n + r.result.count, 0), periodOf(imp).label)}</Heading>
          <Table head={[L.where, L.result, L.responses]} rows={rows.map((r) => [r.name, <strong key="r">{formatMetric(r.result)}</strong>, r.result.count.toLocaleString('en')])} />
        </div>
      ))}
      {data.heard.quotes.length > 0 && (
        <>
          {data.heard.imports.length > 0 && <Heading>{R.heard.inTheirWords}</Heading>}
          <ul className="sheet-quotes">
            {data.heard.quotes.map(({ item, personas, touchpoints }) => (
              <li key={item.id}>
                <p className={item.kind === 'quote' ? 'sheet-quote' : 'sheet-text'}>{item.kind === 'quote' ? quoted(item.text) : item.text}</p>
                <p className="sheet-muted">{[L.kinds[item.kind] ?? item.kind, item.source, formatDate(item.collectedOn) ?? '', ...personas, ...touchpoints].filter((x) => x && x.trim()).join(' · ')}</p>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

export function ParticipantsContent({ data }: { data: ReportData }) {
  return <Table head={[R.participantColumns.name, R.participantColumns.role]} rows={data.participants.map((p) => [<strong key="n">{p.name}</strong>, p.role])} />;
}

/** A journey's themes, each with what its notes say. */
export function JourneyThemesContent({ themes }: { themes: { name: string; items: string[] }[] }) {
  const C = msg.themes.reportColumns;
  return (
    <>
      <p className="muted">{msg.themes.reportLede}</p>
      <Table
        head={[C.theme, C.said]}
        rows={themes.map((t) => [
          <strong key="n">{`${t.name} (${t.items.length})`}</strong>,
          <span key="s" className="sheet-prewrap">
            {t.items.map((i) => `• ${i}`).join('\n')}
          </span>,
        ])}
      />
    </>
  );
}

/** The journey in words after its map: its point of view, and what items say beyond their text. */
export function JourneyDetailsContent({ details }: { details: JourneyDetails }) {
  const C = R.detailColumns;
  return (
    <>
      <Block label={msg.journey.details.pointOfView} text={details.pointOfView} />
      {details.items.length > 0 && (
        <Table
          head={[C.stage, C.lane, C.item, C.said]}
          rows={details.items.map((i) => [
            i.stage,
            i.lane,
            <strong key="t">{i.title}</strong>,
            <span key="s" className="sheet-prewrap">
              {[i.description, i.meta.join(' · ')].filter(Boolean).join('\n')}
            </span>,
          ])}
        />
      )}
    </>
  );
}

export function SetupContent({ data }: { data: ReportData }) {
  const w = data.workshop;
  const scope = [w.scopeJourney, w.scopeProduct, w.scopeSegments, w.vision];
  return (
    <>
      <Block label={msg.setup.scopeJourney} text={w.scopeJourney} />
      <Block label={msg.setup.scopeProduct} text={w.scopeProduct} />
      <Block label={msg.setup.scopeSegments} text={w.scopeSegments} />
      <Block label={msg.setup.vision} text={w.vision} />
      {!scope.some((t) => t.trim()) && <Empty />}
    </>
  );
}

export function PersonasContent({ data, only }: { data: ReportData; only?: string }) {
  const P = msg.personas.fields;
  const shown = only && data.personas.some((p) => p.id === only) ? data.personas.filter((p) => p.id === only) : data.personas;
  return (
    <>
      {shown.length === 0 && <Empty />}
      {shown.map((p) => (
        <article key={p.id} className="sheet-persona">
          <Heading className="sheet-persona-name">{p.name || msg.personas.unnamed}</Heading>
          {p.role && <p className="sheet-muted">{p.role}</p>}
          {unquoted(p.quote) && <p className="sheet-quote">{quoted(p.quote)}</p>}
          <Block label={P.goals} text={p.goals} />
          <Block label={P.needs} text={p.needs} />
          <Block label={P.painPoints} text={p.painPoints} />
          <Block label={P.behaviours} text={p.behaviours} />
        </article>
      ))}
    </>
  );
}

export function GapsContent({ data }: { data: ReportData }) {
  const G = R.gapColumns;
  const keep = <T,>(row: readonly T[]) => gapTableRow(data, row);
  return (
    <>
      {data.journeys.every((j) => j.gaps.length === 0) && <Empty />}
      {data.journeys
        .filter((j) => j.gaps.length > 0)
        .map((j) => (
          <div key={j.journey.id}>
            {data.journeys.length > 1 && <Heading>{j.journey.name}</Heading>}
            <Table
              head={keep(['#', G.gap, G.touchpoint, G.intended, G.actual, G.size, G.votes, G.priority])}
              rows={j.gaps.map((g, i) => {
                const heat = g.size === null ? null : heatColor(g.size);
                return [
                  i + 1,
                  <strong key="n">{gapName(g)}</strong>,
                  gapPlace(g),
                  g.gap.intendedScore ?? '–',
                  g.actual ?? '–',
                  heat ? (
                    <span key="h" className="sheet-heat" style={{ background: heat.fill, color: heat.text }}>
                      {g.size}
                    </span>
                  ) : (
                    '–'
                  ),
                  g.votes.visible,
                  g.priority ?? '–',
                ] as ReactNode[];
              }).map(keep)}
            />
          </div>
        ))}
    </>
  );
}

export function ActionsContent({ data }: { data: ReportData }) {
  const C = msg.actions.columns;
  if (data.actions.length === 0) return <Empty />;
  return (
    <Table
      head={['#', C.title, C.owner, C.due, C.status, `${C.impact} / ${C.effort}`, C.gaps, C.metric]}
      rows={data.actions.map((a, i) => [
        i + 1,
        <span key="t">
          <strong>{a.title}</strong>
          {a.wow && ` ★ ${msg.actions.fields.wow}`}
          {a.description && <span className="sheet-muted sheet-line">{a.description}</span>}
        </span>,
        [a.owner, a.team ? termLabel('team', a.team) : ''].filter(Boolean).join(' · '),
        formatDate(a.dueDate) ?? '',
        msg.actions.statuses[a.status] ?? a.status,
        a.impact === null && a.effort === null ? '' : `${a.impact ?? '–'} / ${a.effort ?? '–'}`,
        a.gaps.join(', '),
        a.metric,
      ])}
    />
  );
}

export function MeasureContent({ data }: { data: ReportData }) {
  const M = msg.measure.columns;
  if (data.metrics.length === 0) return <Empty />;
  return (
    <Table
      head={[M.metric, M.at, M.method, M.baseline, M.current, M.target, M.progress, M.review, M.actions]}
      rows={data.metrics.map((m) => [
        <strong key="n">{m.name}</strong>,
        m.place,
        m.method,
        m.baseline,
        m.current,
        m.target,
        <span key="p" className={m.met ? 'is-met' : m.reviewPassed ? 'is-late' : undefined}>
          {m.progress}
        </span>,
        formatDate(m.reviewDate) ?? '',
        m.actions.join(', '),
      ])}
    />
  );
}

/**
 * The report's sections as sheets. `outline` says which pages of the real PDF each is on (main
 * lays it out); until it arrives, or if it cannot, the sheets are numbered one after another.
 */
export function ReportPreview({
  doc,
  brand,
  outline,
  previous = null,
}: {
  doc: WorkshopDoc;
  brand: { name: string; contact: string; logo: string };
  outline?: ReadonlyMap<string, { first: number; last: number }> | null;
  /** The round this one was started from, for the progress section. */
  previous?: WorkshopDoc | null;
}) {
  const data = reportData(doc, { today: localDay(), previous });
  const S = R.sections;
  let guess = 1;
  const pagesOf = (key: string, fallback = 1) => {
    const known = outline?.get(key);
    const first = known?.first ?? guess;
    const last = known?.last ?? first + fallback - 1;
    guess = last + 1;
    return { first, pages: last - first + 1 };
  };
  const pages: ReactNode[] = [];
  const sheet = (key: string, title: string, content: ReactNode) => {
    const { first, pages: n } = pagesOf(key);
    pages.push(
      <Sheet key={key} n={first} pages={n} title={title}>
        <SectionHead data={data} title={title} />
        <HeadingLevel level={4}>{content}</HeadingLevel>
      </Sheet>,
    );
  };

  const cover = pagesOf('cover');
  const withSummary = data.plan.sections.includes('summary') && sectionHasContent(data, 'summary');
  pages.push(
    <Sheet key="cover" n={cover.first} pages={cover.pages} title={withSummary ? `${S.cover} · ${S.summary}` : S.cover}>
      <CoverContent data={data} brand={brand} />
      {withSummary && (
        <HeadingLevel level={4}>
          <SummaryContent data={data} />
        </HeadingLevel>
      )}
    </Sheet>,
  );
  for (const key of data.plan.sections.filter((k) => k !== 'summary' && sectionHasContent(data, k))) {
    if (key === 'setup') sheet('setup', S.setup, <SetupContent data={data} />);
    else if (key === 'heard') sheet('heard', S.heard, <HeardContent data={data} />);
    else if (key === 'participants') sheet('participants', S.participants, <ParticipantsContent data={data} />);
    else if (key === 'personas') sheet('personas', S.personas, <PersonasContent data={data} />);
    else if (key === 'gaps') sheet('gaps', S.gaps, <GapsContent data={data} />);
    else if (key === 'actions') sheet('actions', S.actions, <ActionsContent data={data} />);
    else if (key === 'measure') sheet('measure', S.measure, <MeasureContent data={data} />);
    else if (key === 'progress' && data.progress) sheet('progress', S.progress, <ProgressContent p={data.progress} />);
    else if (key === 'journeys') {
      for (const j of data.journeys) {
        const { first } = pagesOf(`map:${j.journey.id}`, journeyPageCount(doc, j.journey.id));
        pages.push(<JourneyPages key={`map-${j.journey.id}`} doc={doc} journeyId={j.journey.id} first={first} />);
        if (hasDetails(j.details)) sheet(`details:${j.journey.id}`, `${S.journeyDetails}: ${j.journey.name}`, <JourneyDetailsContent details={j.details} />);
        if (j.themes.length > 0) sheet(`themes:${j.journey.id}`, `${S.journeyThemes}: ${j.journey.name}`, <JourneyThemesContent themes={j.themes} />);
      }
    } else if (key === 'blueprints') {
      for (const j of data.journeys.filter((x) => x.hasBlueprint)) {
        const { first } = pagesOf(`blueprint:${j.journey.id}`, blueprintPageCount(doc, j.journey.id));
        pages.push(<BlueprintPages key={`bp-${j.journey.id}`} doc={doc} journeyId={j.journey.id} first={first} />);
      }
    }
  }

  return (
    <ol className="sheets" aria-label={R.preview}>
      {pages}
    </ol>
  );
}
