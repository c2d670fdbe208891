/**
 * Time expressions in a sentence: explicit dates ("May 14, 2024", "in March 2014", "in 2013"),
 * deictic days relative to the document date ("today", "yesterday", "on Tuesday"), and relative
 * cues that relate one event to another ("the next day", "then", "after the meeting",
 * "at the same time", "previously").
 */
import type { Document, Token } from '../document/tokenize.js';
import { parseDate, iso, addDays, lastWeekday, isoWeek, agoDate, weekendOf, DAY_DATE, MONTHS, WEEKDAYS, DEICTIC_DAYS } from './dates.js';
import { FUTURE, SCHEDULED } from './tense.js';
import { EVENT_NOUNS, NOUN_TRIGGERS } from './trigger-lexicon.js';
import { tokenAt } from '../document/token-at.js';

/** The words that tell the document's own day. */
export const TODAY_WORDS = new Set(['today', 'tonight']);

export interface TimeExpression {
  a: number;
  b: number;
  text: string;
  date: string | null;
  /** "the 2018 elections": the noun the year dates, and no other event (-1: none). */
  modifies: number;
}

/** A time expression with every field, in one order (one hidden class for all, see kinds/candidate.ts). */
function timeExpression(a: number, b: number, text: string, date: string | null): TimeExpression {
  return { a, b, text, date, modifies: -1 };
}

export type CueType = 'after' | 'before' | 'during' | 'same-time';

export interface RelativeCue {
  a: number;
  b: number;
  type: CueType;
  /** For "after the meeting" / "during the trip": the noun that names the other event. */
  noun: string | null;
  /** The cue moves the event a day on ("the next day", "the day after the vote"). */
  nextDay: boolean;
  /** The cue moves the event a day back ("the day before the rally"). */
  previousDay: boolean;
}

/** A cue with every field, in one order (one hidden class for all cues, see kinds/candidate.ts). */
export function relativeCue(a: number, b: number, type: CueType, noun: string | null, nextDay = false, previousDay = false): RelativeCue {
  return { a, b, type, noun, nextDay, previousDay };
}

/** Find explicit and deictic time expressions in sentence s. */
export function findTimes(doc: Document, s: number, docDate: string | null): TimeExpression[] {
  const { tokens, text } = doc;
  const sent = doc.sentences[s];
  const out: TimeExpression[] = [];
  for (let i = sent.first; i <= sent.last; i++) {
    const t = tokens[i];
    // "over the last four years", "in the past two months": a period up to the document date,
    // dated by its start.
    if (PERIOD_UNITS.has(t.lower) && docDate && i - 3 >= sent.first && LAST_WORDS.has(tokens[i - 2].lower) && tokens[i - 3].lower === 'the' && PERIOD_PREPOSITIONS.has(tokenAt(tokens, i - 4).lower)) {
      const date = agoDate(tokens[i - 1].lower, t.lower, docDate);
      if (date) out.push(timeExpression(i - 4, i + 1, text.slice(tokens[i - 4].start, t.end), date));
      continue;
    }
    // "In the past decade": ten years.
    if (t.lower === 'decade' && docDate && i - 3 >= sent.first && LAST_WORDS.has(tokens[i - 1].lower) && tokens[i - 2].lower === 'the' && PERIOD_PREPOSITIONS.has(tokens[i - 3].lower)) {
      out.push(timeExpression(i - 3, i + 1, text.slice(tokens[i - 3].start, t.end), agoDate('10', 'years', docDate)));
      continue;
    }
    // "20 years ago", "two days ago".
    if (t.lower === 'ago' && docDate && i - 2 >= sent.first) {
      const date = agoDate(tokens[i - 2].lower, tokens[i - 1].lower, docDate);
      if (date && !(out.length && out[out.length - 1].b > i - 2)) out.push(timeExpression(i - 2, i + 1, text.slice(tokens[i - 2].start, t.end), date));
      continue;
    }
    const c = t.text.charCodeAt(0);
    // Only capitalised words, digits, "today"/"yesterday"/"tomorrow"/"tonight" and
    // "last"/"this"/"next" start a time.
    if (!(c >= 65 && c <= 90) && !(c >= 48 && c <= 57) && c !== 116 && c !== 121 && c !== 108 && c !== 110) continue;
    const lower = t.lower.endsWith('.') ? t.lower.slice(0, -1) : t.lower;
    const month = MONTHS.get(lower);
    // Full dates and month-year.
    if (month !== undefined && /^\p{Lu}/u.test(t.text)) {
      const d = parseDate(text.slice(t.start, Math.min(text.length, t.start + 30)));
      if (d) {
        const end = t.start + d.consumed;
        let j = i;
        while (j <= sent.last && tokens[j].end <= end) j++;
        out.push(timeExpression(i, j, text.slice(t.start, tokens[j - 1].end), d.iso));
        i = j - 1;
        continue;
      }
      // "March 12" → the year of the document date.
      const day = tokens[i + 1];
      if (day && /^\d{1,2}$/.test(day.text) && i + 1 <= sent.last) {
        const year = docDate ? +docDate.slice(0, 4) : null;
        let date = year ? iso(year, month, +day.text) : null;
        // Past news: a later day is last year's, unless the sentence looks ahead ("Sentencing
        // is scheduled for Oct. 23").
        if (date && docDate && date > docDate && !looksAhead(tokens, sent.first, sent.last)) date = iso(year! - 1, month, +day.text);
        out.push(timeExpression(i, i + 2, text.slice(t.start, day.end), date));
        i++;
        continue;
      }
      // "in January", "since March": the last such month up to the document date.
      if (MONTH_PREPOSITIONS.has(tokenAt(tokens, i - 1).lower) && docDate) {
        const year = +docDate.slice(0, 4);
        const date = `${month > +docDate.slice(5, 7) ? year - 1 : year}-${String(month).padStart(2, '0')}`;
        out.push(timeExpression(i, i + 1, t.text, date));
        continue;
      }
    }
    // "in 2013", "the summer of 2014"; not a name's year ("the Civil Rights Act of 1964").
    const prep = tokenAt(tokens, i - 1).lower;
    const ofName = prep === 'of' && /^\p{Lu}/u.test(tokenAt(tokens, i - 2).text);
    // "late 2008", "in early 2009"; "the 1991 settlement", "the 2018 elections" (a year before
    // an event noun dates it).
    const beforeNoun = DETERMINER_BEFORE_TIME.has(prep) && tokenAt(tokens, i + 1).pos === 'NOUN';
    // "between 2006 and 2010", "from 2015 to 2017": a range of years (merged below).
    const rangeEnd = RANGE_JOIN.has(prep) && out.length > 0 && out[out.length - 1].b === i - 1;
    if (/^(19|20)\d\d$/.test(t.text) && (YEAR_PREPOSITIONS.has(prep) || RANGE_START.has(prep) || rangeEnd || beforeNoun) && !ofName) {
      out.push(timeExpression(i, i + 1, t.text, t.text));
      continue;
    }
    // "last year", "this month", "next week": the period relative to the document date (a week
    // as an ISO week, "2019-W44").
    // "this weekend", "over the weekend": a weekend before the document date ("2019-W29-WE").
    const weekend = tokenAt(tokens, i + 1).lower === 'weekend' && DAY_DATE.test(docDate ?? '') && (lower !== 'the' || WEEKEND_PREPOSITIONS.has(prep)) ? weekendOf(docDate!, lower, looksAhead(tokens, sent.first, sent.last)) : null;
    const period = weekend ?? relativePeriod(lower, tokenAt(tokens, i + 1).lower, docDate);
    if (period) {
      out.push(timeExpression(i, i + 2, text.slice(t.start, tokens[i + 1].end), period));
      i++;
      continue;
    }
    const weekday = WEEKDAYS.get(lower);
    if (lower === 'today' || lower === 'tonight') out.push(timeExpression(i, i + 1, t.text, docDate));
    else if (lower === 'yesterday') out.push(timeExpression(i, i + 1, t.text, docDate ? addDays(docDate, -1) : null));
    else if (lower === 'tomorrow') out.push(timeExpression(i, i + 1, t.text, docDate ? addDays(docDate, 1) : null));
    else if (weekday !== undefined && /^\p{Lu}/u.test(t.text) && !(tokenAt(tokens, i + 1).text === ',' && MONTHS.has(tokenAt(tokens, i + 2).lower.replace(/\.$/, '') ?? ''))) {
      // "On Friday, Trump declared …" is that Friday; "Friday, November 1, 2019" is read at its month.
      out.push(timeExpression(i, i + 1, t.text, docDate ? lastWeekday(docDate, weekday) : null));
    }
  }
  if (!out.length && docDate) clockTime(doc, sent.first, sent.last, docDate, out);
  const merged = mergeRanges(doc, out);
  // "the 1991 settlement", "the September 5, 1986 attack", "his 2016 debut": a time between a
  // determiner and a noun dates that noun only.
  for (const te of merged) if (tokenAt(tokens, te.b).pos === 'NOUN' && DETERMINER_BEFORE_TIME.has(tokenAt(tokens, te.a - 1).lower)) te.modifies = te.b;
  // "since its creation in 1950", "after his arrest in 1963": a time after an owned event noun
  // dates that noun, not the sentence.
  for (const te of merged) {
    const noun = tokenAt(tokens, te.a - 2);
    if (te.modifies < 0 && TIME_PREPOSITIONS_AFTER_NOUN.has(tokenAt(tokens, te.a - 1).lower) && noun?.pos === 'NOUN' && OWNERS.has(tokenAt(tokens, te.a - 3).lower) && eventLikeNoun(noun.lower)) te.modifies = te.a - 2;
  }
  return merged;
}

/**
 * A time of day in a sentence with no date ("At midnight local time", "around 11:30 am", "this
 * morning", "last night"): the document's day (the day before for "last night").
 */
const CLOCK_WORDS = new Set(['midnight', 'noon', 'midday']);
const CLOCK_PREPOSITIONS = new Set(['at', 'around', 'by', 'about', 'until', 'before', 'after']);
const DAY_PARTS = new Set(['morning', 'afternoon', 'evening', 'night']);
const MERIDIEM = /^(am|pm|a\.m\.?|p\.m\.?)$/;
const CLOCK_STARTS = new Set([...CLOCK_WORDS, 'this', 'last']);
function clockTime(doc: Document, first: number, last: number, docDate: string, out: TimeExpression[]): void {
  const { tokens, text } = doc;
  for (let i = first; i <= last; i++) {
    const t = tokens[i];
    // Only digits and a few words can start one: skip the rest before any test.
    const c = t.lower.charCodeAt(0);
    if (!(c >= 48 && c <= 57) && !CLOCK_STARTS.has(t.lower)) continue;
    const next = tokens[i + 1];
    let b = -1;
    let date = docDate;
    if (CLOCK_WORDS.has(t.lower) && CLOCK_PREPOSITIONS.has(tokenAt(tokens, i - 1).lower)) b = i + 1;
    else if (/^\d{1,2}(:\d\d)?(am|pm)$/.test(t.lower)) b = i + 1;
    else if (/^\d{1,2}(:\d\d)?$/.test(t.text) && next && MERIDIEM.test(next.lower)) b = i + 2;
    else if (t.lower === 'this' && next && DAY_PARTS.has(next.lower) && next.lower !== 'night') b = i + 2;
    else if (t.lower === 'last' && next && (next.lower === 'night' || next.lower === 'evening')) {
      b = i + 2;
      date = addDays(docDate, -1);
    }
    if (b < 0) continue;
    out.push(timeExpression(i, b, text.slice(t.start, tokens[b - 1].end), date));
    return;
  }
}

const CUES: { words: string[]; type: CueType; nextDay?: boolean; takesNoun?: boolean }[] = [
  { words: ['the', 'next', 'day'], type: 'after', nextDay: true },
  { words: ['the', 'following', 'day'], type: 'after', nextDay: true },
  { words: ['at', 'the', 'same', 'time'], type: 'same-time' },
  { words: ['meanwhile'], type: 'same-time' },
  { words: ['simultaneously'], type: 'same-time' },
  { words: ['then'], type: 'after' },
  { words: ['later'], type: 'after' },
  { words: ['afterwards'], type: 'after' },
  { words: ['afterward'], type: 'after' },
  { words: ['subsequently'], type: 'after' },
  { words: ['previously'], type: 'before' },
  // "The House has only impeached two Presidents in the history of the United States": the
  // past before the day's news.
  { words: ['in', 'the', 'history'], type: 'before' },
  { words: ['in', 'its', 'history'], type: 'before' },
  { words: ['in', 'history'], type: 'before' },
  { words: ['earlier'], type: 'before' },
  { words: ['after'], type: 'after', takesNoun: true },
  { words: ['following'], type: 'after', takesNoun: true },
  { words: ['before'], type: 'before', takesNoun: true },
  { words: ['prior', 'to'], type: 'before', takesNoun: true },
  { words: ['due', 'to'], type: 'after', takesNoun: true },
  { words: ['in', 'response', 'to'], type: 'after', takesNoun: true },
  { words: ['during'], type: 'during', takesNoun: true },
  { words: ['at'], type: 'during', takesNoun: true },
];

const AHEAD_WORDS = new Set([...FUTURE, ...SCHEDULED, 'upcoming', 'next']);
function looksAhead(tokens: Token[], first: number, last: number): boolean {
  for (let k = first; k <= last; k++) if (AHEAD_WORDS.has(tokens[k].lower)) return true;
  return false;
}

const RANGE_START = new Set(['from', 'between']);
const RANGE_JOIN = new Set(['to', 'and', 'through', 'until', '-', '–']);

/**
 * "from at least March 2013 to February 2017", "between July and November 2014": one range,
 * dated by its start (an act over a period began at its start). A start month without a year
 * takes the end's year ("July" → 2014-07).
 */
function mergeRanges(doc: Document, times: TimeExpression[]): TimeExpression[] {
  const tokens = doc.tokens;
  const out: TimeExpression[] = [];
  for (let n = 0; n < times.length; n++) {
    const first = times[n];
    const second = times[n + 1];
    let k = first.a - 1;
    if (tokenAt(tokens, k).lower === 'least' && tokenAt(tokens, k - 1).lower === 'at') k -= 2;
    if (second && second.a === first.b + 1 && RANGE_JOIN.has(tokens[first.b].lower) && RANGE_START.has(tokenAt(tokens, k).lower) && first.date && second.date) {
      let date = first.date;
      const month = MONTHS.get(first.text.toLowerCase().replace(/\.$/, ''));
      if (month !== undefined && /^\d{4}/.test(second.date)) {
        const endYear = +second.date.slice(0, 4);
        const endMonth = +(second.date.slice(5, 7) || 12);
        date = `${month > endMonth ? endYear - 1 : endYear}-${String(month).padStart(2, '0')}`;
      }
      out.push(timeExpression(first.a, second.b, doc.text.slice(tokens[first.a].start, tokens[second.b - 1].end), date));
      n++;
    } else out.push(first);
  }
  return out;
}

// A Map: a plain object would answer words like "constructor" from its prototype.
const PERIOD_SHIFT = new Map([['last', -1], ['this', 0], ['next', 1]]);
function relativePeriod(word: string, unit: string | undefined, docDate: string | null): string | null {
  const shift = PERIOD_SHIFT.get(word);
  if (shift === undefined || !docDate || (unit !== 'year' && unit !== 'month' && unit !== 'week')) return null;
  if (unit === 'week') return DAY_DATE.test(docDate) ? isoWeek(addDays(docDate, 7 * shift)) : null;
  const year = +docDate.slice(0, 4);
  if (unit === 'year') return String(year + shift);
  const months = year * 12 + (+docDate.slice(5, 7) - 1) + shift;
  return `${Math.floor(months / 12)}-${String((months % 12) + 1).padStart(2, '0')}`;
}

const WEEKEND_PREPOSITIONS = new Set(['over', 'during', 'at']);
const YEAR_PREPOSITIONS = new Set(['in', 'since', 'during', 'of', 'until', 'by', 'late', 'early', 'mid']);
const DETERMINER_BEFORE_TIME = new Set(['the', 'its', 'their', 'his', 'her']);
const PERIOD_UNITS = new Set(['years', 'months', 'weeks', 'days']);
const LAST_WORDS = new Set(['last', 'past']);
const PERIOD_PREPOSITIONS = new Set(['over', 'in', 'during', 'for', 'within']);
const TIME_PREPOSITIONS_AFTER_NOUN = new Set(['in', 'on']);
const OWNERS = new Set(['its', 'their', 'his', 'her']);
/** An event noun of the lexicon, or one formed from a verb ("creation", "appointment", "departure"). */
function eventLikeNoun(lower: string): boolean {
  return EVENT_NOUNS.has(lower) || NOUN_TRIGGERS.has(lower) || /(tion|sion|ment|ure|al)$/.test(lower);
}
const MONTH_PREPOSITIONS = new Set(['in', 'since', 'during', 'until', 'by', 'last', 'early', 'late', 'mid', 'from', 'between']);
/** Words that open the noun phrase after a cue ("after the meeting", "during its session"). */
const CUE_DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'his', 'her', 'their', 'its']);

/** Cues by first word, so each token is looked up once. */
const CUES_BY_WORD = new Map<string, typeof CUES>();
for (const cue of CUES) {
  const list = CUES_BY_WORD.get(cue.words[0]);
  if (list) list.push(cue);
  else CUES_BY_WORD.set(cue.words[0], [cue]);
}

/** Relative cues in sentence s. */
export function findCues(doc: Document, s: number): RelativeCue[] {
  const { tokens } = doc;
  const sent = doc.sentences[s];
  const out: RelativeCue[] = [];
  for (let i = sent.first; i <= sent.last; i++) {
    const candidates = CUES_BY_WORD.get(tokens[i].lower);
    if (!candidates) continue;
    // "earlier today", "later tonight": part of the day's time, not a relation to another event.
    if (DEICTIC_DAYS.has(tokenAt(tokens, i + 1).lower)) continue;
    for (const cue of candidates) {
      let ok = true;
      for (let k = 0; k < cue.words.length && ok; k++) ok = tokenAt(tokens, i + k).lower === cue.words[k];
      if (!ok) continue;
      let b = i + cue.words.length;
      let noun: string | null = null;
      if (cue.takesNoun) {
        // "after the meeting", "during the trip", "at the meeting": a determiner and an event noun.
        const det = tokens[b];
        // "due to Kimura's death": a name's possessive is a determiner too.
        const possessive = det?.pos === 'PROPN' && tokenAt(tokens, b + 1).lower === "'s";
        if (!det || (!CUE_DETERMINERS.has(det.lower) && !possessive)) continue;
        let j = b + (possessive ? 2 : 1);
        while (j <= sent.last && j - b < 4 && tokens[j].pos !== 'NOUN' && tokens[j].pos !== 'PROPN') j++;
        if (j > sent.last || (tokens[j].pos !== 'NOUN' && tokens[j].pos !== 'PROPN')) continue;
        noun = tokens[j].lower;
        b = j + 1;
      }
      // "the day before the rally", "the day after the vote": a day off the other event's date.
      const dayOff = noun !== null && tokenAt(tokens, i - 1).lower === 'day' && tokenAt(tokens, i - 2).lower === 'the';
      if (dayOff && cue.type === 'before') out.push(relativeCue(i - 2, b, cue.type, noun, false, true));
      else out.push(relativeCue(dayOff ? i - 2 : i, b, cue.type, noun, cue.nextDay === true || (dayOff && cue.type === 'after')));
      i = b - 1;
      break;
    }
  }
  return out;
}
