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
import { Token } from './token.js';

/**
 * The token outside the document. A Token like the others, so it shares their hidden class
 * (reading it is as fast as reading a token); not frozen for the same reason: never write to it.
 */
export const NO_TOKEN: Token = new Token(-1, '', '', -1, -1, -1, '', false, false, null, -1, '');

export function tokenAt(tokens: readonly Token[], k: number): Token {
  return k >= 0 && k < tokens.length ? tokens[k] : NO_TOKEN;
}
