/**
 * Where sentences begin, from the tokens alone: at a line break, after terminal punctuation, and
 * after an abbreviation that ends a sentence ("… of Tyson Foods Inc. The company …").
 *
 * wink-nlp's own sentence detector cost about 12% of its reading time (an automaton over every
 * token, asking its lexicon twice a token), and its sentences were split at line breaks here
 * anyway. On the first 3,000 DOJ releases the two agree on all but a few dozen breaks a thousand
 * releases; where they differ this one is the better reader: it does not break inside web
 * addresses ("www . justice . gov" as wink tokenizes it) or before a lower-case word ("et al. ,
 * No. 15", ". . . to any agency"), and it breaks after an abbreviation before any capitalised
 * function word ("… gov. More information").
 */
import { SENTENCE_FUNCTION_WORDS } from '../lexicon/function-words.js';
import { ABBREVIATED_TITLES, HONORIFICS } from '../lexicon/honorifics.js';
import { startsUpper } from './text-case.js';

export interface BreakToken {
  text: string;
  lower: string;
  spaceBefore: boolean;
  lineBefore: boolean;
}

/** For each token, true where a new sentence begins (always at the first token). */
export function sentenceStarts(tokens: readonly BreakToken[]): Uint8Array {
  const starts = new Uint8Array(tokens.length);
  if (tokens.length > 0) starts[0] = 1;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.lineBefore) starts[k] = 1;
    if (isTerminal(t.text)) {
      // The punctuation's own closing quotes and brackets stay with it ('… said." He …'); a
      // straight quote after a space opens the next sentence instead ('… said. "We …').
      let last = k;
      while (last + 1 < tokens.length && !tokens[last + 1].lineBefore && (isTerminal(tokens[last + 1].text) || closes(tokens[last + 1]))) last++;
      const next = tokens[last + 1];
      if (next && !continuesSentence(next.text)) starts[last + 1] = 1;
      k = last;
    } else if (endsAbbreviation(t.text) && !beforeName(t)) {
      const next = tokens[k + 1];
      if (next && startsUpper(next.text) && SENTENCE_FUNCTION_WORDS.has(next.lower)) starts[k + 1] = 1;
    }
  }
  return starts;
}

/** "Dr.", "Sen.": written before a name, whatever the name ("Dr. Who"); not "gov." ending a web address. */
function beforeName(t: BreakToken): boolean {
  return startsUpper(t.text) && (HONORIFICS.has(t.lower) || ABBREVIATED_TITLES.has(t.lower));
}

function isTerminal(s: string): boolean {
  return s === '.' || s === '!' || s === '?' || s === '…' || s === '...' || s === '?!' || s === '!?';
}

function closes(t: BreakToken): boolean {
  const s = t.text;
  if (s === '"' || s === "'") return !t.spaceBefore;
  return s === '”' || s === '’' || s === ')' || s === ']' || s === '»';
}

/** A lower-case word or a clause mark after the stop: the stop was an ellipsis or an abbreviation's. */
function continuesSentence(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c === 44 || c === 59 || c === 58) return true; // , ; :
  if (c >= 97 && c <= 122) return true;
  return c > 127 && s[0] !== s[0].toUpperCase();
}

/** "Inc.", "U.S.", "p.m.", "gov.": a word with its full stop, not an initial ("J.") or a lone stop. */
function endsAbbreviation(s: string): boolean {
  if (s.length < 3 || s.charCodeAt(s.length - 1) !== 46) return false;
  const c = s.charCodeAt(0);
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 127;
}
