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
import { guessMapping, mapSurvey, surveyImportOps, surveyTargets, type ColumnMapping } from '../../../shared/domain/survey';
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
    setMapping(guessMapping(parsed.value.header));
    const header = parsed.value.header.join(' ').toLowerCase();
    setKind(/nps|recommend/.test(header) ? 'nps' : /ces|effort|easy/.test(header) ? 'ces' : 'csat');
    setFile({ name: f.name, csv: parsed.value });
  };

  const result = useMemo(() => {
    if (!file) return null;
    const targets = journeyId ? surveyTargets(doc.rows, journeyId) : { touchpoints: [], stages: [] };
    return mapSurvey(file.csv, journeyId ? mapping : { ...mapping, target: null }, kind, targets);
  }, [file, mapping, kind, journeyId, doc.rows]);

  const span = useMemo(() => (result ? spanOfDates(result.good.map((r) => r.respondedOn)) : null), [result]);
  const monthOk = /^\d{4}-(0[1-9]|1[0-2])$/.test(month);

  const submit = () => {
    if (!file || !result || result.good.length === 0) return;
    if (!span && !monthOk) return;
    const period = span ?? { start: `${month}-01`, end: `${month}-01` };
    const ops = surveyImportOps(
      newId(),
      {
        fileName: file.name.slice(0, 200),
        kind,
        journeyId: journeyId || null,
        importedOn: localDay(),
        periodStart: period.start,
        periodEnd: period.end,
        position: nextPosition(Object.values(doc.rows.surveyImport)),
      },
      result.good,
      newId,
    );
    dispatch(ops);
    toast(D.imported(result.good.length, file.name));
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
        <button type="submit" className="btn btn-primary" disabled={!result || result.good.length === 0 || (!span && !monthOk)}>
          {result ? D.submit(result.good.length, result.bad.length) : D.submit(0, 0)}
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
                <select id={id} className="input select" value={kind} onChange={(e) => setKind(e.target.value as SurveyKind)}>
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
              {result.good.length > 0 ? D.ready(result.good.length) : D.nothing}
            </p>
            {result.good.length > 0 && (
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
                    {result.good.slice(0, 5).map((r) => (
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
