/**
 * Later mentions no finder claimed: a lone family or given name of a known person, a bare
 * repeat of an organization, place or event named with evidence (or a company's name without
 * its company word), and "the Forum", "the Agency" for the last named event or organization.
 */
import { isKnownWord, type Document } from '../document/tokenize.js';
import type { Run } from '../kinds/name-runs.js';
import type { EntityDraft } from './entities.js';
import { spanText, mentionDraft } from './entities.js';
import { isAcronym } from '../kinds/token-tests.js';
import { isPlaceName } from '../kinds/classify-name.js';
import { isModelCode } from '../kinds/organization/product-names.js';
import { words, indexNames, nearestPerson, countBefore } from './name-index.js';
import { ORG_SUFFIXES, ORG_HEADS } from '../lexicon/organizations.js';
import { tokenAt } from '../document/token-at.js';

/**
 * Context that makes a lone word a person ("Altria claimed", "Acme, who"), which a company
 * named with evidence under that word outweighs.
 */
const CONTEXT_ONLY = new Set(['person.speaker', 'person.who']);

/** A legal suffix or a company's head word ("Inc.", "Group", "Holdings"). */
function isCompanyWord(lower: string): boolean {
  return ORG_SUFFIXES.has(lower) || ORG_HEADS.get(lower) === 'company';
}

/** Capitalised words no rule claimed that repeat a known name: "Ismailov spoke", "the Forum". */
export function findShortMentions(doc: Document, drafts: EntityDraft[], runs: Run[]): void {
  const covered = new Uint8Array(doc.tokens.length);
  for (const d of drafts) for (const m of d.mentions) for (let k = m.a; k < m.b; k++) covered[k] = 1;
  const people = drafts.filter((d) => d.type === 'person' && d.mentions.length);
  // Words that are the first or last word of a multi-word person name.
  const nameWords = new Set<string>();
  for (const p of people) {
    for (const m of p.mentions) {
      const w = words(doc, m);
      if (w.length >= 2) {
        nameWords.add(w[0]);
        nameWords.add(w[w.length - 1]);
      }
    }
  }
  const named = drafts.filter((d) => (d.type === 'event' || d.type === 'organization') && d.mentions.length);
  const repeats = repeatableNames(doc, drafts, nameWords);
  // "Irish national airline Aer Lingus … Aer Lingus": a name that only its shape made a person
  // is the organization or place found with evidence under the same name.
  for (const p of people) {
    if (!p.mentions.every((m) => m.rule === 'person.shape' || (m.b - m.a === 1 && CONTEXT_ONLY.has(m.rule)))) continue;
    const target = repeats.get(spanText(doc, p.mentions[0].a, p.mentions[0].b));
    if (!target) continue;
    for (const m of p.mentions) target.mentions.push(mentionDraft(m.a, m.b, `${target.type}.repeat`, true));
    p.mentions.length = 0; // in place, as in merge()
  }
  const index = indexNames(doc, people);
  const heads = indexHeads(doc, named);
  for (const r of runs) {
    repeatedNames(doc, r, covered, repeats);
    for (let k = r.a; k < r.b; k++) {
      if (covered[k]) continue;
      const t = doc.tokens[k];
      // A lone family or given name of a known person.
      // "the first Air" is not a person's short form.
      const person = nameWords.has(t.text) && tokenAt(doc.tokens, k - 1).lower !== 'the' ? nearestPerson(index, t.text, k, null) : null;
      if (person && (k + 1 >= r.b || covered[k + 1] || !/^\p{Lu}/u.test(doc.tokens[k + 1].text))) {
        person.mentions.push(mentionDraft(k, k + 1, 'person.short-form', true));
        covered[k] = 1;
        continue;
      }
      // "the Forum", "the Agency": the head word of the last named event or organization.
      if (tokenAt(doc.tokens, k - 1).lower === 'the' && r.b - r.a === 1) {
        const target = lastWithHead(heads, t.lower, k);
        if (target) {
          target.mentions.push(mentionDraft(k, k + 1, `${target.type}.head-reference`, true));
          covered[k] = 1;
        }
      }
    }
  }
}

/**
 * Names an organization, place or event is known by, for finding its later bare mentions:
 * every form found with evidence ("German airline Lufthansa" … "Lufthansa"), and a company's
 * name without its company word ("China Eastern Airlines" … "China Eastern", "Apple Computer"
 * … "Apple", "Northrop Grumman" … "Northrop") unless that shorter form is a place or an
 * ordinary word.
 */
const WEAK_RULES = new Set(['place.locative', 'organization.acronym-shape']);

function repeatableNames(doc: Document, drafts: EntityDraft[], nameWords: Set<string>): Map<string, EntityDraft> {
  const out = new Map<string, EntityDraft>();
  for (const d of drafts) {
    if (d.type === 'person' || !d.mentions.length) continue;
    for (const m of d.mentions) {
      // Weak evidence ("in X", a lone acronym) is not spread to other mentions.
      if (m.short || WEAK_RULES.has(m.rule)) continue;
      const text = spanText(doc, m.a, m.b);
      if (nameWords.has(text)) continue;
      if (!out.has(text)) out.set(text, d);
      if (d.type === 'organization' && d.subtype === 'company' && m.b - m.a >= 2) {
        const a = m.a;
        const first = doc.tokens[a];
        // After a legal suffix ("Path Inc." … "Path") even an ordinary word is the company's name.
        const legal = ORG_SUFFIXES.has(doc.tokens[m.b - 1].lower);
        // The last word goes, then any company word or legal suffix before it ("Altria Group
        // Inc." … "Altria Group", "Altria").
        for (let b = m.b - 1; b > a; b--) {
          const ordinary = b - a === 1 && (isKnownWord(first) || isAcronym(first)) && !legal;
          if (!ordinary && !isPlaceName(doc, a, b) && /^\p{Lu}/u.test(doc.tokens[b - 1].text)) {
            const short = spanText(doc, a, b);
            if (!out.has(short)) out.set(short, d);
          }
          if (!isCompanyWord(doc.tokens[b - 1].lower)) break;
        }
      }
    }
  }
  return out;
}

/** Maximal uncovered stretches of run r that spell a name in `names`: later mentions. */
function repeatedNames(doc: Document, r: Run, covered: Uint8Array, names: Map<string, EntityDraft>): void {
  if (!names.size) return;
  let k = r.a;
  while (k < r.b) {
    if (covered[k]) {
      k++;
      continue;
    }
    let e = k;
    while (e < r.b && !covered[e]) e++;
    const target = names.get(spanText(doc, k, e));
    if (target && !(e === r.b && isModelCode(tokenAt(doc.tokens, e).text))) {
      target.mentions.push(mentionDraft(k, e, `${target.type}.repeat`, true));
      for (let j = k; j < e; j++) covered[j] = 1;
    }
    k = e;
  }
}

/** Words of the multi-word names of events and organizations, for "the Forum" → its name. */
function indexHeads(doc: Document, drafts: EntityDraft[]): Map<string, { a: number; draft: EntityDraft }[]> {
  const index = new Map<string, { a: number; draft: EntityDraft }[]>();
  for (const d of drafts) {
    for (const m of d.mentions) {
      if (m.short) continue;
      const text = spanText(doc, m.a, m.b).toLowerCase().split(/\s+/);
      if (text.length < 2) continue;
      for (const w of new Set(text)) {
        const list = index.get(w);
        if (list) list.push({ a: m.a, draft: d });
        else index.set(w, [{ a: m.a, draft: d }]);
      }
    }
  }
  for (const list of index.values()) list.sort((x, y) => x.a - y.a);
  return index;
}

/** The event or organization whose name, told last before token `before`, has this word. */
function lastWithHead(index: Map<string, { a: number; draft: EntityDraft }[]>, head: string, before: number): EntityDraft | null {
  const list = index.get(head);
  if (!list) return null;
  const lo = countBefore(list, before);
  return lo > 0 ? list[lo - 1].draft : null;
}
