/**
 * A token list read at any index: rules look at neighbours (`tokenAt(t, i - 1).lower`) at a
 * document's first and last tokens too. Outside the list the answer is NO_TOKEN, whose words
 * and tag are empty strings, so a comparison with a word is false as it was with `t[k]?.lower`.
 *
 * Why not `t[k]?.lower`: V8 compiles a function for the cases it has seen. A compiled function
 * that first reads past either end of the array ("out of bounds"), or first compares an
 * undefined where it had only seen strings, is thrown away and compiled again later; with
 * hundreds of such reads in the rules, a batch of a thousand releases was still paying for it.
 * Here the array read is always in bounds and the answer always a token.
 */
import type { Token } from './tokenize.js';

/**
 * The token outside the document. Built with Token's fields in Token's order, so it shares the
 * tokens' hidden class (reading it is as fast as reading a token); not frozen for the same
 * reason: never write to it.
 */
export const NO_TOKEN: Token = { i: -1, text: '', lower: '', start: -1, end: -1, sentence: -1, pos: '', lemma: '', spaceBefore: false, lineBefore: false };

export function tokenAt(tokens: readonly Token[], k: number): Token {
  return k >= 0 && k < tokens.length ? tokens[k] : NO_TOKEN;
}
