import type { IsoDate } from './iso-date.js';

// en-CA writes dates as YYYY-MM-DD; the time zone database moves the date at midnight GMT or BST.
const LONDON_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' });

/**
 * The last answer, by UTC hour: London's offset is a whole hour (GMT or BST), so its date changes only on the
 * hour and is the same for every instant of one UTC hour. Every command asks for its day several times, and
 * formatToParts was about 1% of the API's CPU.
 */
const HOUR_MS = 3_600_000;
let lastHour = Number.NaN;
let lastDate: IsoDate = '1970-01-01';

/**
 * The UK civil date at the instant `now` (Europe/London, not UTC): 2025-06-30T23:30:00Z is 00:30 BST on
 * 1 July, so already 2025-07-01. The caller passes the clock's reading; nothing here reads a clock.
 */
export function todayInLondon(now: Date): IsoDate {
  const hour = Math.floor(now.getTime() / HOUR_MS);
  if (hour === lastHour) return lastDate;
  const parts = Object.fromEntries(LONDON_DATE.formatToParts(now).map((part) => [part.type, part.value]));
  lastDate = `${parts.year}-${parts.month}-${parts.day}`;
  lastHour = hour;
  return lastDate;
}
