/**
 * Turns each proper-name run into typed candidates: splits off honorifics and titles
 * ("Attorney General Jeff Sessions" → title + person), organization prefixes ("Northrop Grumman
 * CEO Ron Sugar"), "of" complements ("… Agency of the Republic of Azerbaijan" also yields the
 * place), and judges what is left by its words (classify-name.ts) or by its context.
 */
import type { Document, Token } from '../document/tokenize.js';
import type { Run } from './name-runs.js';
import type { TitleSpan } from './title/title-spans.js';
import { type Candidate, PRIORITY } from './candidate.js';
import { classifyName, isPlaceName, phrase, type NameClass } from './classify-name.js';
import { HONORIFICS } from '../lexicon/honorifics.js';
import { NAME_PARTICLES, NAME_SUFFIXES } from '../lexicon/name-particles.js';
import { ORDINAL_WORDS } from '../lexicon/event-names.js';
import { PLACE_HEADS, LOCATIVE_PREPOSITIONS } from '../lexicon/places.js';
import { ORG_HEADS, NON_ENTITY_HEADS, ORG_ACRONYMS, ORG_LEADS } from '../lexicon/organizations.js';
import { EVENT_HEADS } from '../lexicon/event-names.js';
import { inCompromise } from '../lexicon/compromise.js';
import { isAcronym, isCapitalised, isInitial, isDemonym } from './token-tests.js';
import { SPEECH_VERBS, INVERTED_SPEECH_VERBS } from '../lexicon/speech-verbs.js';
import { COUNTRY_PREFIXES, COUNTRY_OFFICES } from '../lexicon/titles.js';
import { dict } from '../lexicon/dict.js';

export interface SegmentContext {
  doc: Document;
  /** Title span starting at a token index. */
  titleAt: Map<number, TitleSpan>;
  /** Title span covering a token index (a run may start inside one: "Acting" is not in the run). */
  titleCovering: Map<number, TitleSpan>;
  out: Candidate[];
}

const ROMAN = /^(?=[IVXLC])M*(C[MD]|D?C{0,3})(X[CL]|L?X{0,3})(I[XV]|V?I{0,3})$/;
const LOWER_PLACE_HEADS = new Set(['district', 'province', 'region', 'oblast', 'county', 'krai', 'prefecture', 'state', 'governorate']);

export function segmentRun(ctx: SegmentContext, run: Run): void {
  for (const [a, b] of splitCoordination(ctx.doc, run.a, run.b)) segmentPart(ctx, run, a, b);
}

/** Split at "and" unless the whole is one name ("Department of Health and Human Services"). */
function splitCoordination(doc: Document, a: number, b: number): [number, number][] {
  const t = doc.tokens;
  const parts: [number, number][] = [];
  let start = a;
  for (let k = a + 1; k < b; k++) {
    if (t[k].lower !== 'and') continue;
    const afterThe = t[k + 1]?.lower === 'the';
    const whole = classifyName(doc, start, b);
    const left = classifyName(doc, start, k);
    const leftKnown = left !== null || isPlaceName(doc, start, k) !== null || inCompromise('firstName', t[start].lower);
    if (!afterThe && whole && (whole.type === 'organization' || whole.type === 'event') && !leftKnown) continue;
    // "Department of Health and Human Services", "Task Force on Crime Reduction and Public
    // Safety": an "and" inside the "of" complement of an organization name joins.
    if (!afterThe && whole?.type === 'organization' && complementBefore(t, start, k) && !inCompromise('firstName', t[k + 1].lower) && t[k + 1].known) continue;
    // The last "and" of a list the run builder took in ("Alcohol, Tobacco, Firearms and Explosives").
    if (t[k - 2]?.text === ',' && complementBefore(t, start, k)) continue;
    parts.push([start, k]);
    start = afterThe ? k + 2 : k + 1;
  }
  parts.push([start, b]);
  return parts.filter(([x, y]) => y > x);
}

/** Is token k inside the "of"/"for" complement of a name that starts at a? */
function insideComplement(t: Token[], a: number, k: number): boolean {
  for (let j = a + 1; j < k; j++) if (t[j].lower === 'of' || t[j].lower === 'for') return ORG_LEADS[t[a].lower] !== undefined || isNameHead(t[j - 1]);
  return false;
}

/** Is there an "of"/"on"/"for" between start and k, after a word that leads or heads an organization? */
function complementBefore(t: Token[], start: number, k: number): boolean {
  for (let j = start + 1; j < k; j++) if (['of', 'on', 'for'].includes(t[j].lower)) return true;
  return false;
}

function add(ctx: SegmentContext, c: Candidate): Candidate {
  ctx.out.push(c);
  return c;
}

function segmentPart(ctx: SegmentContext, run: Run, a: number, b: number): void {
  const { doc } = ctx;
  const t = doc.tokens;
  // A leading capitalised "The" is not part of a name (sentence-internal "The EPA").
  while (a < b && (t[a].lower === 'the' || t[a].lower === 'of' || t[a].lower === 'and' || t[a].pos === 'PUNCT')) a++;
  while (b > a && (t[b - 1].lower === 'of' || t[b - 1].lower === 'the' || t[b - 1].lower === 'and' || t[b - 1].pos === 'PUNCT')) b--;
  if (a >= b) return;

  // Honorific: "Mr. Ismailov", "Dr. Jane Roe".
  if (HONORIFICS.has(t[a].lower) && b > a + 1) {
    const end = personEnd(doc, a + 1, b);
    if (end > a + 1) {
      add(ctx, { type: 'person', a: a + 1, b: end, rule: 'person.honorific', subtype: null, priority: PRIORITY.honorific });
      if (end < b) segmentPart(ctx, run, end, b);
      return;
    }
  }

  // A title inside the run: prefix (organization or place), the title, then a name or "of …".
  for (let k = a; k < b; k++) {
    const title = ctx.titleAt.get(k) ?? (k === a ? ctx.titleCovering.get(k) : undefined);
    if (!title || !title.capitalised || title.b > b) continue;
    // "Office of the General Counsel", "Office of Justice Programs": a title after "of" inside
    // a name is part of that name.
    if (k > a && (['of', 'for'].includes(t[k - 1].lower) || (t[k - 1].lower === 'the' && ['of', 'for'].includes(t[k - 2]?.lower)))) continue;
    // "Office of Juvenile Justice and …": a title word inside an "of" complement, not followed
    // by a person's name, is part of the organization's name.
    if (k > a && insideComplement(t, a, k) && !(title.b < b && inCompromise('firstName', t[title.b].lower))) continue;
    if (title.weak && title.b === b) continue;
    // "U.S. Attorneys Office", "Justice Department": the title word is part of a name.
    if (title.b < b && isNameHead(t[title.b])) continue;
    if (k > a) segmentPrefix(ctx, run, a, k);
    addTitleCountry(ctx, title);
    const rest = title.b;
    if (rest >= b) return;
    if (t[rest].lower === 'of' || t[rest].lower === 'for' || t[rest].lower === 'in' || t[rest].lower === 'on') {
      const attached = rest + (t[rest + 1]?.lower === 'the' ? 2 : 1);
      // "Director of the Office for Victims of Crime Darlene Hutchinson": a name closes the run.
      const nameStart = trailingPersonStart(doc, attached, b);
      if (nameStart > attached) {
        segmentPart(ctx, run, attached, nameStart);
        add(ctx, { type: 'person', a: nameStart, b, rule: 'person.after-title-of', subtype: null, priority: PRIORITY.title });
      } else segmentPart(ctx, run, attached, b);
      return;
    }
    const end = personEnd(doc, rest, b);
    const restClass = classifyName(doc, rest, b);
    const surnameHead = restClass?.type === 'place' && inCompromise('lastName', t[b - 1].lower) && personShaped(doc, rest, b);
    if (restClass && restClass.strength !== 'lexicon' && !surnameHead) {
      segmentPart(ctx, run, rest, b);
      return;
    }
    if (end > rest && (!title.weak || hasNameEvidence(doc, rest, end))) {
      add(ctx, { type: 'person', a: rest, b: end, rule: 'person.after-title', subtype: null, priority: PRIORITY.title });
      if (end < b) {
        const next = end + (t[end].lower === 'of' || t[end].lower === 'for' ? 1 : 0);
        segmentPart(ctx, run, next + (t[next]?.lower === 'the' ? 1 : 0), b);
      }
    } else segmentPart(ctx, run, rest, b);
    return;
  }

  // A possessive whose apostrophe was lost: "Justice Departments Criminal Division",
  // "FBIs Miami Field Office" → the owner ("Justice Department", "FBI") and the unit.
  for (let k = a; k < b - 1; k++) {
    const owner = lostPossessiveOwner(t[k]);
    if (!owner || !isCapitalised(t[k + 1])) continue;
    const right = classifyName(doc, k + 1, b);
    if ((!right || right.type === 'person') && !(owner === 'place' && k + 1 < b)) continue;
    // The owner starts after the last "of (the)" before it ("Lisa Hsiao of the Civil Divisions …").
    let from = a;
    for (let j = k - 1; j > a; j--) {
      if (t[j].lower === 'of' || t[j].lower === 'for') {
        from = j + 1 + (t[j + 1].lower === 'the' ? 1 : 0);
        break;
      }
    }
    if (from > k) continue;
    // "Department of Justices …": a lost possessive on a plain word only right after "of".
    if (owner === 'stem' && from !== k) continue;
    // "Department of Justices Office …": the owner is the whole "Department of Justice".
    if (owner === 'stem' && t[from - 1]?.lower === 'of' && ORG_LEADS[t[from - 2]?.lower ?? ''] !== undefined) {
      from -= 2;
      if (from > a && /^(U\.S\.|US)$/.test(t[from - 1].text)) from--;
    }
    const lead = /^(U\.S\.|US)$/.test(t[from].text) ? from + 1 : from;
    const leadOf = lead + 1 < k && ORG_LEADS[t[lead].lower] !== undefined && t[lead + 1].lower === 'of';
    if (owner === 'place') {
      if (from > a) segmentPart(ctx, run, a, from - (t[from - 1].lower === 'the' ? 2 : 1));
      const placeName = doc.text.slice(t[from].start, t[k].end - 1);
      add(ctx, { type: 'place', a: from, b: k + 1, rule: 'place.possessive-owner', subtype: 'region', priority: PRIORITY.head, name: placeName });
      segmentPart(ctx, run, k + 1, b);
      return;
    }
    if (owner === 'acronym' && k > from) continue;
    if (owner === 'stem' && !leadOf) continue;
    const subtype = owner === 'acronym' ? ORG_ACRONYMS[t[k].text.slice(0, -1)] ?? null : ORG_HEADS[t[k].lower.slice(0, -1)] ?? ORG_LEADS[t[lead].lower] ?? null;
    if (from > a) {
      // What comes before is a name of its own ("Lisa Hsiao"), the "of (the)" dropped.
      let end = from - 1;
      if (t[end].lower === 'the') end--;
      segmentPart(ctx, run, a, end);
    }
    const name = doc.text.slice(t[from].start, t[k].end - 1);
    add(ctx, { type: 'organization', a: from, b: k + 1, rule: 'organization.possessive-owner', subtype, priority: PRIORITY.head, name });
    segmentPart(ctx, run, k + 1, b);
    return;
  }

  const cls = classifyName(doc, a, b);
  if (cls) {
    addClassified(ctx, run, a, b, cls);
    return;
  }
  // "Lisa Hsiao of the Civil Divisions Consumer Protection Branch": a name, then its organization.
  for (let k = a + 1; k < b - 1; k++) {
    if (t[k].lower !== 'of' && t[k].lower !== 'for') continue;
    const right = k + 1 + (t[k + 1].lower === 'the' ? 1 : 0);
    const rightClass = right < b ? classifyName(doc, right, b) : null;
    const givenName = inCompromise('firstName', t[a].lower) && k - a >= 2;
    if (((rightClass && rightClass.type !== 'event') || givenName) && personShaped(doc, a, k)) {
      segmentPart(ctx, run, a, k);
      segmentPart(ctx, run, right, b);
      return;
    }
  }
  // A name that ends in a person ("Acme Robotics CEO" handled above); try splitting off a
  // trailing person whose given name is known ("… Crime Darlene Hutchinson").
  contextual(ctx, run, a, b);
}

/** Does the text of tokens [a, b) occur again outside their sentence? */
function repeatedOutside(doc: Document, a: number, b: number): boolean {
  const t = doc.tokens;
  const s = doc.sentences[t[a].sentence];
  const needle = doc.text.slice(t[a].start, t[b - 1].end);
  for (let at = doc.text.indexOf(needle); at !== -1; at = doc.text.indexOf(needle, at + 1)) {
    if (at < s.start || at >= s.end) return true;
  }
  return false;
}

/** "United States President", "U.S. Ambassador": the country in front of the office is a place. */
function addTitleCountry(ctx: SegmentContext, title: TitleSpan): void {
  if (COUNTRY_OFFICES.has(title.head)) return;
  const t = ctx.doc.tokens;
  for (const n of [2, 1]) {
    if (title.a + n >= title.b) continue;
    const words = phrase(t, title.a, title.a + n);
    if (!COUNTRY_PREFIXES.includes(words) || /district|court/.test(phrase(t, title.a, title.b))) continue;
    add(ctx, { type: 'place', a: title.a, b: title.a + n, rule: 'place.title-country', subtype: 'country', priority: PRIORITY.context });
    return;
  }
}

/** Tokens before a title: an organization or place the title belongs to ("Northrop Grumman CEO"). */
function segmentPrefix(ctx: SegmentContext, run: Run, a: number, b: number): void {
  const cls = classifyName(ctx.doc, a, b);
  if (cls) return addClassified(ctx, run, a, b, cls);
  if (run.titleCase) return;
  const isPlace = isPlaceName(ctx.doc, a, b);
  if (isPlace) return void add(ctx, { type: 'place', a, b, rule: isPlace.rule, subtype: isPlace.subtype, priority: PRIORITY.lexicon });
  // An unknown name right before a title is its organization ("JSA Research analyst"); an
  // ordinary word ("Former", "Local") is not.
  if (ordinaryWords(ctx.doc, a, b) || personShaped(ctx.doc, a, b) && inCompromise('firstName', ctx.doc.tokens[a].lower)) return;
  add(ctx, { type: 'organization', a, b, rule: 'organization.before-title', subtype: null, priority: PRIORITY.context });
}

function addClassified(ctx: SegmentContext, run: Run, a: number, b: number, cls: NameClass): void {
  const { doc } = ctx;
  const t = doc.tokens;
  if (run.titleCase && cls.strength === 'lexicon' && cls.type !== 'place') return;
  // In a Title Case headline every word is capitalised, so a head word proves little: take the
  // name only if the body repeats it.
  if (run.titleCase && cls.strength !== 'lexicon' && !repeatedOutside(doc, a, b)) return;
  const priority = cls.strength === 'suffix' ? PRIORITY.suffix : cls.strength === 'head' || cls.strength === 'lead' ? PRIORITY.head : cls.strength === 'acronym' ? PRIORITY.acronym : PRIORITY.lexicon;
  if (cls.type === 'event') {
    let start = a;
    let edition: number | undefined;
    const before = t[a - 1];
    if (before && ORDINAL_WORDS[before.lower]) edition = ORDINAL_WORDS[before.lower];
    else if (before && /^\d+(st|nd|rd|th)$/.test(before.lower)) edition = parseInt(before.lower, 10);
    if (ROMAN.test(t[a].text) && b - a >= 2) {
      edition = romanValue(t[a].text);
      start = a + 1;
    }
    add(ctx, { type: 'event', a: start, b, rule: cls.rule, subtype: cls.subtype, priority, edition });
    return;
  }
  const outer = add(ctx, { type: cls.type, a, b, rule: cls.rule, subtype: cls.subtype, priority });
  // A known place opening or closing an organization's name: "Miami Field Office",
  // "Imperial College London".
  if (cls.type === 'organization') {
    for (let end = Math.min(b - 1, a + 3); end > a; end--) {
      const p = isPlaceName(doc, a, end);
      if (p && p.strength === 'lexicon') {
        add(ctx, { type: 'place', a, b: end, rule: 'place.nested', subtype: p.subtype, priority: PRIORITY.context });
        break;
      }
    }
    for (let start = Math.max(a + 1, b - 3); start < b; start++) {
      const p = isPlaceName(doc, start, b);
      if (p && p.strength === 'lexicon' && t[start - 1].lower !== 'of') {
        add(ctx, { type: 'place', a: start, b, rule: 'place.nested', subtype: p.subtype, priority: PRIORITY.context });
        break;
      }
    }
  }
  // Nested places in "of" complements: "… Agency of the Republic of Azerbaijan".
  for (let k = a + 1; k < b - 1; k++) {
    if (t[k].lower !== 'of' && t[k].lower !== 'for' && t[k].lower !== 'in') continue;
    const start = k + 1 + (t[k + 1].lower === 'the' ? 1 : 0);
    for (let end = b; end > start; end--) {
      const inner = isPlaceName(doc, start, end) ?? placeByLeadOrHead(doc, start, end);
      if (inner) {
        const placeCand = add(ctx, { type: 'place', a: start, b: end, rule: 'place.nested', subtype: inner.subtype, priority: PRIORITY.context });
        if (outer.type === 'place') outer.within = placeCand;
        break;
      }
    }
  }
}

function placeByLeadOrHead(doc: Document, a: number, b: number): NameClass | null {
  const c = classifyName(doc, a, b);
  return c && c.type === 'place' ? c : null;
}

/** Names judged by context: "the Hashtrak district", "in Hashtrakhan, Russia", "X said". */
function contextual(ctx: SegmentContext, run: Run, a: number, b: number): void {
  const { doc } = ctx;
  const t = doc.tokens;
  const next = t[b];
  const prev = t[a - 1];
  const prev2 = t[a - 2];
  if (NON_ENTITY_HEADS.has(t[b - 1].lower)) return;
  // "the Hashtrak district", "Cook county"
  if (next && LOWER_PLACE_HEADS.has(next.lower) && next.sentence === t[a].sentence && !isCapitalised(next)) {
    add(ctx, { type: 'place', a, b: b + 1, rule: 'place.name-district', subtype: PLACE_HEADS[next.lower] ?? 'district', priority: PRIORITY.context });
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
    add(ctx, { type: 'place', a, b, rule: 'place.name-districts', subtype: PLACE_HEADS[plural] ?? 'district', priority: PRIORITY.context });
    return;
  }
  // "the province of Hashtrakhan", "the city of Selma"
  if (prev?.lower === 'of' && prev2 && LOWER_PLACE_HEADS_OF.has(prev2.lower)) {
    add(ctx, { type: 'place', a, b, rule: 'place.province-of', subtype: PLACE_HEADS[prev2.lower] ?? 'region', priority: PRIORITY.context });
    return;
  }
  if (run.titleCase) return;
  // "Acme Robotics's CEO": a name owning a title is an organization.
  const owned = ctx.titleAt.get(b + 1);
  if (next?.lower === "'s" && owned && ORG_TITLE_HEADS.has(owned.head) && !inCompromise('firstName', t[a].lower)) {
    add(ctx, { type: 'organization', a, b, rule: 'organization.possessive-title', subtype: null, priority: PRIORITY.context });
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
  if (personShaped(doc, a, b)) {
    const first = t[a];
    const known = (inCompromise('firstName', first.lower) || (b - a >= 3 && inCompromise('firstName', t[a + 1].lower))) && !inCompromise('country', first.lower);
    const evidence = personContext(ctx, a, b);
    if (known && b - a >= 2) {
      add(ctx, { type: 'person', a, b, rule: 'person.given-name', subtype: null, priority: PRIORITY.firstName });
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
  if (prev && LOCATIVE_PREPOSITIONS.has(prev.lower) && b - a <= 3 && !isAcronym(t[a]) && !isDemonym(t[b - 1])) {
    add(ctx, { type: 'place', a, b, rule: 'place.locative', subtype: null, priority: PRIORITY.weak });
    return;
  }
  // An unknown acronym is an organization only in an organization's context: "the OVC",
  // "FEMA officials", "PSP said"; otherwise it may be a disease, a unit or a product (COVID-19, DNA).
  if (b - a === 1 && isAcronym(t[a]) && t[a].text.replace(/\./g, '').length >= 2 && acronymAsOrganization(doc, a)) {
    add(ctx, { type: 'organization', a, b, rule: 'organization.acronym-shape', subtype: null, priority: PRIORITY.weak });
    return;
  }
  if (personShaped(doc, a, b) && nameWordCount(doc, a, b) >= 2 && nameWordCount(doc, a, b) <= 4 && !ordinaryWords(doc, a, b) && !hasPlaceWord(doc, a, b)) {
    add(ctx, { type: 'person', a, b, rule: 'person.shape', subtype: null, priority: PRIORITY.shape });
  }
}

/** Titles that belong to organizations ("Acme's CEO"), unlike "Smith's lawyer". */
const ORG_TITLE_HEADS = new Set(['ceo', 'cfo', 'coo', 'cto', 'president', 'chairman', 'chairwoman', 'chair', 'founder', 'co-founder', 'spokesperson', 'spokesman', 'spokeswoman', 'director', 'executive', 'owner', 'head', 'chief']);

const AREA_NOUNS = new Set(['area', 'neighborhood', 'neighbourhood', 'suburb', 'quarter', 'locality', 'township', 'metropolitan']);
const PLURAL_PLACE_HEADS: Record<string, string> = dict({ counties: 'county', districts: 'district', provinces: 'province', regions: 'region', states: 'state', cities: 'city', oblasts: 'oblast' });

/** "… counties" right after the name, or after "and <Name>": the singular head, else null. */
function pluralPlaceHeadAfter(doc: Document, b: number): string | null {
  const t = doc.tokens;
  let k = b;
  if (t[k]?.lower === 'and' || t[k]?.text === ',') {
    k++;
    while (k < t.length && isCapitalised(t[k])) k++;
  }
  return PLURAL_PLACE_HEADS[t[k]?.lower ?? ''] ?? null;
}

const LOWER_PLACE_HEADS_OF = new Set(['province', 'city', 'town', 'village', 'region', 'state', 'county', 'district', 'republic', 'island', 'kingdom', 'municipality']);

/** Context strong enough for names made of ordinary words ("Bill Weld, the former governor"). */
const STRONG_CONTEXT = new Set(['person.appositive-title', 'person.age', 'person.alias', 'person.copula-title']);

const ORG_CONTEXT_AFTER = new Set(['official', 'officials', 'agent', 'agents', 'spokesman', 'spokeswoman', 'spokesperson', 'said', 'says', 'announced', 'reported', 'investigated', 'director', 'chief', 'chairman', 'officers', 'investigators', 'headquarters', 'staff', 'members', 'employees', 'board']);

function acronymAsOrganization(doc: Document, a: number): boolean {
  const t = doc.tokens;
  const next = t[a + 1];
  // "the SARS outbreak": an acronym modifying a common noun is not an organization.
  if (next && next.pos === 'NOUN' && !/^\p{Lu}/u.test(next.text) && !ORG_CONTEXT_AFTER.has(next.lower)) return false;
  return t[a - 1]?.lower === 'the' || ORG_CONTEXT_AFTER.has(t[a + 1]?.lower ?? '') || t[a + 1]?.lower === "'s" || ['by', 'with', 'from', 'at'].includes(t[a - 1]?.lower ?? '') && ORG_CONTEXT_AFTER.has(t[a + 1]?.lower ?? '');
}

/** Evidence from around the name that it is a person; returns the rule name. */
function personContext(ctx: SegmentContext, a: number, b: number): string | null {
  const { doc } = ctx;
  const t = doc.tokens;
  const next = t[b];
  const prev = t[a - 1];
  // A lone word next to "said" must look like a name, not "Officials said".
  const nameLike = b - a >= 2 || (t[a].pos === 'PROPN' && !inCompromise('common', t[a].lower) && prev?.lower !== 'the');
  if (nameLike && next && SPEECH_VERBS.has(next.lower) && next.sentence === t[a].sentence) return 'person.speaker';
  if (nameLike && prev && INVERTED_SPEECH_VERBS.has(prev.lower)) return 'person.speaker';
  if (next?.text === ',') {
    const after = t[b + 1];
    if (after && /^\d{1,3}$/.test(after.text) && t[b + 2]?.text === ',') return 'person.age';
    if (after?.lower === 'who') return 'person.who';
    // "Bill Weld, the former governor of Massachusetts", "Daniel Paluh, a Ph.D. candidate"
    let k = b + 1;
    if (['the', 'a', 'an'].includes(t[k]?.lower ?? '')) k++;
    while (['former', 'then', 'current', 'longtime', 'retired', 'acting'].includes(t[k]?.lower ?? '')) k++;
    for (let j = k; j < Math.min(k + 4, t.length); j++) if (ctx.titleCovering.get(j)) return 'person.appositive-title';
  }
  // "Lustyik was an FBI special agent", "Dana Whitcombe is the CEO of …"
  if (next && ['is', 'was'].includes(next.lower)) {
    let k = b + 1;
    if (['the', 'a', 'an'].includes(t[k]?.lower ?? '')) k++;
    for (let n = 0; n < 3 && isCapitalised(t[k]) && !ctx.titleCovering.get(k); n++) k++;
    if (ctx.titleCovering.get(k)) return 'person.copula-title';
  }
  // "aka Caesar", "also known as …"
  if (prev?.lower === 'aka' || (prev?.lower === 'as' && t[a - 2]?.lower === 'known')) return 'person.alias';
  if (prev?.lower === 'after' && t[a - 2]?.lower === 'named') return 'person.named-after';
  return null;
}

/**
 * "Departments", "FBIs", "CPSCs": a word that is an organization head or an acronym plus an
 * "s" that stands for a lost "'s". Returns what kind of owner, or null.
 */
function isKnownPlaceWord(lower: string): boolean {
  return inCompromise('country', lower) || inCompromise('region', lower) || inCompromise('city', lower);
}

function lostPossessiveOwner(w: Token): 'head' | 'acronym' | 'stem' | 'place' | null {
  if (!/s$/.test(w.text) || w.text.length < 4) return null;
  const stem = w.text.slice(0, -1);
  if (/^[\p{Lu}]{2,}$/u.test(stem)) return 'acronym';
  if (isKnownPlaceWord(stem.toLowerCase())) return 'place';
  if (ORG_HEADS[stem.toLowerCase()] && /^\p{Lu}\p{Ll}+$/u.test(stem)) return 'head';
  // "Department of Justices Office of …": the last word of a "Department of X" name.
  if (/^\p{Lu}\p{Ll}+$/u.test(stem) && !/ss$/.test(w.text)) return 'stem';
  return null;
}

/** A word that heads a name of an organization, place or event ("Office", "District", "Forum"). */
function isNameHead(t: Token): boolean {
  const singular = t.lower.replace(/(ie)?s$/, (m) => (m === 'ies' ? 'y' : ''));
  return [t.lower, singular].some((w) => ORG_HEADS[w] !== undefined || PLACE_HEADS[w] !== undefined || EVENT_HEADS[w] !== undefined || NON_ENTITY_HEADS.has(w));
}

/** "Republican Iowa", "Greater Manchester": a word of the name is a known place or demonym. */
function hasPlaceWord(doc: Document, a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const w = doc.tokens[k].lower;
    if (inCompromise('firstName', w)) continue;
    if (isPlaceName(doc, k, k + 1) || inCompromise('demonym', w)) return true;
  }
  return false;
}

/** A given name from the lexicon, or two or more words: enough to trust a weak title before it. */
function hasNameEvidence(doc: Document, a: number, b: number): boolean {
  return inCompromise('firstName', doc.tokens[a].lower) || (b - a >= 2 && !ordinaryWords(doc, a, b));
}

/**
 * Every word is an ordinary English word ("Amended Complaint", "Consumer Product Safety"), and
 * the first is not a known given name: not a person's name without stronger evidence.
 */
function ordinaryWords(doc: Document, a: number, b: number): boolean {
  const t = doc.tokens;
  if (inCompromise('firstName', t[a].lower)) return false;
  for (let k = a; k < b; k++) {
    const w = t[k];
    if (isInitial(w) || NAME_PARTICLES.has(w.lower) || w.text === '-') continue;
    if (!w.known && !inCompromise('common', w.lower)) return false;
  }
  return true;
}

/** Is [a, b) shaped like a personal name: capitalised words, initials, particles, suffixes? */
export function personShaped(doc: Document, a: number, b: number): boolean {
  const t = doc.tokens;
  if (nameWordCount(doc, a, b) > 5) return false;
  if (!/\p{Ll}/u.test(t[a].text) && !isInitial(t[a])) return false;
  if (inCompromise('common', t[a].lower) && !inCompromise('firstName', t[a].lower) && !inCompromise('lastName', t[a].lower) && t[a].pos !== 'PROPN') return false;
  for (let k = a; k < b; k++) {
    const w = t[k];
    if (isInitial(w) || NAME_SUFFIXES.has(w.lower)) continue;
    if (NAME_PARTICLES.has(w.lower) && k > a && k < b - 1) continue;
    if (/^[a-z]{1,4}$/.test(w.text) && t[k + 1]?.text === '-' && !t[k + 1].spaceBefore && k > a && k < b - 2) continue;
    if (w.text === '-' && !w.spaceBefore) continue;
    if (!/^\p{Lu}[\p{Ll}\p{M}'’]+(?:[-'’]\p{Lu}?[\p{Ll}\p{M}]+)*$/u.test(w.text) && !/^(Mc|Mac|O'|D')\p{Lu}/u.test(w.text)) return false;
  }
  return true;
}

/** Words of a name, counting "al-Turki" and "Ñúñez-García" as one. */
function nameWordCount(doc: Document, a: number, b: number): number {
  let n = 0;
  for (let k = a; k < b; k++) if (doc.tokens[k].text !== '-' && !(doc.tokens[k - 1]?.text === '-' && !doc.tokens[k].spaceBefore && k > a)) n++;
  return n;
}

/** Where a person's name that starts at a ends inside [a, b): stop at "of"/"for" or non-name words. */
function personEnd(doc: Document, a: number, b: number): number {
  const t = doc.tokens;
  let end = a;
  while (end < b) {
    const w = t[end];
    if (w.lower === 'of' || w.lower === 'for' || w.lower === 'and' || w.lower === 'on') break;
    // "Jeff Sessions Announces …" in a headline: a verb form ends the name.
    if (end > a && inCompromise('verbForm', w.lower) && !inCompromise('firstName', w.lower) && !inCompromise('lastName', w.lower)) break;
    end++;
  }
  while (end > a && !personShaped(doc, a, end)) end--;
  return end;
}

/** "… Office for Victims of Crime Darlene Hutchinson": start of a trailing known-given-name person. */
function trailingPersonStart(doc: Document, a: number, b: number): number {
  const t = doc.tokens;
  for (let k = Math.max(a + 1, b - 4); k < b - 1; k++) {
    const nameStart = inCompromise('firstName', t[k].lower) || (isInitial(t[k + 1]) && k + 2 < b);
    if (nameStart && personShaped(doc, k, b) && !['of', 'for', 'the'].includes(t[k - 1].lower)) return k;
  }
  return a;
}

/** End of the capitalised run starting at i (for "X, Russia"). */
function runEndAt(doc: Document, i: number): number {
  const t = doc.tokens;
  let j = i;
  while (j < t.length && isCapitalised(t[j]) && t[j].sentence === t[i].sentence) j++;
  return j;
}

function romanValue(s: string): number {
  const v: Record<string, number> = dict({ I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 });
  let total = 0;
  for (let k = 0; k < s.length; k++) {
    const cur = v[s[k]];
    const nxt = v[s[k + 1]] ?? 0;
    total += cur < nxt ? -cur : cur;
  }
  return total;
}

export { phrase };
export type { Token };
