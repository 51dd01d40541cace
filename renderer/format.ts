/** Dates and times as people read them. Pure, so they are tested without a browser. */
import { formatDay } from '../shared/domain/dates';
import { msg } from '../shared/strings';

export function formatDate(iso: string | null, locale?: string): string | null {
  return formatDay(iso, { locale });
}

/** "just now", "5 minutes ago", "3 hours ago", "yesterday", then the date. */
export function formatEdited(iso: string, now: Date = new Date(), locale?: string): string {
  const then = new Date(iso);
  const minutes = Math.floor((now.getTime() - then.getTime()) / 60000);
  if (minutes < 1) return msg.time.justNow;
  if (minutes < 60) return msg.time.minutesAgo(minutes);
  const hours = Math.floor(minutes / 60);
  if (hours < 24 && then.getDate() === now.getDate()) return msg.time.hoursAgo(hours);
  const yesterday = new Date(now);
  yesterday.setDate(now.getDate() - 1);
  if (then.toDateString() === yesterday.toDateString()) return msg.time.yesterday;
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric' }).format(then);
}
