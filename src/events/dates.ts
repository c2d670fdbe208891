/** Calendar dates in text to ISO ("May 14, 2024" → 2024-05-14, "March 2014" → 2014-03). */
import { dict } from '../lexicon/dict.js';

export const MONTHS: Map<string, number> = dict({
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6,
  jun: 6, july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10,
  november: 11, nov: 11, december: 12, dec: 12,
});

export const WEEKDAYS: Map<string, number> = dict({
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
});

/** Days named from the document's own day. */
export const DEICTIC_DAYS = new Set(['today', 'tonight', 'yesterday', 'tomorrow']);

const MONTH_RE = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)';
const PATTERNS: { re: RegExp; build: (m: RegExpExecArray) => string | null }[] = [
  { re: /^(\d{4})-(\d{2})-(\d{2})\b/, build: (m) => iso(+m[1], +m[2], +m[3]) },
  { re: new RegExp(`^${MONTH_RE}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`), build: (m) => iso(+m[3], month(m[1]), +m[2]) },
  { re: new RegExp(`^(\\d{1,2})\\s+${MONTH_RE},?\\s+(\\d{4})\\b`), build: (m) => iso(+m[3], month(m[2]), +m[1]) },
  { re: new RegExp(`^${MONTH_RE},?\\s+(\\d{4})\\b`), build: (m) => iso(+m[2], month(m[1])) },
];

function month(s: string): number {
  return MONTHS.get(s.toLowerCase().replace(/\.$/, '')) ?? 0;
}

export function iso(y: number, m?: number, d?: number): string | null {
  if (y < 1000 || y > 2999) return null;
  if (m === undefined) return String(y);
  if (m < 1 || m > 12) return null;
  const mm = String(m).padStart(2, '0');
  if (d === undefined) return `${y}-${mm}`;
  if (d < 1 || d > 31) return null;
  return `${y}-${mm}-${String(d).padStart(2, '0')}`;
}

/** Parse a date at the start of s; `consumed` is the number of characters it took. */
export function parseDate(s: string): { iso: string; consumed: number } | null {
  const trimmed = s.trimStart();
  const lead = s.length - trimmed.length;
  for (const p of PATTERNS) {
    const m = p.re.exec(trimmed);
    if (!m) continue;
    const v = p.build(m);
    if (v) return { iso: v, consumed: lead + m[0].length };
  }
  return null;
}

/** Add days to an ISO day. */
export function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** An ISO day ("2019-07-23"), not a month, a year or a week. */
export const DAY_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The weekday on or before an ISO day (news: "on Tuesday" means the last Tuesday). */
export function lastWeekday(day: string, weekday: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  const diff = (d.getUTCDay() - weekday + 7) % 7;
  return addDays(day, -diff);
}

/** The ISO week of an ISO day: "2019-10-31" → "2019-W44". */
export function isoWeek(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  // The Thursday of this week decides the week's year (ISO 8601).
  d.setUTCDate(d.getUTCDate() + 3 - ((d.getUTCDay() + 6) % 7));
  const year = d.getUTCFullYear();
  const week = 1 + Math.round((d.getTime() - Date.UTC(year, 0, 4)) / 86400000 / 7 - 3 / 7 + ((new Date(Date.UTC(year, 0, 4)).getUTCDay() + 6) % 7) / 7);
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** The Monday of an ISO week: "2019-W44" → "2019-10-28"; the Saturday of its weekend: "2019-W29-WE" → "2019-07-20". */
export function weekStart(week: string): string {
  const [y, w] = week.replace(/-WE$/, '').split('-W').map(Number);
  const jan4 = new Date(Date.UTC(y, 0, 4));
  const monday = new Date(jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * 86400000 + (w - 1) * 7 * 86400000);
  const day = monday.toISOString().slice(0, 10);
  return week.endsWith('-WE') ? addDays(day, 5) : day;
}

/**
 * A weekend as TimeML writes it ("2019-W29-WE"), told in the past from `day`: "this weekend" and
 * "over the weekend" are the one on or before it; "last weekend" too on a weekday, the one before
 * on a weekend day; "next weekend" the one after, and so is "this weekend" in a sentence that
 * looks ahead.
 */
export function weekendOf(day: string, word: string, ahead = false): string | null {
  const saturday = lastWeekday(day, 6);
  const weekendDay = saturday === day || addDays(saturday, 1) === day;
  let shift: number;
  if (word === 'next') shift = 7;
  else if (word === 'last') shift = weekendDay ? -7 : 0;
  else if (word === 'this' || word === 'the') shift = ahead && !weekendDay ? 7 : 0; // "will be held this weekend": the coming one
  else return null;
  return `${isoWeek(addDays(saturday, shift))}-WE`;
}

/** Counts written as words before "ago" ("two years ago", "a week ago"). */
const COUNT_WORDS = dict<number>({ a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, several: 3, few: 3 });

/**
 * "20 years ago", "two months ago", "a week ago", "three days ago": the date that far before
 * `day`, as precise as the unit (a year, a month, a day).
 */
export function agoDate(count: string, unit: string, day: string): string | null {
  const n = /^\d{1,3}$/.test(count) ? +count : COUNT_WORDS.get(count);
  if (!n) return null;
  const u = unit.replace(/s$/, '');
  const [y, m] = [+day.slice(0, 4), +day.slice(5, 7)];
  if (u === 'year') return String(y - n);
  if (u === 'month') {
    const months = y * 12 + (m - 1) - n;
    return `${Math.floor(months / 12)}-${String((months % 12) + 1).padStart(2, '0')}`;
  }
  if (u === 'week') return DAY_DATE.test(day) ? addDays(day, -7 * n) : null;
  if (u === 'day') return DAY_DATE.test(day) ? addDays(day, -n) : null;
  return null;
}
