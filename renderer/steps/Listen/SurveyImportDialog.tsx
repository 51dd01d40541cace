/**
 * Importing survey results from CSV: choose the file, say what the score measures and which
 * journey's touchpoints the rows name, map the columns, preview, and import. Rows that cannot be
 * imported are listed by line number with the reason before anything is stored; the import is
 * one batch, stored whole or not at all.
 */
import { useEffect, useMemo, useState } from 'react';
import { decodeText, parseCsv, type Csv } from '../../../shared/domain/csv';
import { localDay } from '../../../shared/domain/dates';
import { periodBetween, spanOfDates } from '../../../shared/domain/periods';
import { guessMapping, mapSurvey, surveyImportOps, surveyTargets, type ColumnMapping, type SurveyMapping } from '../../../shared/domain/survey';
import { aliasKey, kindOfColumn, metricColumns, readAliases, scaleWarning, unmatchedNames, type Target } from '../../../shared/domain/survey-columns';
import type { TypedOp } from '../../../shared/model/ops';
import type { WorkshopDoc } from '../../../shared/model/ops';
import { byPosition, nextPosition } from '../../../shared/model/positions';
import { SURVEY_KINDS, type SurveyKind } from '../../../shared/model/vocab';
import { msg } from '../../../shared/strings';
import { newId } from '../../ids';
import { toast } from '../../store/toasts';
import { useWorkshop } from '../../store/workshop';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';

const SHOWN_REJECTS = 200;

export function SurveyImportDialog({ open, doc, onClose }: { open: boolean; doc: WorkshopDoc; onClose(): void }) {
  const dispatch = useWorkshop((s) => s.dispatch);
  const D = msg.listen.importDialog;
  const journeys = byPosition(Object.values(doc.rows.journey));
  const [file, setFile] = useState<{ name: string; csv: Csv } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [kind, setKind] = useState<SurveyKind>('csat');
  const [journeyId, setJourneyId] = useState('');
  const [mapping, setMapping] = useState<ColumnMapping>({ score: 0, comment: null, target: null, date: null });
  // Further metrics in the same file, a column each (null: not in this file).
  const [extras, setExtras] = useState<Partial<Record<SurveyKind, number | null>>>({});
  // What the user says unknown names in the file mean, this time: normalised name → place key, '' to leave out.
  const [choices, setChoices] = useState<Record<string, string>>({});
  const remembered = useMemo(() => readAliases(doc.workshop.surveyNames), [doc.workshop.surveyNames]);
  // The month the answers were given, when the file's dates do not say.
  const [month, setMonth] = useState(() => localDay().slice(0, 7));

  useEffect(() => {
    if (!open) return;
    setFile(null);
    setError(null);
    setJourneyId(journeys[0]?.id ?? '');
    setMonth(localDay().slice(0, 7));
  }, [open]); // reset each time it opens

  const read = async (f: File | undefined) => {
    setError(null);
    setFile(null);
    if (!f) return;
    const decoded = decodeText(new Uint8Array(await f.arrayBuffer()));
    if (!decoded.ok) return setError(decoded.error);
    const parsed = parseCsv(decoded.text);
    if (!parsed.ok) return setError(parsed.error);
    if (parsed.value.records.length === 0) return setError(msg.csv.noRows);
    const csv = parsed.value;
    const guessed = guessMapping(csv.header);
    // Metric columns the header names and whose values fit; else the score column read on the
    // smallest scale that holds its values, so a 1–5 column is never taken for NPS.
    const found = metricColumns(csv);
    const first = found[0];
    setMapping(first ? { ...guessed, score: first.column } : guessed);
    setKind(first ? first.kind : kindOfColumn(csv, guessed.score));
    setExtras(Object.fromEntries(found.slice(1).map((m) => [m.kind, m.column])));
    setChoices({});
    setFile({ name: f.name, csv });
  };

  // The journey's touchpoints and stages, as a file may name them, and as the choice reads.
  const places = useMemo((): (Target & { label: string })[] => {
    if (!journeyId) return [];
    const t = surveyTargets(doc.rows, journeyId);
    return [...t.touchpoints.map((tp) => ({ key: tp.id, name: tp.name, label: tp.name })), ...t.stages.map((st) => ({ key: `stage:${st.id}`, name: st.name, label: D.stageOption(st.name) }))];
  }, [journeyId, doc.rows]);
  const unknown = useMemo(() => (file && journeyId && mapping.target !== null ? unmatchedNames(file.csv, mapping.target, places, remembered) : []), [file, journeyId, mapping.target, places, remembered]);
  const extraKinds = SURVEY_KINDS.filter((k) => k !== kind && typeof extras[k] === 'number');

  const result = useMemo(() => {
    if (!file) return null;
    const targets = journeyId ? surveyTargets(doc.rows, journeyId) : { touchpoints: [], stages: [] };
    const aliases = { ...remembered, ...choices };
    const base = journeyId ? mapping : { ...mapping, target: null };
    const primary = mapSurvey(file.csv, base, kind, targets, aliases);
    const refused = new Set(primary.bad.map((b) => b.line));
    const more: { kind: SurveyKind; mapped: SurveyMapping }[] = extraKinds.map((k) => ({ kind: k, mapped: mapSurvey(file.csv, { ...base, score: extras[k]! }, k, targets, aliases) }));
    // A row refused for the whole line (unknown place, bad date) is listed once; a score the
    // further metric cannot hold is listed under that metric's name.
    const bad = [
      ...primary.bad,
      ...more.flatMap((m) => m.mapped.bad.filter((b) => !refused.has(b.line)).map((b) => ({ line: b.line, reason: D.reasonFor(msg.listen.kindNames[m.kind] ?? m.kind, b.reason) }))),
    ].sort((a, b) => a.line - b.line);
    return { primary, more, good: primary.good.length + more.reduce((n, m) => n + m.mapped.good.length, 0), bad };
  }, [file, mapping, kind, journeyId, doc.rows, extras, choices, remembered]);

  const warnings = file ? [scaleWarning(file.csv, mapping.score, kind), ...extraKinds.map((k) => scaleWarning(file.csv, extras[k]!, k))].filter((w): w is string => !!w) : [];

  const span = useMemo(() => (result ? spanOfDates([result.primary, ...result.more.map((m) => m.mapped)].flatMap((m) => m.good.map((r) => r.respondedOn))) : null), [result]);
  const monthOk = /^\d{4}-(0[1-9]|1[0-2])$/.test(month);

  const submit = () => {
    if (!file || !result || result.good === 0) return;
    if (!span && !monthOk) return;
    const period = span ?? { start: `${month}-01`, end: `${month}-01` };
    const first = nextPosition(Object.values(doc.rows.surveyImport));
    // One import per metric, all in one batch: stored together, undone together.
    const ops: TypedOp[] = [{ kind, mapped: result.primary }, ...result.more]
      .filter((m) => m.mapped.good.length > 0)
      .flatMap((m, i) =>
        surveyImportOps(
          newId(),
          { fileName: file.name.slice(0, 200), kind: m.kind, journeyId: journeyId || null, importedOn: localDay(), periodStart: period.start, periodEnd: period.end, position: first + i },
          m.mapped.good,
          newId,
        ),
      );
    const mapped = Object.fromEntries(Object.entries(choices).filter(([, v]) => v));
    if (Object.keys(mapped).length > 0) ops.push({ kind: 'update', entity: 'workshop', id: doc.workshop.id, patch: { surveyNames: JSON.stringify({ ...remembered, ...mapped }) } });
    dispatch(ops);
    toast(D.imported(result.good, file.name));
    onClose();
  };

  const columnSelect = (label: string, key: keyof ColumnMapping, optional: boolean) => (
    <Field label={label}>
      {({ id }) => (
        <select
          id={id}
          className="input select"
          value={mapping[key] === null ? '' : String(mapping[key])}
          onChange={(e) => setMapping({ ...mapping, [key]: e.target.value === '' ? null : Number(e.target.value) })}
        >
          {optional && <option value="">{D.none}</option>}
          {file!.csv.header.map((h, i) => (
            <option key={i} value={i}>
              {h || `#${i + 1}`}
            </option>
          ))}
        </select>
      )}
    </Field>
  );

  return (
    <Dialog
      open={open}
      title={D.title}
      onClose={onClose}
      onSubmit={submit}
      wide
      actions={
        <button type="submit" className="btn btn-primary" disabled={!result || result.good === 0 || (!span && !monthOk)}>
          {result ? D.submit(result.good, result.bad.length) : D.submit(0, 0)}
        </button>
      }
    >
      <Field label={D.file} hint={D.fileHint} error={error}>
        {({ id, describedBy }) => (
          <input
            id={id}
            type="file"
            className="input"
            accept=".csv,.txt,text/csv"
            aria-describedby={describedBy}
            onChange={(e) => {
              void read(e.target.files?.[0]);
            }}
          />
        )}
      </Field>
      {file && result && (
        <>
          <div className="grid-2">
            <Field label={D.kind}>
              {({ id }) => (
                <select
                  id={id}
                  className="input select"
                  value={kind}
                  onChange={(e) => {
                    const next = e.target.value as SurveyKind;
                    setKind(next);
                    setExtras({ ...extras, [next]: null });
                  }}
                >
                  {SURVEY_KINDS.map((k) => (
                    <option key={k} value={k}>
                      {msg.listen.kindNames[k]}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label={D.journey}>
              {({ id }) => (
                <select id={id} className="input select" value={journeyId} onChange={(e) => setJourneyId(e.target.value)}>
                  <option value="">{D.none}</option>
                  {journeys.map((j) => (
                    <option key={j.id} value={j.id}>
                      {j.name}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          </div>
          <fieldset className="column-map">
            <legend className="field-label">{D.columns}</legend>
            <div className="grid-4">
              {columnSelect(D.score, 'score', false)}
              {columnSelect(D.comment, 'comment', true)}
              {journeyId ? columnSelect(D.target, 'target', true) : null}
              {columnSelect(D.date, 'date', true)}
            </div>
          </fieldset>
          <fieldset className="column-map">
            <legend className="field-label">{D.otherMetrics}</legend>
            <p className="muted">{D.otherMetricsHint}</p>
            <div className="grid-4">
              {SURVEY_KINDS.filter((k) => k !== kind).map((k) => (
                <Field key={k} label={D.metricColumn(msg.listen.kindNames[k] ?? k)}>
                  {({ id }) => (
                    <select id={id} className="input select" value={typeof extras[k] === 'number' ? String(extras[k]) : ''} onChange={(e) => setExtras({ ...extras, [k]: e.target.value === '' ? null : Number(e.target.value) })}>
                      <option value="">{D.notInFile}</option>
                      {file.csv.header.map((h, i) => (
                        <option key={i} value={i}>
                          {h || `#${i + 1}`}
                        </option>
                      ))}
                    </select>
                  )}
                </Field>
              ))}
            </div>
          </fieldset>
          {warnings.map((w) => (
            <p key={w} className="import-warning" role="status">
              {w}
            </p>
          ))}
          {unknown.length > 0 && (
            <fieldset className="column-map">
              <legend className="field-label">{D.names}</legend>
              <p className="muted">{D.namesHint}</p>
              <div className="grid-2">
                {unknown.map((u) => (
                  <Field key={aliasKey(u.name)} label={D.nameMeans(u.name, u.count)}>
                    {({ id }) => (
                      <select id={id} className="input select" value={choices[aliasKey(u.name)] ?? ''} onChange={(e) => setChoices({ ...choices, [aliasKey(u.name)]: e.target.value })}>
                        <option value="">{D.leaveOut}</option>
                        {u.suggestion && <option value={u.suggestion.key}>{D.suggested(places.find((p) => p.key === u.suggestion!.key)?.label ?? u.suggestion.name)}</option>}
                        {places
                          .filter((p) => p.key !== u.suggestion?.key)
                          .map((p) => (
                            <option key={p.key} value={p.key}>
                              {p.label}
                            </option>
                          ))}
                      </select>
                    )}
                  </Field>
                ))}
              </div>
            </fieldset>
          )}
          {span ? (
            <p className="muted import-period">{D.periodFromDates(periodBetween(span.start, span.end).label)}</p>
          ) : (
            <Field label={D.period} hint={D.periodHint} error={monthOk ? null : D.periodNeeded}>
              {({ id, describedBy, invalid }) => (
                <input id={id} type="month" className="input import-month" value={month} aria-describedby={describedBy} aria-invalid={invalid || undefined} onChange={(e) => setMonth(e.target.value)} />
              )}
            </Field>
          )}
          <section aria-label={D.preview} className="import-preview">
            <p className="import-ready" role="status">
              {result.good > 0 ? D.ready(result.good) : D.nothing}
            </p>
            {result.primary.good.length > 0 && (
              <div className="table-scroll">
                <table className="data-table">
                  <caption className="visually-hidden">{D.preview}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{D.lineHeader}</th>
                      <th scope="col">{D.score}</th>
                      <th scope="col">{D.target}</th>
                      <th scope="col">{D.comment}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {result.primary.good.slice(0, 5).map((r) => (
                      <tr key={r.line}>
                        <td>{r.line}</td>
                        <td>{r.score}</td>
                        <td>{(r.touchpointId && doc.rows.touchpoint[r.touchpointId]?.name) || (r.stageId && doc.rows.stage[r.stageId]?.name) || msg.listen.unassigned}</td>
                        <td className="clip">{r.comment}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
            {result.bad.length > 0 && (
              <div className="rejects" role="alert">
                <p>{D.rejected(result.bad.length)}</p>
                <ul>
                  {result.bad.slice(0, SHOWN_REJECTS).map((b) => (
                    <li key={b.line}>
                      <strong>{D.line(b.line)}</strong> {b.reason}
                    </li>
                  ))}
                  {result.bad.length > SHOWN_REJECTS && <li>{D.more(result.bad.length - SHOWN_REJECTS)}</li>}
                </ul>
              </div>
            )}
          </section>
        </>
      )}
    </Dialog>
  );
}
