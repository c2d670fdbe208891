/**
 * A company's name right before a model code names a product, not the company: "Airbus A320
 * jets", "Boeing 737s", "Boeing 777-200LR". Products are not entities (see docs/annotation.md),
 * so the company inside one is not a mention of the company either.
 */
import type { Document } from '../../document/tokenize.js';
import type { Candidate } from '../candidate.js';

/** "A320", "737s", "777-200LR", "A380": digits with an optional letter prefix; not a year. */
const MODEL_CODE = /^(?:\p{Lu}{1,3}-?)?\d{2,4}[\p{L}\d-]*$/u;
const YEAR = /^(1[89]|20)\d\d$/;

export function isModelCode(text: string): boolean {
  return MODEL_CODE.test(text) && !YEAR.test(text);
}

/** An organization candidate directly followed, in the same sentence, by a model code. */
export function namesProduct(doc: Document, c: Candidate): boolean {
  if (c.type !== 'organization') return false;
  const next = doc.tokens[c.b];
  return !!next && next.sentence === doc.tokens[c.b - 1].sentence && next.spaceBefore && isModelCode(next.text);
}
