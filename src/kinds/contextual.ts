/**
 * Names that their own words do not classify, judged by context: "the Hashtrak district", "in
 * Hashtrakhan, Russia", "X said", "the OVC", and as a last resort the shape of a personal name.
 */
import type { Document } from '../document/tokenize.js';
import { PRIORITY } from './candidate.js';
import { isPlaceName, mainNameEnd } from './classify-name.js';
import type { Run } from './name-runs.js';
import { personContext, STRONG_CONTEXT } from './person/person-context.js';
import { personShaped, hasPlaceWord, ordinaryWords, nameWordCount, trailingPersonStart } from './person/person-shape.js';
import { type SegmentContext, add } from './segment-context.js';
import { isAcronym, isCapitalised, isDemonym, isInitial } from './token-tests.js';
import { inCompromise } from '../lexicon/compromise.js';
import { LOWER_PLACE_HEADS, LOWER_PLACE_HEADS_OF, AREA_NOUNS, PLURAL_PLACE_HEADS, ORG_TITLE_HEADS, ORG_CONTEXT_AFTER, ORG_DESCRIPTORS, DETERMINERS, PERSON_ADJECTIVES, AGENT_PARTICIPLES } from '../lexicon/context-words.js';
import { NON_ENTITY_HEADS, KNOWN_ORGANIZATIONS, ORG_SUFFIXES, ORG_HEADS } from '../lexicon/organizations.js';
import { isOrgHeadWord } from './name-heads.js';
import { PLACE_HEADS, LOCATIVE_PREPOSITIONS } from '../lexicon/places.js';
import { tokenAt } from '../document/token-at.js';

/** Names judged by context: "the Hashtrak district", "in Hashtrakhan, Russia", "X said". */
export function contextual(ctx: SegmentContext, run: Run, a: number, b: number): void {
  const { doc } = ctx;
  const t = doc.tokens;
  const next = t[b];
  const prev = t[a - 1];
  const prev2 = t[a - 2];
  if (NON_ENTITY_HEADS.has(t[b - 1].lower)) return;
  // "the Hashtrak district", "Cook county"
  if (next && LOWER_PLACE_HEADS.has(next.lower) && next.sentence === t[a].sentence && !isCapitalised(next)) {
    add(ctx, { type: 'place', a, b: b + 1, rule: 'place.name-district', subtype: PLACE_HEADS.get(next.lower) ?? 'district', priority: PRIORITY.context });
    return;
  }
  // "the Karol Bagh area", "the Shaw neighborhood": the name alone is the place.
  if (next && AREA_NOUNS.has(next.lower) && prev?.lower === 'the') {
    add(ctx, { type: 'place', a, b, rule: 'place.name-area', subtype: 'district', priority: PRIORITY.context });
    return;
  }
  // "San Mateo and Contra Costa counties": each name is a place of that kind.
  const plural = pluralPlaceHeadAfter(doc, b);
  if (plural) {
    add(ctx, { type: 'place', a, b, rule: 'place.name-districts', subtype: PLACE_HEADS.get(plural) ?? 'district', priority: PRIORITY.context });
    return;
  }
  // "the province of Hashtrakhan", "the city of Selma"
  if (prev?.lower === 'of' && prev2 && LOWER_PLACE_HEADS_OF.has(prev2.lower)) {
    add(ctx, { type: 'place', a, b, rule: 'place.province-of', subtype: PLACE_HEADS.get(prev2.lower) ?? 'region', priority: PRIORITY.context });
    return;
  }
  if (run.titleCase) return;
  // "Acme Robotics's CEO": a name owning a title is an organization.
  const owned = ctx.titleAt[b + 1];
  if (next?.lower === "'s" && owned && ORG_TITLE_HEADS.has(owned.head) && !inCompromise('firstName', t[a].lower)) {
    add(ctx, { type: 'organization', a, b, rule: 'organization.possessive-title', subtype: null, priority: PRIORITY.context });
    return;
  }
  // "German airline Lufthansa", "engine maker Europrop", "low cost airline, Ryanair".
  const descriptor = prev?.text === ',' ? prev2 : prev;
  const descriptorType = descriptor && ORG_DESCRIPTORS.get(descriptor.lower);
  if (descriptor && descriptorType && !isCapitalised(descriptor) && descriptor.sentence === t[a].sentence) {
    add(ctx, { type: 'organization', a, b: mainNameEnd(t, a, b), rule: 'organization.descriptor', subtype: descriptorType, priority: PRIORITY.context });
    return;
  }
  // "Adam Air Flight 574": the words before "Flight <number>" name the airline.
  if (b - a >= 2 && t[b - 1].text === 'Flight' && next && /^\d+$/.test(next.text)) {
    add(ctx, { type: 'organization', a, b: b - 1, rule: 'organization.flight-operator', subtype: 'company', priority: PRIORITY.context });
    return;
  }
  // "Lockheed Tristar", "Intel Core Duo": a company's name opening a run names its product;
  // the company is the only entity in it.
  const company = b - a >= 2 ? knownOrganizationPrefix(doc, a, b) : a;
  if (company > a) {
    add(ctx, { type: 'organization', a, b: company, rule: 'organization.lexicon', subtype: 'company', priority: PRIORITY.lexicon });
    // "… of Apple Inc. Steve Jobs": the rest of the run is judged on its own.
    if (b - company >= 2) contextual(ctx, run, company, b);
    return;
  }
  // "in Karol Bagh, New Delhi": a locative and a known place after the comma.
  if (prev && LOCATIVE_PREPOSITIONS.has(prev.lower) && next?.text === ',' && b - a <= 3) {
    const r = runEndAt(doc, b + 1);
    if (r > b + 1 && isPlaceName(doc, b + 1, r)) {
      add(ctx, { type: 'place', a, b, rule: 'place.comma-place', subtype: 'city', priority: PRIORITY.context });
      return;
    }
  }
  // "Senator from Vermont Bernie Sanders", "from New York Hillary Clinton": a known place, then
  // a person whose given name is known.
  if (b - a >= 3 && !inCompromise('firstName', t[a].lower) && (isPlaceName(doc, a, a + 1) || (b - a >= 4 && isPlaceName(doc, a, a + 2)))) {
    const personStart = trailingPersonStart(doc, a, b);
    const place = personStart > a ? isPlaceName(doc, a, personStart) : null;
    if (place) {
      add(ctx, { type: 'place', a, b: personStart, rule: place.rule, subtype: place.subtype, priority: PRIORITY.lexicon });
      contextual(ctx, run, personStart, b);
      return;
    }
  }
  if (personShaped(doc, a, b)) {
    const first = t[a];
    const known = (inCompromise('firstName', first.lower) || (b - a >= 3 && inCompromise('firstName', t[a + 1].lower))) && !inCompromise('country', first.lower);
    const evidence = personContext(ctx, a, b);
    if (known && b - a >= 2) {
      // "Chief Counsel for Enforcement Sonia Nath": an organization's head word before a known
      // given name ends what came before (a title's portfolio); the person starts after it.
      const start = b - a >= 3 && !inCompromise('firstName', first.lower) && isOrgHeadWord(first.lower) && inCompromise('firstName', t[a + 1].lower) ? a + 1 : a;
      add(ctx, { type: 'person', a: start, b, rule: 'person.given-name', subtype: null, priority: PRIORITY.firstName });
      return;
    }
    if (evidence && (STRONG_CONTEXT.has(evidence) || !(b - a >= 2 && ordinaryWords(doc, a, b)))) {
      add(ctx, { type: 'person', a, b, rule: evidence, subtype: null, priority: PRIORITY.context });
      return;
    }
  }
  // "in Hashtrakhan, Russia": a name followed by a known place after a comma.
  if (next?.text === ',' && t[b + 1] && b - a <= 3) {
    const r = runEndAt(doc, b + 1);
    if (r > b + 1 && isPlaceName(doc, b + 1, r)) {
      add(ctx, { type: 'place', a, b, rule: 'place.comma-place', subtype: 'city', priority: PRIORITY.context });
      return;
    }
  }
  // The preposition and its place share a line ("Lake Station, IN" ending one line is Indiana,
  // not "in" before the next line's "Offense").
  if (prev && LOCATIVE_PREPOSITIONS.has(prev.lower) && !t[a].lineBefore && b - a <= 3 && !isAcronym(t[a]) && !isDemonym(t[b - 1])) {
    add(ctx, { type: 'place', a, b, rule: 'place.locative', subtype: null, priority: PRIORITY.weak });
    return;
  }
  // An unknown acronym is an organization only in an organization's context: "the OVC",
  // "FEMA officials", "PSP said"; otherwise it may be a disease, a unit or a product (COVID-19, DNA).
  if (b - a === 1 && isAcronym(t[a]) && t[a].text.replace(/\./g, '').length >= 2 && !/\d/.test(t[a].text) && acronymAsOrganization(doc, a)) {
    add(ctx, { type: 'organization', a, b, rule: 'organization.acronym-shape', subtype: null, priority: PRIORITY.weak });
    return;
  }
  // Not an organization's head with its possessive "s" lost ("U.S. Immigration and Customs
  // Enforcements (ICE)", split at "and"): no given name vouches for it.
  const orgHeadLast = b - a >= 2 && t[b - 1].lower.endsWith('s') && !ORG_HEADS.has(t[b - 1].lower) && isOrgHeadWord(t[b - 1].lower);
  if (personShaped(doc, a, b) && nameWordCount(doc, a, b) >= 2 && nameWordCount(doc, a, b) <= 4 && !ordinaryWords(doc, a, b) && !hasPlaceWord(doc, a, b) && !productLike(doc, a, b) && !orgHeadLast) {
    add(ctx, { type: 'person', a, b, rule: 'person.shape', subtype: null, priority: PRIORITY.shape });
  }
}

/** "… counties" right after the name, or after "and <Name>": the singular head, else null. */
export function pluralPlaceHeadAfter(doc: Document, b: number): string | null {
  const t = doc.tokens;
  let k = b;
  // Over the rest of a list: "San Francisco, San Mateo, Alameda, and Contra Costa counties".
  for (let items = 0; items < 8 && (tokenAt(t, k).lower === 'and' || tokenAt(t, k).text === ','); items++) {
    k++;
    if (tokenAt(t, k).lower === 'and') k++;
    if (!isCapitalised(t[k])) return null;
    while (k < t.length && isCapitalised(t[k])) k++;
  }
  return PLURAL_PLACE_HEADS.get(tokenAt(t, k).lower) ?? null;
}

const NOUN_TAGS = new Set(['NOUN', 'PROPN', 'ADJ']);

export function acronymAsOrganization(doc: Document, a: number): boolean {
  const t = doc.tokens;
  const next = t[a + 1];
  // "the SARS outbreak": an acronym modifying a common noun is not an organization.
  if (next && next.pos === 'NOUN' && !/^\p{Lu}/u.test(next.text) && !ORG_CONTEXT_AFTER.has(next.lower)) return false;
  // "The SARS-like virus", "PCB-containing sediment": nor one that opens a hyphenated modifier,
  // unless the modifier names what a body does ("ISIS-inspired", "FBI-led").
  const hyphenated = next?.text === '-' && !next.spaceBefore && /^\p{Ll}/u.test(tokenAt(t, a + 2).text);
  if (hyphenated && !AGENT_PARTICIPLES.has(tokenAt(t, a + 2).lower)) return false;
  // "offering DVD's of his films": an "'s" after a verb and before no noun is a plural.
  const plural = tokenAt(t, a - 1).pos === 'VERB' && !NOUN_TAGS.has(tokenAt(t, a + 2).pos);
  const possessive = tokenAt(t, a + 1).lower === "'s" && !plural;
  return tokenAt(t, a - 1).lower === 'the' || ORG_CONTEXT_AFTER.has(tokenAt(t, a + 1).lower) || possessive || ['by', 'with', 'from', 'at'].includes(tokenAt(t, a - 1).lower) && ORG_CONTEXT_AFTER.has(tokenAt(t, a + 1).lower);
}

/** End of the capitalised run starting at i (for "X, Russia"). */
export function runEndAt(doc: Document, i: number): number {
  const t = doc.tokens;
  let j = i;
  while (j < t.length && isCapitalised(t[j]) && t[j].sentence === t[i].sentence) j++;
  return j;
}

/** End of the longest well-known organization's name opening [a, b) (up to three tokens), else a. */
export function knownOrganizationPrefix(doc: Document, a: number, b: number): number {
  const t = doc.tokens;
  let name = '';
  let end = a;
  for (let k = a; k < Math.min(b, a + 3); k++) {
    name += (k > a && t[k].spaceBefore ? ' ' : '') + t[k].lower;
    if (KNOWN_ORGANIZATIONS.has(name) || inCompromise('organization', name)) end = k + 1;
  }
  // "Apple Inc.": a legal suffix belongs to the name.
  if (end > a && end < b && ORG_SUFFIXES.has(t[end].lower)) end++;
  return end;
}


/**
 * "the new MacBook Air", "MacBook Air laptops": a name-shaped run after a determiner (with at
 * most one adjective between) or right before a lower-case noun is used like a product or a
 * thing, not a person's name. Only for runs with no other evidence of being a person.
 */
export function productLike(doc: Document, a: number, b: number): boolean {
  const t = doc.tokens;
  // "the late Joye E. Frost": an initial is a person's.
  for (let k = a; k < b; k++) if (isInitial(t[k])) return false;
  const p1 = t[a - 1];
  if (p1 && PERSON_ADJECTIVES.has(p1.lower)) return false;
  const p2 = t[a - 2];
  if (p1 && DETERMINERS.has(p1.lower)) return true;
  if (p1 && p2 && DETERMINERS.has(p2.lower) && (p1.pos === 'ADJ' || p1.pos === 'PROPN' || p1.pos === 'NUM') && /^\p{Ll}+$/u.test(p1.text)) return true;
  const next = t[b];
  return !!next && next.sentence === t[b - 1].sentence && /^\p{Ll}+$/u.test(next.text) && next.pos === 'NOUN';
}
