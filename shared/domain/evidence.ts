/**
 * How a piece of evidence reads wherever it is shown: a customer's words (a quote, an interview
 * note) in quote marks; a figure from a survey, support data or analytics as a plain statement
 * under its kind, never dressed up as something a customer said. With its source, date and the
 * personas it speaks for.
 */
import type { RowOf } from '../model/entities';
import type { WorkshopDoc } from '../model/ops';
import { byPosition } from '../model/positions';
import { quoted } from './quotes';

export type EvidenceRow = RowOf<'evidence'>;

/** Kinds that are the customer's own words. */
const SPOKEN = new Set(['quote', 'interview']);

export function isCustomerWords(e: Pick<EvidenceRow, 'kind'>): boolean {
  return SPOKEN.has(e.kind);
}

/** The text as shown: quoted if a customer said it, as written otherwise. */
export function evidenceText(e: Pick<EvidenceRow, 'kind' | 'text'>): string {
  return isCustomerWords(e) ? quoted(e.text) : e.text.trim();
}

/** The evidence linked to a touchpoint (or a gap), in the order Listen lists it. */
export function evidenceFor(doc: WorkshopDoc, target: { touchpointId: string } | { gapId: string }): EvidenceRow[] {
  const ids = new Set(
    Object.values(doc.rows.evidenceLink)
      .filter((l) => ('touchpointId' in target ? l.touchpointId === target.touchpointId : l.gapId === target.gapId))
      .map((l) => l.evidenceId),
  );
  return byPosition(Object.values(doc.rows.evidence).filter((e) => ids.has(e.id)));
}

/** The personas a piece of evidence is linked to, by name. */
export function evidencePersonas(doc: WorkshopDoc, evidenceId: string): string[] {
  return Object.values(doc.rows.evidenceLink)
    .filter((l) => l.evidenceId === evidenceId && l.personaId)
    .map((l) => doc.rows.persona[l.personaId!]?.name ?? '')
    .filter(Boolean);
}
