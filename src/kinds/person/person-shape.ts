/** Whether tokens look like a personal name, and where such a name ends. */
import { isKnownWord, type Document } from '../../document/tokenize.js';
import { isPlaceName } from '../classify-name.js';
import { isInitial } from '../token-tests.js';
import { inCompromise } from '../../lexicon/compromise.js';
import { NAME_PARTICLES, NAME_SUFFIXES, PLURAL_ARTICLES } from '../../lexicon/name-particles.js';
import { LEGAL_DOCUMENT_WORDS } from '../../lexicon/organizations.js';
import { tokenAt } from '../../document/token-at.js';

/** "Republican Iowa", "Greater Manchester": a word of the name is a known place or demonym. */
export function hasPlaceWord(doc: Document, a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const w = doc.tokens[k].lower;
    if (inCompromise('firstName', w)) continue;
    if (isPlaceName(doc, k, k + 1) || inCompromise('demonym', w)) return true;
  }
  return false;
}

/** A given name from the lexicon, or two or more words: enough to trust a weak title before it. */
export function hasNameEvidence(doc: Document, a: number, b: number): boolean {
  return inCompromise('firstName', doc.tokens[a].lower) || (b - a >= 2 && !ordinaryWords(doc, a, b));
}

/**
 * Every word is an ordinary English word ("Amended Complaint", "Consumer Product Safety"), and
 * the first is not a known given name, nor a word that is a name by context ("Bill Brown"): not
 * a person's name without stronger evidence.
 */
export function ordinaryWords(doc: Document, a: number, b: number): boolean {
  const t = doc.tokens;
  if (inCompromise('firstName', t[a].lower) || (b - a >= 2 && inCompromise('personWord', t[a].lower))) return false;
  for (let k = a; k < b; k++) {
    const w = t[k];
    // "Part III": a suffix makes no name of an ordinary word.
    if (isInitial(w) || NAME_PARTICLES.has(w.lower) || NAME_SUFFIXES.has(w.lower) || w.text === '-') continue;
    if (!isKnownWord(w) && !inCompromise('common', w.lower)) return false;
  }
  return true;
}

/** Is [a, b) shaped like a personal name: capitalised words, initials, particles, suffixes? */
export function personShaped(doc: Document, a: number, b: number): boolean {
  const t = doc.tokens;
  if (nameWordCount(doc, a, b) > 5) return false;
  if (!/\p{Ll}/u.test(t[a].text) && !isInitial(t[a])) return false;
  if (inCompromise('common', t[a].lower) && !inCompromise('firstName', t[a].lower) && !inCompromise('lastName', t[a].lower) && t[a].pos !== 'PROPN') return false;
  // "Los Zetas", "La Nuestra Familia", "La Mara Salvatrucha": a Spanish article opens a group's
  // name, not a person's (a family name such as "La Riva" has two words).
  if (PLURAL_ARTICLES.has(t[a].lower) || (t[a].lower === 'la' && nameWordCount(doc, a, b) >= 3)) return false;
  for (let k = a; k < b; k++) {
    const w = t[k];
    if (isInitial(w) || NAME_SUFFIXES.has(w.lower)) continue;
    if (LEGAL_DOCUMENT_WORDS.has(w.lower)) return false;
    // "David F.P. OConnor": initials run together, between a given and a family name.
    if (k === a + 1 && k < b - 1 && /^(\p{Lu}\.){2,3}$/u.test(w.text) && !isPlaceName(doc, k, k + 1)) continue;
    if (NAME_PARTICLES.has(w.lower) && k > a && k < b - 1) continue;
    if (/^[a-z]{1,4}$/.test(w.text) && tokenAt(t, k + 1).text === '-' && !t[k + 1].spaceBefore && k > a && k < b - 2) continue;
    if (w.text === '-' && !w.spaceBefore) continue;
    // "McDonald", "O'Neill", "C'Bearing", and "ONeill", "DAddio" where the source lost the apostrophe.
    if (!/^\p{Lu}[\p{Ll}\p{M}'’]+(?:[-'’]\p{Lu}?[\p{Ll}\p{M}]+)*$/u.test(w.text) && !/^(Mc|Mac|\p{Lu}['’])\p{Lu}/u.test(w.text) && !/^[OD]\p{Lu}\p{Ll}{2,}$/u.test(w.text)) return false;
  }
  return true;
}

/** Words of a name, counting "al-Turki" and "Ñúñez-García" as one. */
export function nameWordCount(doc: Document, a: number, b: number): number {
  let n = 0;
  for (let k = a; k < b; k++) if (doc.tokens[k].text !== '-' && !(tokenAt(doc.tokens, k - 1).text === '-' && !doc.tokens[k].spaceBefore && k > a)) n++;
  return n;
}

/** Where a person's name that starts at a ends inside [a, b): stop at "of"/"for" or non-name words. */
export function personEnd(doc: Document, a: number, b: number): number {
  const t = doc.tokens;
  let end = a;
  while (end < b) {
    const w = t[end];
    if (w.lower === 'of' || w.lower === 'for' || w.lower === 'and' || w.lower === 'on') break;
    // "President Trumps Executive Order", "Foreign Agent Registration Act": a document's name
    // ends the name, with the ordinary words that begin it.
    if (LEGAL_DOCUMENT_WORDS.has(w.lower)) {
      while (end > a && (inCompromise('common', t[end - 1].lower) || isKnownWord(t[end - 1])) && !inCompromise('firstName', t[end - 1].lower) && !inCompromise('lastName', t[end - 1].lower)) end--;
      break;
    }
    // "Jeff Sessions Announces …" in a headline: a verb form ends the name, but not right after
    // a middle initial, where the family name comes ("David J. Freed", "Crawford L. Seals").
    if (end > a && inCompromise('verbForm', w.lower) && !inCompromise('firstName', w.lower) && !inCompromise('lastName', w.lower) && !(end - a >= 2 && isInitial(t[end - 1]))) break;
    end++;
    // "President Obamas Executive Order": a possessive whose apostrophe was lost ends the name.
    if (isLostPossessiveSurname(w.lower)) break;
  }
  while (end > a && !personShaped(doc, a, end)) end--;
  return end;
}

/** "… Office for Victims of Crime Darlene Hutchinson": start of a trailing known-given-name person. */
export function trailingPersonStart(doc: Document, a: number, b: number): number {
  const t = doc.tokens;
  for (let k = Math.max(a + 1, b - 4); k < b - 1; k++) {
    const nameStart = inCompromise('firstName', t[k].lower) || (isInitial(t[k + 1]) && k + 2 < b);
    if (nameStart && personShaped(doc, k, b) && !['of', 'for', 'the'].includes(t[k - 1].lower)) return k;
  }
  return a;
}

/**
 * A known family name with an "s" that is no name of its own ("Obamas", where "Williams",
 * "Roberts" are names): a possessive whose apostrophe the source lost.
 */
export function isLostPossessiveSurname(lower: string): boolean {
  if (lower.length < 4 || !lower.endsWith('s') || lower.endsWith('ss')) return false;
  const stem = lower.slice(0, -1);
  return inCompromise('lastName', stem) && !inCompromise('lastName', lower) && !inCompromise('firstName', lower) && !inCompromise('firstName', stem);
}
