/**
 * Short forms joined to their full names: "Ismailov" / "Mr. Ismailov" → "Alejandro Ismailov";
 * "FBI" after "Federal Bureau of Investigation (FBI)"; "Justice Department" = "Department of
 * Justice"; "the Forum" → the last named forum. Two people who share a family name stay apart:
 * a short form goes to the nearest full name before it.
 */
import type { Document } from '../document/tokenize.js';
import type { Run } from '../kinds/name-runs.js';
import type { EntityDraft, MentionDraft } from './entities.js';
import { spanText } from './entities.js';
import { isAcronym } from '../kinds/token-tests.js';
import { isPlaceName } from '../kinds/classify-name.js';
import { isModelCode } from '../kinds/organization/product-names.js';
import { NAME_SUFFIXES } from '../lexicon/name-particles.js';

function merge(into: EntityDraft, from: EntityDraft, short: boolean): void {
  if (into === from) return;
  for (const m of from.mentions) into.mentions.push({ ...m, short: m.short || short });
  into.subtype ??= from.subtype;
  into.edition ??= from.edition;
  into.within ??= from.within;
  from.mentions = [];
}

const wordsMemo = new WeakMap<MentionDraft, string[]>();

/** The name words of a mention, without suffixes ("George L. Beck Jr." → George, L., Beck). */
function words(doc: Document, m: MentionDraft): string[] {
  let out = wordsMemo.get(m);
  if (!out) wordsMemo.set(m, (out = nameWords(doc, m)));
  return out;
}

function nameWords(doc: Document, m: MentionDraft): string[] {
  const out: string[] = [];
  for (let k = m.a; k < m.b; k++) {
    const t = doc.tokens[k];
    if (/^\p{L}/u.test(t.text) && !NAME_SUFFIXES.has(t.lower)) out.push(t.text);
  }
  return out;
}

/** Multi-word person mentions by their first and by their last word, in text order. */
type NameIndex = Map<string, { a: number; person: EntityDraft }[]>;

function indexNames(doc: Document, people: EntityDraft[]): NameIndex {
  const index: NameIndex = new Map();
  for (const p of people) {
    for (const m of p.mentions) {
      const w = words(doc, m);
      if (w.length < 2) continue;
      for (const word of w[0] === w[w.length - 1] ? [w[0]] : [w[0], w[w.length - 1]]) {
        const list = index.get(word);
        if (list) list.push({ a: m.a, person: p });
        else index.set(word, [{ a: m.a, person: p }]);
      }
    }
  }
  for (const list of index.values()) list.sort((x, y) => x.a - y.a);
  return index;
}

/** The multi-word person nearest before token i (or the first after) that has this word. */
function nearestPerson(index: NameIndex, word: string, i: number, except: EntityDraft | null): EntityDraft | null {
  const list = index.get(word);
  if (!list) return null;
  const lo = countBefore(list, i);
  for (let k = lo - 1; k >= 0; k--) if (list[k].person !== except) return list[k].person;
  for (let k = lo; k < list.length; k++) if (list[k].person !== except) return list[k].person;
  return null;
}

export function corefPeople(doc: Document, drafts: EntityDraft[]): void {
  const people = drafts.filter((d) => d.type === 'person');
  // Same first and last word: "Joye Frost" = "Joye E. Frost" (all join the first told).
  const byEnds = new Map<string, EntityDraft>();
  for (const p of people) {
    if (!p.mentions.length) continue;
    const w = words(doc, p.mentions[0]);
    if (w.length < 2) continue;
    const key = `${w[0]}\u0000${w[w.length - 1]}`;
    const first = byEnds.get(key);
    if (first) merge(first, p, false);
    else byEnds.set(key, p);
  }
  // "Rizve Ahmed, aka Caesar": the alias joins the person named just before it.
  for (const p of people) {
    for (const m of p.mentions) {
      if (m.rule !== 'person.alias') continue;
      const t = doc.tokens;
      let k = m.a - 1;
      while (k >= 0 && ['aka', 'as', 'known', 'also', ',', '"', '“', '(', 'a.k.a.'].includes(t[k].lower)) k--;
      const owner = people.find((q) => q !== p && q.mentions.some((x) => x.b === k + 1));
      if (owner) {
        merge(owner, p, true);
        break;
      }
    }
  }
  // One-word people: the nearest full name with that word.
  const index = indexNames(doc, people);
  for (const p of people) {
    if (!p.mentions.length) continue;
    if (p.mentions.some((m) => words(doc, m).length >= 2)) continue;
    const m = p.mentions[0];
    const word = words(doc, m)[0] ?? '';
    // "President Trumps administration": a possessive whose apostrophe the source lost.
    const target = nearestPerson(index, word, m.a, p) ?? (word.endsWith('s') ? nearestPerson(index, word.slice(0, -1), m.a, p) : null);
    if (target) merge(target, p, true);
    else for (const x of p.mentions) x.short = false;
  }
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
    if (!p.mentions.every((m) => m.rule === 'person.shape')) continue;
    const target = repeats.get(spanText(doc, p.mentions[0].a, p.mentions[0].b));
    if (!target) continue;
    for (const m of p.mentions) target.mentions.push({ a: m.a, b: m.b, rule: `${target.type}.repeat`, short: true });
    p.mentions = [];
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
      const person = nameWords.has(t.text) && doc.tokens[k - 1]?.lower !== 'the' ? nearestPerson(index, t.text, k, null) : null;
      if (person && (k + 1 >= r.b || covered[k + 1] || !/^\p{Lu}/u.test(doc.tokens[k + 1].text))) {
        person.mentions.push({ a: k, b: k + 1, rule: 'person.short-form', short: true });
        covered[k] = 1;
        continue;
      }
      // "the Forum", "the Agency": the head word of the last named event or organization.
      if (doc.tokens[k - 1]?.lower === 'the' && r.b - r.a === 1) {
        const target = lastWithHead(heads, t.lower, k);
        if (target) {
          target.mentions.push({ a: k - 1 + 1, b: k + 1, rule: `${target.type}.head-reference`, short: true });
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
        const b = m.b - 1;
        const first = doc.tokens[a];
        const ordinary = b - a === 1 && (first.known || isAcronym(first));
        if (!ordinary && !isPlaceName(doc, a, b) && /^\p{Lu}/u.test(doc.tokens[b - 1].text)) {
          const short = spanText(doc, a, b);
          if (!out.has(short)) out.set(short, d);
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
    if (target && !(e === r.b && isModelCode(doc.tokens[e]?.text ?? ''))) {
      target.mentions.push({ a: k, b: e, rule: `${target.type}.repeat`, short: true });
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

/** How many entries of a list sorted by token position start before token i (binary search). */
function countBefore(list: { a: number }[], i: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].a < i) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** "Federal Bureau of Investigation (FBI)", "EADS" for "European Aeronautic Defence and Space". */
export function corefAcronyms(doc: Document, drafts: EntityDraft[]): void {
  const orgs = drafts.filter((d) => d.type === 'organization' || d.type === 'place' || d.type === 'event');
  const t = doc.tokens;
  const defined = new Map<string, EntityDraft>();
  for (const d of orgs) {
    for (const m of d.mentions) {
      if (t[m.b]?.text === '(' && isAcronym(t[m.b + 1]) && t[m.b + 2]?.text === ')') defined.set(t[m.b + 1].text, d);
    }
  }
  // Every other use of a defined acronym ("… N.V. (EADS) … EADS shares rose") is a mention.
  if (defined.size) {
    const covered = new Uint8Array(t.length);
    for (const d of drafts) for (const m of d.mentions) for (let k = m.a; k < m.b; k++) covered[k] = 1;
    for (let k = 0; k < t.length; k++) {
      const owner = !covered[k] ? defined.get(t[k].text) : undefined;
      if (owner) owner.mentions.push({ a: k, b: k + 1, rule: 'organization.acronym-defined', short: true });
    }
  }
  // Organizations by the initials of their longest name, in list order.
  const byInitials = new Map<string, EntityDraft[]>();
  for (const o of orgs) {
    const initials = initialsOf(doc, o);
    const list = byInitials.get(initials);
    if (list) list.push(o);
    else byInitials.set(initials, [o]);
  }
  for (const d of orgs) {
    if (!d.mentions.length) continue;
    const text = spanText(doc, d.mentions[0].a, d.mentions[0].b);
    if (!/^[\p{Lu}.&]+$/u.test(text.replace(/\s/g, ''))) continue;
    const target = defined.get(text) ?? byInitials.get(text.replace(/\./g, ''))?.find((o) => o !== d && o.mentions.length && o.type === d.type);
    if (target && target !== d) merge(target, d, true);
  }
  // "Justice Department" = "Department of Justice"
  const byKey = new Map<string, EntityDraft>();
  for (const d of orgs) if (d.mentions.length) byKey.set(d.key, d);
  for (const d of orgs) {
    if (!d.mentions.length) continue;
    // "the Department of Justices work" (an apostrophe lost in the scrape) is "Department of
    // Justice" when the text also names it without the s.
    const owner = d.type === 'organization' && d.key.endsWith('s') ? byKey.get(d.key.slice(0, -1)) : undefined;
    if (owner && owner !== d && owner.mentions.length) {
      merge(owner, d, true);
      continue;
    }
    const m = /^organization:(\w+) (department|ministry|bureau|agency)$/.exec(d.key);
    if (!m) continue;
    const other = byKey.get(`organization:${m[2]} of ${m[1]}`);
    if (other && other !== d) merge(other, d, false);
  }
}

function initialsOf(doc: Document, d: EntityDraft): string {
  let best = '';
  for (const m of d.mentions) {
    let s = '';
    for (let k = m.a; k < m.b; k++) if (/^\p{Lu}/u.test(doc.tokens[k].text)) s += doc.tokens[k].text[0];
    if (s.length > best.length) best = s;
  }
  return best;
}
