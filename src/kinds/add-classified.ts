/** Candidates for a name classified by its own words, with what is nested in it. */
import type { Document } from '../document/tokenize.js';
import { PRIORITY } from './candidate.js';
import { classifyName, isPlaceName, type NameClass } from './classify-name.js';
import { ROMAN, romanValue } from './event/edition.js';
import type { Run } from './name-runs.js';
import { type SegmentContext, add } from './segment-context.js';
import { ORDINAL_WORDS } from '../lexicon/event-names.js';
import { DEPARTMENT_LEADS, SINGULAR_DEPARTMENT_SUBJECTS } from '../lexicon/organizations.js';
import { COUNTY_WORDS } from '../lexicon/places.js';
import { isCapitalised } from './token-tests.js';

/** Texts at least this long look a name up where its rarest word is (see repeatedOutside). */
const LONG_TEXT = 100_000;
/** Token indexes by token text, for long texts. */
const tokenIndexesByText = new WeakMap<Document, Map<string, number[]>>();

/** Does the text of tokens [a, b) occur again outside their sentence? */
function repeatedOutside(doc: Document, a: number, b: number): boolean {
  const t = doc.tokens;
  const s = doc.sentences[t[a].sentence];
  const needle = doc.text.slice(t[a].start, t[b - 1].end);
  if (doc.text.length < LONG_TEXT) {
    // Two searches, not one per occurrence: the first occurrence, then any after the sentence.
    const first = doc.text.indexOf(needle);
    if (first !== -1 && first < s.start) return true;
    return doc.text.indexOf(needle, s.end) !== -1;
  }
  // A long text (many releases in one file) has a headline in every release, and a name told
  // nowhere else would be searched for through the whole text each time: look only where the
  // name's rarest word is, at the token where the name would then start.
  let tokensByText = tokenIndexesByText.get(doc);
  if (!tokensByText) {
    tokensByText = new Map();
    for (const tok of t) {
      const list = tokensByText.get(tok.text);
      if (list) list.push(tok.i);
      else tokensByText.set(tok.text, [tok.i]);
    }
    tokenIndexesByText.set(doc, tokensByText);
  }
  let rarest = a;
  for (let k = a + 1; k < b; k++) {
    if (tokensByText.get(t[k].text)!.length < tokensByText.get(t[rarest].text)!.length) rarest = k;
  }
  for (const k of tokensByText.get(t[rarest].text)!) {
    const start = k - (rarest - a);
    if (start >= 0 && t[start].sentence !== t[a].sentence && doc.text.startsWith(needle, t[start].start)) return true;
  }
  return false;
}

/**
 * A name its own words classify (classify-name.ts): the candidate, its edition when it is a
 * numbered event, and the places named inside it ("Miami Field Office", "… of the Republic of
 * Azerbaijan") or the organization in its "of the" complement.
 */
export function addClassified(ctx: SegmentContext, run: Run, a: number, b: number, cls: NameClass): void {
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
    const ordinal = before && ORDINAL_WORDS.get(before.lower);
    if (ordinal) edition = ordinal;
    else if (before && /^\d+(st|nd|rd|th)$/.test(before.lower)) edition = parseInt(before.lower, 10);
    if (ROMAN.test(t[a].text) && b - a >= 2) {
      edition = romanValue(t[a].text);
      start = a + 1;
    }
    add(ctx, { type: 'event', a: start, b, rule: cls.rule, subtype: cls.subtype, priority, edition });
    return;
  }
  const name = cls.type === 'organization' ? nameWithoutLostPossessive(doc, a, b) : undefined;
  const outer = add(ctx, { type: cls.type, a, b, rule: cls.rule, subtype: cls.subtype, priority, name });
  // A known place opening or closing an organization's name: "Miami Field Office",
  // "Imperial College London" (resolve.ts drops those inside a company's name).
  if (cls.type === 'organization') {
    // "Harris County Sheriff's Office", "Orange County District Attorney's Office": a county
    // (parish, borough) opening the name, whether or not its name is a known place.
    const county = countyOpening(doc, a, b);
    if (county > a) add(ctx, { type: 'place', a, b: county, rule: 'place.nested', subtype: 'district', priority: PRIORITY.context });
    for (let end = Math.min(b - 1, a + 3); end > a && county < 0; end--) {
      const p = isPlaceName(doc, a, end);
      if (p && p.strength === 'lexicon') {
        add(ctx, { type: 'place', a, b: end, rule: 'place.nested', subtype: p.subtype, priority: PRIORITY.context });
        break;
      }
    }
    for (let start = Math.max(a + 1, b - 3); start < b; start++) {
      const p = isPlaceName(doc, start, b);
      if (!p || p.strength !== 'lexicon') continue;
      // After "of" the complement loop below takes it; either way no shorter place inside it
      // ("York" in "… District of New York").
      if (t[start - 1].lower !== 'of') add(ctx, { type: 'place', a: start, b, rule: 'place.nested', subtype: p.subtype, priority: PRIORITY.context });
      break;
    }
  }
  // A named organization in the "of" complement of another: "San Antonio Field Office of the
  // Equal Employment Opportunity Commission" also names the Commission.
  if (outer.type === 'organization') {
    for (let k = a + 1; k < b - 1; k++) {
      if (t[k].lower !== 'of' || t[k + 1].lower !== 'the') continue;
      const inner = classifyName(doc, k + 2, b);
      if (inner?.type === 'organization' && (inner.strength === 'head' || inner.strength === 'lead')) {
        add(ctx, { type: 'organization', a: k + 2, b, rule: 'organization.nested', subtype: inner.subtype, priority: PRIORITY.context });
      }
      break;
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

/**
 * "the Department of Justices commitment", "U.S. Department of States list": a department's
 * subject at the end of its name, with the "s" of a possessive whose apostrophe was lost (DOJ's
 * releases lost theirs). The name without it, or undefined. The possessive-owner rule of
 * segment-run.ts takes the case where a unit's name follows ("Department of Justices Office").
 */
function nameWithoutLostPossessive(doc: Document, a: number, b: number): string | undefined {
  const t = doc.tokens;
  const last = t[b - 1];
  if (b - a < 3 || t[b - 2].lower !== 'of' || !DEPARTMENT_LEADS.has(t[b - 3].lower)) return undefined;
  if (!/^\p{Lu}\p{Ll}+s$/u.test(last.text) || !SINGULAR_DEPARTMENT_SUBJECTS.has(last.lower.slice(0, -1))) return undefined;
  return doc.text.slice(t[a].start, last.end - 1);
}

/** One past "X County" at the start of the name a..b when more of the name follows, or -1. */
function countyOpening(doc: Document, a: number, b: number): number {
  const t = doc.tokens;
  for (let k = a + 1; k <= Math.min(b - 2, a + 3); k++) {
    if (COUNTY_WORDS.has(t[k].lower) && isCapitalised(t[k])) return k + 1;
  }
  return -1;
}

function placeByLeadOrHead(doc: Document, a: number, b: number): NameClass | null {
  const c = classifyName(doc, a, b);
  return c && c.type === 'place' ? c : null;
}
