/** Small predicates over tokens shared by the finders. */
import type { Token } from '../document/tokenize.js';
import { inCompromise, compromiseWords } from '../lexicon/compromise.js';
import { MONTHS, WEEKDAYS, DEICTIC_DAYS } from '../events/dates.js';
import { startsUpper } from '../document/text-case.js';

// The string tests live with the document model (sentence-breaks.ts needs them too).
export { startsUpper, startsWithLetter, endsLower } from '../document/text-case.js';

const LETTER = /\p{L}/u;

/** Starts with a capital letter ("Igor", "U.S.", "O'Brien", "Əliyev"). */
export function isCapitalised(t: Token | undefined): boolean {
  return !!t && startsUpper(t.text);
}

/** All capitals with at least two letters ("EPA", "FBI", "U.S."). */
export function isAcronym(t: Token | undefined): boolean {
  if (!t) return false;
  const letters = t.text.replace(/[.&-]/g, '');
  return letters.length >= 2 && /^[\p{Lu}\d]+$/u.test(letters) && /\p{Lu}/u.test(letters);
}

/** "(FBI)": an acronym alone in parentheses that open at token k. */
export function isAcronymInParentheses(tokens: readonly Token[], k: number): boolean {
  return k >= 0 && tokens[k]?.text === '(' && isAcronym(tokens[k + 1]) && tokens[k + 2]?.text === ')';
}

/** An initial: one capital and a dot ("J.", "W."). */
export function isInitial(t: Token | undefined): boolean {
  return !!t && /^\p{Lu}\.$/u.test(t.text);
}

export function hasLetter(t: Token | undefined): boolean {
  return !!t && LETTER.test(t.text);
}

/** Months and weekdays, with and without a dot, and compromise's ("tues", "mondays"): a set of its own, asked of every word of a name. */
let calendar: Set<string> | null = null;
function calendarWords(): Set<string> {
  calendar ??= new Set([...[...MONTHS.keys(), ...WEEKDAYS.keys()].flatMap((w) => [w, `${w}.`]), ...compromiseWords('month'), ...compromiseWords('weekday')]);
  return calendar;
}

/** Days named from today ("Today, the Department of Justice …"): they start no name, though one may end in one ("USA Today"). */
export function isDeicticDay(t: Token): boolean {
  return DEICTIC_DAYS.has(t.lower);
}

/** A month or a weekday: never a word of a name. */
export function isCalendarWord(t: Token): boolean {
  return calendarWords().has(t.lower);
}

/** Sentence-initial capitalised words that are ordinary words, not names ("During", "The"). */
const FUNCTION_POS = new Set(['DET', 'ADP', 'ADV', 'PRON', 'CCONJ', 'SCONJ', 'AUX', 'PART', 'INTJ', 'NUM', 'VERB', 'ADJ']);
export function isOrdinaryCapitalisedWord(t: Token): boolean {
  return FUNCTION_POS.has(t.pos) && !inCompromise('firstName', t.lower);
}

/** Nationality adjectives: compromise's demonyms, or the shape of one ("Azerbaijani", "Kyrgyz-"). */
export function isDemonym(t: Token | undefined): boolean {
  if (!t || !isCapitalised(t)) return false;
  if (inCompromise('demonym', t.lower)) return true;
  return /^\p{Lu}\p{Ll}+(ani|ian|ean|ese|ish|i|an)$/u.test(t.text) && (t.pos === 'ADJ' || t.pos === 'PROPN') && !inCompromise('firstName', t.lower);
}
