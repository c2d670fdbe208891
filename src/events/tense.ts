/**
 * Tense from the words before a trigger: what order.ts needs to place an event that has no
 * date ("had pleaded" is earlier, "will pay" is later, "has entered into a settlement" is the
 * news of the day).
 */
import type { Token } from '../document/tokenize.js';
import { tokenAt } from '../document/token-at.js';

const BE_FORMS = ['is', 'was', 'were', 'are', 'be', 'been', 'being'];
/** Forms of "be" (a passive, a progressive, a copula), with the contracted "'s". */
export const BE = new Set([...BE_FORMS, "'s"]);
/** The perfect's "have". */
export const PERFECT = new Set(['has', 'have', 'had']);
/** Words that look ahead: the future's auxiliaries and the scheduling participles. */
export const FUTURE = new Set(['will', 'shall', "'ll"]);
export const SCHEDULED = new Set(['scheduled', 'set', 'expected', 'due', 'planned']);
/** Auxiliaries before a main verb: "was arrested", "has pleaded", "will travel", "did meet". */
export const AUXILIARIES = new Set([...BE_FORMS, ...PERFECT, ...FUTURE, 'would', 'did', 'do', 'does']);

/** The word before token i, past one adverb ("was arrested", "was later arrested"; "by falsely reporting"); NO_TOKEN at the start. */
export function wordBefore(t: Token[], i: number): Token {
  return tokenAt(t, i - 1).pos === 'ADV' ? tokenAt(t, i - 2) : tokenAt(t, i - 1);
}

/** "had pleaded", "had previously pleaded", "had been charged". */
export function isPastPerfect(t: Token[], i: number): boolean {
  return tokenAt(t, i - 1).lower === 'had' || (tokenAt(t, i - 2).lower === 'had' && (tokenAt(t, i - 1).pos === 'ADV' || tokenAt(t, i - 1).lower === 'been'));
}

/** "will pay", "will also provide", "will be sentenced", "is scheduled to be sentenced". */
export function isFuture(t: Token[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
    const w = t[k].lower;
    if (FUTURE.has(w)) return true;
    if (w === 'to' && SCHEDULED.has(tokenAt(t, k - 1).lower)) return true;
    if (t[k].pos !== 'ADV' && w !== 'be' && w !== 'to') return false;
  }
  return false;
}

/**
 * "has entered into a settlement", "have been charged": a present perfect within the few
 * words before the trigger (a light verb's noun counts from its verb), without crossing a verb
 * of another clause.
 */
export function isPresentPerfect(t: Token[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 5); k--) {
    const w = t[k].lower;
    if (w === 'has' || w === 'have') return true;
    if (w === 'that' || t[k].pos === 'PUNCT') return false;
  }
  return false;
}
