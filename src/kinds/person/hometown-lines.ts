/**
 * People listed with their home towns, one to a line, as clemency and award releases print
 * them: "Timothy Adams Hartsville, SC", "Reinaldo A. Arocho Lake Station, IN", "Jose Carlos
 * Arras, Jr. Albuquerque, NM". Such a line is all capitals, and the headline rule (a Title Case
 * line proves little unless the body repeats its names) drops it; the ", ST" ending the line
 * says it is a name and a town. The town is the line's last word, or its last two or three
 * where those make a known place or a town's shape ("Boca Raton", "Hickory Grove", "St. Louis");
 * the person is what comes before it, if that is shaped like a personal name.
 */
import type { Document, Token } from '../../document/tokenize.js';
import { type Candidate, PRIORITY } from '../candidate.js';
import { isPlaceName } from '../classify-name.js';
import { isOrgHeadWord } from '../name-heads.js';
import { personShaped } from './person-shape.js';
import { isCapitalised } from '../token-tests.js';
import { inCompromise } from '../../lexicon/compromise.js';
import { NAME_SUFFIXES } from '../../lexicon/name-particles.js';
import { PLACE_HEADS, TOWN_FIRST_WORDS, TOWN_LAST_WORDS, US_STATE_CODES } from '../../lexicon/places.js';
import { LIST_BULLETS } from '../../lexicon/context-words.js';

/** Tokens of a listed name at most (given names, initials, family name; a hyphen is a token). */
const MOST_NAME_TOKENS = 5;

export function findHometownLines(doc: Document): Candidate[] {
  const out: Candidate[] = [];
  const t = doc.tokens;
  let start = 0;
  for (let k = 1; k <= t.length; k++) {
    if (k < t.length && !t[k].lineBefore) continue;
    hometownLine(doc, start, k, out);
    start = k;
  }
  return out;
}

/** Tokens [a, end) are one line; if it is "Name Town, ST", its candidates go to out. */
function hometownLine(doc: Document, a: number, end: number, out: Candidate[]): void {
  const t = doc.tokens;
  if (a < end && LIST_BULLETS.has(t[a].text)) a++; // "- Donald Brooks West Point, GA"
  const state = end - 1;
  const comma = end - 2;
  if (comma - a < 3 || !US_STATE_CODES.has(t[state].text) || t[comma].text !== ',') return;
  // "Name, Jr. Town": the suffix's comma is the only other punctuation a line may have.
  let suffixComma = -1;
  for (let k = a; k < comma; k++) {
    if (t[k].text === ',' && NAME_SUFFIXES.has(lowerAt(t, k + 1)) && suffixComma < 0) suffixComma = k;
    // "Barry-Scott": a hyphen inside a word.
    else if (t[k].text === '-' && !t[k].spaceBefore && k + 1 < comma && !t[k + 1].spaceBefore) continue;
    else if (!isCapitalised(t[k])) return;
  }
  let nameEnd: number;
  let town: number;
  if (suffixComma >= 0) {
    nameEnd = suffixComma;
    town = suffixComma + 2;
  } else {
    town = townStart(doc, a, comma);
    nameEnd = town;
  }
  // Tokens, not words, are counted: "Sally Hand-Bostick National Express Tax Plano, TX" (a name,
  // then a business) is too long, while "Juan Fernando Mendoza-Cardenas" is not.
  if (town >= comma || nameEnd - a < 2 || nameEnd - a > MOST_NAME_TOKENS) return;
  // "Contra Costa County, CA": a head word alone is no town; the line names a place.
  if (comma - town === 1 && (PLACE_HEADS.has(t[town].lower) || TOWN_LAST_WORDS.has(t[town].lower))) return;
  if (!isListedName(doc, a, nameEnd)) return;
  // The line's shape is stronger evidence than a head word inside it ("Alton J. Easley Kansas
  // City, MO" is no place named for its head "City"): the priority of a title's context.
  out.push({ type: 'person', a, b: nameEnd, rule: 'person.hometown-line', subtype: null, priority: PRIORITY.title });
  out.push({ type: 'place', a: town, b: comma, rule: 'place.hometown-line', subtype: 'city', priority: PRIORITY.title });
  out.push({ type: 'place', a: state, b: state + 1, rule: 'place.hometown-line', subtype: 'region', priority: PRIORITY.title });
}

function lowerAt(t: Token[], k: number): string {
  return k < t.length ? t[k].lower : '';
}

/**
 * Where the town begins in the tokens [a, end) of a line, at least two words staying for the
 * name. Words, not tokens: "Winston-Salem" and "Barry-Scott" are one word each.
 */
function townStart(doc: Document, a: number, end: number): number {
  const t = doc.tokens;
  const starts: number[] = []; // the first token of each word
  for (let k = a; k < end; k++) if (!(k > a && (t[k].text === '-' || t[k - 1].text === '-') && !t[k].spaceBefore)) starts.push(k);
  const n = starts.length;
  const from = (words: number) => starts[n - words];
  for (const words of [3, 2]) {
    if (n - words >= 2 && isPlaceName(doc, from(words), end)) return from(words);
  }
  // "North Little Rock", "Port St. Lucie", "Fort Walton Beach": a town's first word, then two more.
  if (n - 3 >= 2 && TOWN_FIRST_WORDS.has(t[from(3)].lower)) return from(3);
  if (n - 2 >= 2 && (TOWN_FIRST_WORDS.has(t[from(2)].lower) || TOWN_LAST_WORDS.has(t[end - 1].lower) || PLACE_HEADS.has(t[end - 1].lower))) return from(2);
  return from(1);
}

/**
 * A personal name: name-shaped; no organization head, and no head of a district, region or
 * town ("Lafayette City Parish Consolidated Government"; a landmark's head may be a family name:
 * "Hall", "Park"); not a known place unless a given name.
 */
function isListedName(doc: Document, a: number, b: number): boolean {
  const t = doc.tokens;
  if (!personShaped(doc, a, b)) return false;
  for (let k = a; k < b; k++) {
    const placeKind = PLACE_HEADS.get(t[k].lower);
    if (isOrgHeadWord(t[k].lower) || (placeKind && placeKind !== 'landmark' && placeKind !== 'facility')) return false;
  }
  return !isPlaceName(doc, a, a + 1) || inCompromise('firstName', t[a].lower);
}
