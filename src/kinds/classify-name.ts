/**
 * What a capitalised stretch of tokens names, judged from its own words: the head word
 * ("… Agency", "… Garden", "… Forum"), a leading word with "of" ("Department of …",
 * "Republic of …"), a legal suffix ("… N.V."), or compromise's lexicon. Context-free:
 * context rules live in segment-run.ts.
 */
import type { Document, Token } from '../document/tokenize.js';
import { ORG_HEADS, ORG_LEADS, ORG_SUFFIXES, ORG_ACRONYMS, KNOWN_ORGANIZATIONS, PLURAL_NAME_HEADS } from '../lexicon/organizations.js';
import { PLACE_HEADS, PLACE_LEADS, PLACE_ALIASES, DIRECTION_WORDS, STATE_ABBREVIATIONS } from '../lexicon/places.js';
import { EVENT_HEADS, EVENT_LEADS, WEAK_EVENT_HEADS } from '../lexicon/event-names.js';
import { inCompromise } from '../lexicon/compromise.js';
import { WORLD_CITIES } from '../lexicon/world-cities.js';
import { isAcronym, isCapitalised } from './token-tests.js';
import { headSingular } from './name-heads.js';
import type { EntityType } from '../types.js';

export interface NameClass {
  type: EntityType;
  subtype: string | null;
  rule: string;
  strength: 'head' | 'lead' | 'suffix' | 'acronym' | 'lexicon';
}

const COMPLEMENT = new Set(['of', 'for', 'on', 'in']);

/** Lower-cased words of tokens [a, b) joined by spaces. */
export function phrase(tokens: Token[], a: number, b: number): string {
  let s = '';
  for (let k = a; k < b; k++) s += (k > a ? ' ' : '') + tokens[k].lower;
  return s;
}

/** Index one past the main name: before the first "of"/"for"/"on" complement. */
export function mainNameEnd(tokens: Token[], a: number, b: number): number {
  for (let k = a + 1; k < b; k++) if (COMPLEMENT.has(tokens[k].lower)) return k;
  return b;
}

/** Per-document memo: the finders ask about the same spans many times. */
const placeMemo = new WeakMap<Document, Map<number, NameClass | null>>();
const nameMemo = new WeakMap<Document, Map<number, NameClass | null>>();

function memo(store: WeakMap<Document, Map<number, NameClass | null>>, doc: Document, a: number, b: number, compute: () => NameClass | null): NameClass | null {
  let m = store.get(doc);
  if (!m) store.set(doc, (m = new Map()));
  const key = a * 4096 + (b - a);
  const hit = m.get(key);
  if (hit !== undefined) return hit;
  const v = compute();
  m.set(key, v);
  return v;
}

export function isPlaceName(doc: Document, a: number, b: number): NameClass | null {
  return b - a < 4096 ? memo(placeMemo, doc, a, b, () => placeName(doc, a, b)) : placeName(doc, a, b);
}

/** Known place names have at most this many tokens ("united states of america"). */
const LONGEST_PLACE_NAME = 4;

function placeName(doc: Document, a: number, b: number): NameClass | null {
  const t = doc.tokens;
  if (b - a > LONGEST_PLACE_NAME) return null;
  const words = phrase(t, a, b);
  if (PLACE_ALIASES.has(words) || STATE_ABBREVIATIONS.has(words)) return { type: 'place', subtype: 'country', rule: 'place.lexicon', strength: 'lexicon' };
  if (inCompromise('country', words)) return { type: 'place', subtype: 'country', rule: 'place.lexicon', strength: 'lexicon' };
  if (inCompromise('region', words)) return { type: 'place', subtype: 'region', rule: 'place.lexicon', strength: 'lexicon' };
  if (inCompromise('city', words) || WORLD_CITIES.has(words)) return { type: 'place', subtype: 'city', rule: 'place.lexicon', strength: 'lexicon' };
  if (inCompromise('place', words)) return { type: 'place', subtype: 'region', rule: 'place.lexicon', strength: 'lexicon' };
  // "Russian Federation", "Soviet Union": a demonym before a state word; not a known body
  // ("European Union", "African Union" are organizations).
  if (b - a === 2 && inCompromise('demonym', t[a].lower) && /^(federation|republic|empire|union|confederation)$/.test(t[a + 1].lower) && !KNOWN_ORGANIZATIONS.has(words)) {
    return { type: 'place', subtype: 'country', rule: 'place.demonym-state', strength: 'head' };
  }
  return null;
}

/** Classify tokens [a, b) by their own words, or null when they say nothing. */
export function classifyName(doc: Document, a: number, b: number): NameClass | null {
  return b - a < 4096 ? memo(nameMemo, doc, a, b, () => classify(doc, a, b)) : classify(doc, a, b);
}

function classify(doc: Document, a: number, b: number): NameClass | null {
  const t = doc.tokens;
  const last = t[b - 1];
  if (b - a >= 2 && ORG_SUFFIXES.has(last.lower)) return { type: 'organization', subtype: 'company', rule: 'organization.legal-suffix', strength: 'suffix' };

  const place = isPlaceName(doc, a, b);
  // A whole name that is a known place wins over heads ("Soviet Union", "Russian Federation").
  if (place && (place.strength === 'head' || b - a >= 2)) return place;

  const end = mainNameEnd(t, a, b);
  const head = t[end - 1].lower;
  const head2 = end - a >= 2 ? `${t[end - 2].lower} ${head}` : '';
  const hasComplement = end < b;
  const first = t[a].lower;
  const leadOf = end === a + 1 && hasComplement && t[end].lower === 'of';

  // Lead + of: "Department of Justice", "Republic of Azerbaijan", "Southern District of Florida".
  if (leadOf || (end === a + 2 && DIRECTION_WORDS.has(first) && hasComplement && t[end].lower === 'of')) {
    const lead = t[end - 1].lower;
    // "National Institutes of Health": a plural lead names one body too.
    const orgLead = ORG_LEADS.get(lead) ?? (isCapitalised(t[end - 1]) ? ORG_LEADS.get(headSingular(lead)) : undefined);
    if (orgLead) return { type: 'organization', subtype: orgLead, rule: 'organization.lead-of', strength: 'lead' };
    const placeLead = PLACE_LEADS.get(lead);
    if (placeLead) return { type: 'place', subtype: placeLead, rule: 'place.lead-of', strength: 'lead' };
  }
  if (end - a >= 2 || hasComplement) {
    const placeHead2 = PLACE_HEADS.get(head2);
    if (placeHead2) return { type: 'place', subtype: placeHead2, rule: 'place.head', strength: 'head' };
    const orgHead2 = ORG_HEADS.get(head2);
    if (orgHead2) return { type: 'organization', subtype: orgHead2, rule: 'organization.head', strength: 'head' };
    // "National Conference of State Legislatures", "Congress of Racial Equality": a body, not a meeting.
    const bodyOf = (head === 'conference' || head === 'congress') && hasComplement && t[end].lower === 'of' && /s$/.test(t[b - 1].lower);
    if (bodyOf) return { type: 'organization', subtype: 'ngo', rule: 'organization.head', strength: 'head' };
    const eventHead = EVENT_HEADS.get(head);
    if (eventHead && !(WEAK_EVENT_HEADS.has(head) && end - a < 3 && !/^\d/.test(t[a].text))) {
      return { type: 'event', subtype: eventHead, rule: 'event.head', strength: 'head' };
    }
    // "Centers for Disease Control and Prevention", "National Institutes of Health": a plural
    // head before its complement names one body.
    const pluralBeforeComplement = hasComplement && (t[end].lower === 'for' || t[end].lower === 'of') && isCapitalised(t[end - 1]);
    // "United States Attorneys Offices": "Offices" ending a name of two words or more names the
    // offices it lists (most other plural heads there are possessives that lost their
    // apostrophe: "the Justice Departments efforts").
    const pluralAtEnd = !hasComplement && end - a >= 2 && isCapitalised(t[end - 1]) && PLURAL_NAME_HEADS.has(head);
    const orgHead = ORG_HEADS.get(head) ?? (pluralBeforeComplement || pluralAtEnd ? ORG_HEADS.get(headSingular(head)) : undefined);
    if (orgHead) return { type: 'organization', subtype: orgHead, rule: 'organization.head', strength: 'head' };
    const placeHead = PLACE_HEADS.get(head);
    if (placeHead) return { type: 'place', subtype: placeHead, rule: 'place.head', strength: 'head' };
  }
  // "Hurricane Harvey", "Tropical Storm Chantal", "Operation Desert Storm".
  for (let k = a; k < Math.min(b - 1, a + 2); k++) {
    const eventLead = EVENT_LEADS.get(t[k].lower);
    if (eventLead) return { type: 'event', subtype: eventLead, rule: 'event.lead', strength: 'lead' };
  }
  // "Imperial College London", "Tesla Motors Europe": an organization head followed by a place.
  for (let k = end - 2; k > a; k--) {
    const orgHead = ORG_HEADS.get(t[k].lower);
    if (orgHead && isPlaceName(doc, k + 1, end)) return { type: 'organization', subtype: orgHead, rule: 'organization.head', strength: 'head' };
  }
  if (place) return place;
  if (b - a <= 5 && inCompromise('organization', phrase(t, a, b))) return { type: 'organization', subtype: 'company', rule: 'organization.lexicon', strength: 'lexicon' };
  if (b - a === 1 && isAcronym(t[a])) {
    const known = ORG_ACRONYMS.get(t[a].text.replace(/\./g, ''));
    if (known) return { type: 'organization', subtype: known, rule: 'organization.acronym-lexicon', strength: 'acronym' };
  }
  return null;
}
