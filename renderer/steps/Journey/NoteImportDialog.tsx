/**
 * Sticky notes from a sheet: choose a CSV or Excel file, say which column is the stage, the lane,
 * the text (and, if there are, the colour and the score), see how many rows will land and which
 * cannot and why, then place them all as one step that Undo takes back.
 */
import { useEffect, useMemo, useState } from 'react';
import { decodeText, parseCsv } from '../../../shared/domain/csv';
import { guessColumns, NOTE_FIELDS, notesFromSheet, type NoteColumns, type NoteImport } from '../../../shared/domain/note-import';
import { MAX_SHEET_ROWS } from '../../../shared/api';
import type { WorkshopDoc } from '../../../shared/model/ops';
import { msg } from '../../../shared/strings';
import { call, ApiFailure } from '../../api/client';
import { base64Of } from '../../export/download';
import { newId } from '../../ids';
import { useWorkshop } from '../../store/workshop';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';

type Sheet = { header: string[]; records: { line: number; cells: string[] }[] };
const SHOWN = 8;

async function readSheet(file: File): Promise<Sheet | string> {
  const D = msg.journey.noteImport;
  if (/\.xlsx$/i.test(file.name)) {
    try {
      return await call('readSheet', { content: await base64Of(file) });
    } catch (err) {
      return err instanceof ApiFailure ? err.message : D.notATable;
    }
  }
  const decoded = decodeText(new Uint8Array(await file.arrayBuffer()));
  if (!decoded.ok) return decoded.error;
  const parsed = parseCsv(decoded.text);
  if (!parsed.ok) return parsed.error;
  if (parsed.value.records.length === 0) return D.notATable;
  if (parsed.value.records.length > MAX_SHEET_ROWS) return D.tooManyRows(MAX_SHEET_ROWS);
  return { header: parsed.value.header, records: parsed.value.records };
}

export function NoteImportDialog({ open, doc, journeyId, onClose, onPlaced }: { open: boolean; doc: WorkshopDoc; journeyId: string; onClose(): void; onPlaced(result: NoteImport): void }) {
  const dispatch = useWorkshop((s) => s.dispatch);
  const D = msg.journey.noteImport;
  const [sheet, setSheet] = useState<Sheet | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [cols, setCols] = useState<NoteColumns>({ stage: null, lane: null, text: null, color: null, score: null });

  useEffect(() => {
    if (!open) return;
    setSheet(null);
    setError(null);
  }, [open]);

  const result = useMemo(() => (sheet ? notesFromSheet(doc, journeyId, sheet.records, cols, newId) : null), [sheet, cols, doc, journeyId]);

  const read = async (file: File | undefined) => {
    setError(null);
    setSheet(null);
    if (!file) return;
    setBusy(true);
    const got = await readSheet(file);
    setBusy(false);
    if (typeof got === 'string') return setError(got);
    setSheet(got);
    setCols(guessColumns(got.header));
  };

  const submit = () => {
    if (!result || result.placed === 0) return;
    dispatch(result.ops);
    onPlaced(result);
  };
  const problems = result ? [...result.unplaced, ...result.cut].sort((a, b) => a.line - b.line) : [];

  return (
    <Dialog
      open={open}
      title={D.title}
      onClose={onClose}
      onSubmit={submit}
      wide
      actions={
        <button type="submit" className="btn btn-primary" disabled={!result || result.placed === 0}>
          {D.submit(result?.placed ?? 0)}
        </button>
      }
    >
      <p className="muted">{D.lede}</p>
      <Field label={D.file} error={error}>
        {({ id, describedBy }) => (
          <input
            id={id}
            type="file"
            className="input"
            accept=".csv,.tsv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-describedby={describedBy}
            aria-busy={busy || undefined}
            onChange={(e) => void read(e.target.files?.[0])}
          />
        )}
      </Field>
      {sheet && result && (
        <>
          <fieldset className="column-map">
            <legend className="field-label">{D.columns}</legend>
            <div className="grid-5">
              {NOTE_FIELDS.map((field) => (
                <Field key={field} label={D.fields[field] ?? field}>
                  {({ id }) => (
                    <select id={id} className="input select" value={cols[field] === null ? '' : String(cols[field])} onChange={(e) => setCols({ ...cols, [field]: e.target.value === '' ? null : Number(e.target.value) })}>
                      <option value="">{D.none}</option>
                      {sheet.header.map((h, i) => (
                        <option key={i} value={i}>
                          {D.column(i + 1, h)}
                        </option>
                      ))}
                    </select>
                  )}
                </Field>
              ))}
            </div>
          </fieldset>
          <p role="status">{D.preview(result.placed, result.unplaced.length)}</p>
          {problems.length > 0 && (
            <ul className="unmapped-list">
              {problems.slice(0, SHOWN).map((u) => (
                <li key={`${u.line}:${u.reason}`}>{D.line(u.line, u.text, u.reason)}</li>
              ))}
              {problems.length > SHOWN && <li>{D.more(problems.length - SHOWN)}</li>}
            </ul>
          )}
        </>
      )}
    </Dialog>
  );
}
