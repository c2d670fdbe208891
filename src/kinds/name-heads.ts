/** Head words of names, and words that stand for an owner whose apostrophe was lost ("Departments"). */
import type { Token } from '../document/tokenize.js';
import { inCompromise } from '../lexicon/compromise.js';
import { EVENT_HEADS } from '../lexicon/event-names.js';
import { ORG_HEADS, NON_ENTITY_HEADS, PLURAL_ORG_HEADS } from '../lexicon/organizations.js';
import { PLACE_HEADS } from '../lexicon/places.js';

/**
 * "Departments", "FBIs", "CPSCs": a word that is an organization head or an acronym plus an
 * "s" that stands for a lost "'s". Returns what kind of owner, or null.
 */
export function isKnownPlaceWord(lower: string): boolean {
  return inCompromise('country', lower) || inCompromise('region', lower) || inCompromise('city', lower);
}

export function lostPossessiveOwner(w: Token): 'head' | 'acronym' | 'stem' | 'place' | null {
  if (!/s$/.test(w.text) || w.text.length < 4) return null;
  const stem = w.text.slice(0, -1);
  if (/^[\p{Lu}]{2,}$/u.test(stem)) return 'acronym';
  if (isKnownPlaceWord(stem.toLowerCase())) return 'place';
  // "United Nations", "Kootenai Tribes": heads whose plural names a body are no possessive.
  if (ORG_HEADS.has(stem.toLowerCase()) && /^\p{Lu}\p{Ll}+$/u.test(stem) && !PLURAL_ORG_HEADS.has(w.lower)) return 'head';
  // "Department of Justices Office of …": the last word of a "Department of X" name.
  if (/^\p{Lu}\p{Ll}+$/u.test(stem) && !/ss$/.test(w.text)) return 'stem';
  return null;
}

/** A word that heads a name of an organization, place or event ("Office", "District", "Forum"). */
export function isNameHead(t: Token): boolean {
  // Asked of most capitalised words: no array, closure or regex per call.
  if (isHeadWord(t.lower)) return true;
  const singular = headSingular(t.lower);
  return singular !== t.lower && isHeadWord(singular);
}

function isHeadWord(w: string): boolean {
  return ORG_HEADS.has(w) || PLACE_HEADS.has(w) || EVENT_HEADS.has(w) || NON_ENTITY_HEADS.has(w);
}

/** A head word without its plural or lost-possessive "s": "agencies" → "agency", "Services" → "service". */
export function headSingular(lower: string): string {
  if (!lower.endsWith('s')) return lower;
  return lower.endsWith('ies') ? `${lower.slice(0, -3)}y` : lower.slice(0, -1);
}

/** An organization's head word, or its plural or lost possessive ("Services", "Enforcements"). */
export function isOrgHeadWord(lower: string): boolean {
  return ORG_HEADS.has(lower) || ORG_HEADS.has(headSingular(lower));
}
