/** A calendar day (YYYY-MM-DD) as people read it: "3 Dec 2026" or "3 December 2026". Read as UTC
 * so the day never shifts with the time zone; null for no or a broken date. */
export function formatDay(iso: string | null, opts: { month?: 'short' | 'long'; locale?: string } = {}): string | null {
  if (!iso) return null;
  const d = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return null;
  return new Intl.DateTimeFormat(opts.locale, { day: 'numeric', month: opts.month ?? 'short', year: 'numeric', timeZone: 'UTC' }).format(d);
}

/** The calendar day (YYYY-MM-DD) of a moment where the user is, not in UTC: at 00:30 in Berlin it
 * is already the new day. */
export function localDay(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
