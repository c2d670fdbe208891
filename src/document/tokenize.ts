/**
 * The document model: wink-nlp tokens with exact UTF-16 offsets into the input, POS and lemma,
 * and sentences (sentence-breaks.ts; split at line breaks too, so headlines and datelines stand
 * alone).
 */
import { winkForDocument } from './nlp.js';
import { sentenceStarts } from './sentence-breaks.js';
import { Token, verbStem, type WinkLemmaOf } from './token.js';
import { isLexiconWord, rawDataOf } from './wink-model.js';

export { Token } from './token.js';

export interface Sentence {
  start: number;
  end: number;
  /** Token index range [first, last]. */
  first: number;
  last: number;
}

export interface Document {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
}

/** Letters outside Latin-1 make wink split a word ("Heyd|ə|r"); those pieces are glued back. */
const NON_LATIN1_LETTER = /[^\u0000-\u00ff]/;
const WORDISH = /^[\p{L}\p{M}\p{N}]+$/u;

export function tokenize(text: string): Document {
  const nlp = winkForDocument();
  const its = nlp.its;
  const doc = nlp.readDoc(text);
  // Each token's value and tag, read as its.value and its.pos read them (the same functions), in
  // this loop rather than in passes of `doc.tokens().out()`; its lemma on first read (token.ts).
  const raw = rawDataOf(doc, its);
  const lemmaSource = { raw, lemmaOf: its.lemma as unknown as WinkLemmaOf };
  const valueOf = its.value as unknown as (k: number, rdd: unknown) => string;
  const posOf = its.pos as unknown as (k: number, rdd: unknown) => string;
  const { rdd } = raw;
  const count = rdd.numOfTokens;

  const tokens: Token[] = [];
  let cursor = 0;
  let pendingLine = false;
  let pendingSpace = true;
  for (let k = 0; k < count; k++) {
    const value = valueOf(k, rdd);
    // Most tokens start at the cursor or one space after it; indexOf only for longer gaps.
    const at = text.startsWith(value, cursor) ? cursor : text.startsWith(value, cursor + 1) ? cursor + 1 : text.indexOf(value, cursor);
    const start = at === -1 ? cursor : at;
    const hasGap = start > cursor;
    const gapFrom = cursor;
    const end = start + value.length;
    cursor = end;
    if (value.length === 0 || (isSpaceCode(value.charCodeAt(0)) && /^\s+$/.test(value))) {
      if (/[\n\r\u2028\u2029]/.test(value)) pendingLine = true;
      pendingSpace = true;
      continue;
    }
    const spaceBefore = pendingSpace || hasGap;
    const lineBefore = pendingLine || (hasGap && hasLineBreak(text, gapFrom, start));
    pendingSpace = false;
    pendingLine = false;

    const prev = tokens[tokens.length - 1];
    if (prev && !spaceBefore && prev.end === start && shouldGlue(prev.text, value)) {
      prev.text += value;
      prev.lower = prev.text.toLowerCase();
      prev.end = end;
      prev.lemma = prev.lower;
      if (/^\p{Lu}/u.test(prev.text)) prev.pos = 'PROPN';
      else if (prev.pos === 'X') prev.pos = 'NOUN';
      continue;
    }
    const tag = posOf(k, rdd);
    const lowered = value.toLowerCase();
    // A string of its own even when the word is already lower case (toLowerCase then answers the
    // very string wink gave, interned): V8 compiles a comparison such as `t.lower === 'the'` for
    // the kind of string it has seen, and a capitalised word's lower-case form (a new string)
    // arriving where only interned ones had been made it recompile the rule, a dozen times over
    // a batch's first thousand releases.
    const lower = lowered === value ? ownString(value) : lowered;
    const pos = tag === 'X' && /^\p{Lu}/u.test(value) ? 'PROPN' : tag;
    const credit = text.charCodeAt(end) === COLON ? gluedCreditLabel(value) : 0;
    if (credit > 0) {
      // "Jo JorgensenImage: …": a caption glued to its credit's label (the line break between
      // them lost); two tokens, the label on a line of its own, as the page shows them.
      const name = value.slice(0, credit);
      const label = value.slice(credit);
      const nameLower = name.toLowerCase();
      const labelLower = label.toLowerCase();
      tokens.push(new Token(tokens.length, name, nameLower, start, start + credit, 0, 'PROPN', spaceBefore, lineBefore, null, k, nameLower));
      tokens.push(new Token(tokens.length, label, labelLower, start + credit, end, 0, 'NOUN', false, true, null, k, labelLower));
      continue;
    }
    tokens.push(new Token(tokens.length, value, lower, start, end, 0, pos, spaceBefore, lineBefore, lemmaSource, k, null));
  }

  retagGerunds(tokens);
  const starts = sentenceStarts(tokens);
  let sentence = -1;
  for (let k = 0; k < tokens.length; k++) {
    if (starts[k] === 1) sentence++;
    tokens[k].sentence = sentence;
  }
  const sentences: Sentence[] = [];
  for (const t of tokens) {
    const s = sentences[t.sentence];
    if (!s) sentences[t.sentence] = { start: t.start, end: t.end, first: t.i, last: t.i };
    else {
      s.end = t.end;
      s.last = t.i;
    }
  }
  return { text, tokens, sentences };
}

/**
 * A capitalised word whose lower-case form is an ordinary word of wink's lexicon ("Complaint",
 * "Frost"). Asked only where a rule needs it: the lexicon is large, and most tokens never are.
 */
export function isKnownWord(t: Token): boolean {
  return t.lower !== t.text && isLexiconWord(t.lower);
}

const COLON = 58;
/** Labels of a picture's credit line ("Image: Gage Skidmore"). */
const CREDIT_LABELS = ['Image', 'Photo'];

/**
 * Where a credit label glued to the end of a word begins ("JorgensenImage" → 8), or 0: the
 * label after a lower-case letter, at least two letters before it.
 */
function gluedCreditLabel(value: string): number {
  for (const label of CREDIT_LABELS) {
    const at = value.length - label.length;
    if (at >= 2 && value.endsWith(label) && /\p{Ll}/u.test(value[at - 1])) return at;
  }
  return 0;
}

/** A copy of s that is a string of its own, not the interned one s may be (see tokenize). */
function ownString(s: string): string {
  return (s + ' ').slice(0, -1);
}

/** Space, tab, line breaks, no-break and other Unicode spaces. */
function isSpaceCode(c: number): boolean {
  return c <= 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

function shouldGlue(left: string, right: string): boolean {
  // Asked at every token with no space before it: the character test first, the regexes after.
  if (!beyondLatin1(left) && !beyondLatin1(right)) return false;
  if (!WORDISH.test(left) || !WORDISH.test(right)) return false;
  return NON_LATIN1_LETTER.test(left) || NON_LATIN1_LETTER.test(right);
}

function beyondLatin1(s: string): boolean {
  for (let k = 0; k < s.length; k++) if (s.charCodeAt(k) > 0xff) return true;
  return false;
}

/** A line break in text[from, to)? */
function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) return true;
  }
  return false;
}

/** A word's shape, as wink writes it: X for upper, x for lower, d for digit, runs cut at 4 ("Xxxxx", "X.X."). */
export function shapeOf(word: string): string {
  let out = '';
  let last = '';
  let run = 0;
  for (const ch of word) {
    const c = /\p{Lu}/u.test(ch) ? 'X' : /\p{L}|\p{M}/u.test(ch) ? 'x' : /\d/.test(ch) ? 'd' : ch;
    run = c === last ? run + 1 : 1;
    last = c;
    if (run <= 4) out += c;
  }
  return out;
}

/**
 * "tweeted after hearing the news": wink tags an -ing form that is also a noun ("hearing",
 * "meeting") as the noun, even after a subordinator and before its object. There it is the
 * gerund, with the verb's lemma.
 */
/** Words after which an -ing form is a gerund of its own clause (also used by events/find-events.ts). */
export const GERUND_SUBORDINATORS = new Set(['after', 'before', 'upon', 'while']);
const OBJECT_START = new Set(['DET', 'PRON']);
function retagGerunds(tokens: Token[]): void {
  for (let k = 1; k < tokens.length - 1; k++) {
    const tok = tokens[k];
    if (tok.pos !== 'NOUN' || !tok.lower.endsWith('ing') || !GERUND_SUBORDINATORS.has(tokens[k - 1].lower) || !OBJECT_START.has(tokens[k + 1].pos)) continue;
    const stem = verbStem(tok.lower);
    if (!stem) continue;
    tok.pos = 'VERB';
    tok.lemma = stem;
  }
}
