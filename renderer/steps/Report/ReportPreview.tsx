/**
 * The report, page by page, before it is exported: the sections in the order and on the pages
 * the PDF uses, from the same data (shared/domain/report.ts). A long table or persona list that
 * the PDF continues over several pages shows here as one taller sheet carrying all their numbers.
 */
import type { ReactNode } from 'react';
import { gapName, reportData, type ReportData } from '../../../shared/domain/report';
import { heatColor } from '../../../shared/layout/palette';
import type { WorkshopDoc } from '../../../shared/model/ops';
import { msg } from '../../../shared/strings';
import { formatDate } from '../../format';
import { Heading, HeadingLevel } from '../../ui/Heading';
import { BlueprintPages, blueprintPageCount, JourneyPages, journeyPageCount } from './MapPages';
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
  );
}

export function CoverContent({ data, brandName }: { data: ReportData; brandName: string }) {
  const w = data.workshop;
  return (
    <div className="sheet-cover">
      <p className="sheet-eyebrow">{R.coverTitle}</p>
      <Heading className="sheet-cover-title">{w.title}</Heading>
      {w.client && <p className="sheet-cover-client">{w.client}</p>}
      <Block label={msg.setup.date} text={formatDate(w.workshopDate) ?? ''} />
      <Block label={msg.setup.facilitator} text={w.facilitator} />
      {brandName && <p className="sheet-cover-by">{msg.exports.preparedBy(brandName)}</p>}
    </div>
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
          {p.quote.trim() && <p className="sheet-quote">“{p.quote.trim()}”</p>}
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
  return (
    <>
      {data.journeys.every((j) => j.gaps.length === 0) && <Empty />}
      {data.journeys
        .filter((j) => j.gaps.length > 0)
        .map((j) => (
          <div key={j.journey.id}>
            {data.journeys.length > 1 && <Heading>{j.journey.name}</Heading>}
            <Table
              head={['#', G.gap, G.touchpoint, G.intended, G.actual, G.size, G.votes, G.priority]}
              rows={j.gaps.map((g, i) => {
                const heat = g.size === null ? null : heatColor(g.size);
                return [
                  i + 1,
                  <strong key="n">{gapName(g)}</strong>,
                  `${g.stage?.name ?? ''} → ${g.touchpoint.name}`,
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
                ];
              })}
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
        [a.owner, a.team ? (msg.teams[a.team] ?? a.team) : ''].filter(Boolean).join(' · '),
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
      head={[M.metric, M.at, M.method, M.baseline, M.target, M.review, M.actions]}
      rows={data.metrics.map((m) => [
        <strong key="n">{m.name}</strong>,
        m.place,
        m.method,
        [m.baseline, m.measured && m.measured !== m.baseline ? `(${m.measured})` : ''].filter(Boolean).join(' '),
        m.target,
        formatDate(m.reviewDate) ?? '',
        m.actions.join(', '),
      ])}
    />
  );
}

/**
 * The pages of the report. `outline` is how many pages each section takes in the real PDF (main
 * lays it out); until it arrives, or if it cannot, each section counts as one page and each map as
 * its tiles.
 */
export function ReportPreview({ doc, brandName, outline }: { doc: WorkshopDoc; brandName: string; outline?: ReadonlyMap<string, number> | null }) {
  const data = reportData(doc);
  const S = R.sections;
  let n = 1;
  /** The first page number of a section, moving the count past all of its pages. */
  const take = (key: string, fallback = 1) => {
    const first = n;
    n += Math.max(1, outline?.get(key) ?? fallback);
    return first;
  };
  const pages: ReactNode[] = [];
  const sheet = (key: string, title: string, content: ReactNode, landscape = false) => {
    const first = take(key);
    pages.push(
      <Sheet key={key} n={first} pages={n - first} title={title} landscape={landscape}>
        <SectionHead data={data} title={title} />
        <HeadingLevel level={4}>{content}</HeadingLevel>
      </Sheet>,
    );
  };

  const cover = take('cover');
  pages.push(
    <Sheet key="cover" n={cover} pages={n - cover} title={S.cover}>
      <CoverContent data={data} brandName={brandName} />
    </Sheet>,
  );
  sheet('setup', S.setup, <SetupContent data={data} />);
  sheet('personas', S.personas, <PersonasContent data={data} />);
  for (const j of data.journeys) {
    const first = take(`map:${j.journey.id}`, journeyPageCount(doc, j.journey.id));
    pages.push(<JourneyPages key={`map-${j.journey.id}`} doc={doc} journeyId={j.journey.id} first={first} />);
    if (j.hasBlueprint) {
      const firstBp = take(`blueprint:${j.journey.id}`, blueprintPageCount(doc, j.journey.id));
      pages.push(<BlueprintPages key={`bp-${j.journey.id}`} doc={doc} journeyId={j.journey.id} first={firstBp} />);
    }
  }
  sheet('gaps', S.gaps, <GapsContent data={data} />);
  sheet('actions', S.actions, <ActionsContent data={data} />, true);
  sheet('measure', S.measure, <MeasureContent data={data} />, true);

  return (
    <ol className="sheets" aria-label={R.preview}>
      {pages}
    </ol>
  );
}
