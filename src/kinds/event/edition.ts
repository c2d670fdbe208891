/** Editions of named events: Roman numerals ("VIII Xerxes Media Forum"). */
import { dict } from '../../lexicon/dict.js';

/** A Roman numeral. */
export const ROMAN = /^(?=[IVXLC])M*(C[MD]|D?C{0,3})(X[CL]|L?X{0,3})(I[XV]|V?I{0,3})$/;

const ROMAN_DIGITS = dict({ I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 });

export function romanValue(s: string): number {
  let total = 0;
  for (let k = 0; k < s.length; k++) {
    const cur = ROMAN_DIGITS.get(s[k]) ?? 0;
    const nxt = ROMAN_DIGITS.get(s[k + 1]) ?? 0;
    total += cur < nxt ? -cur : cur;
  }
  return total;
}
