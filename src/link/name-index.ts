/** Shared by the coreference rules: merging drafts, the name words of a mention, and indexes of names by word. */
import type { Document } from '../document/tokenize.js';
import { mentionDraft, type EntityDraft, type MentionDraft } from './entities.js';
import { NAME_SUFFIXES } from '../lexicon/name-particles.js';

export function merge(into: EntityDraft, from: EntityDraft, short: boolean): void {
  if (into === from) return;
  for (const m of from.mentions) into.mentions.push(mentionDraft(m.a, m.b, m.rule, m.short || short, m.candidate, m.descriptive));
  into.subtype ??= from.subtype;
  into.edition ??= from.edition;
  into.within ??= from.within;
  // Emptied in place: a fresh [] is an array of another kind to V8 (small integers), and code
  // reading mention lists would be compiled again for it.
  from.mentions.length = 0;
}

const wordsMemo = new WeakMap<MentionDraft, string[]>();

/** The name words of a mention, without suffixes ("George L. Beck Jr." → George, L., Beck). */
export function words(doc: Document, m: MentionDraft): string[] {
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
export type NameIndex = Map<string, { a: number; person: EntityDraft }[]>;

export function indexNames(doc: Document, people: EntityDraft[]): NameIndex {
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
export function nearestPerson(index: NameIndex, word: string, i: number, except: EntityDraft | null): EntityDraft | null {
  const list = index.get(word);
  if (!list) return null;
  const lo = countBefore(list, i);
  for (let k = lo - 1; k >= 0; k--) if (list[k].person !== except) return list[k].person;
  for (let k = lo; k < list.length; k++) if (list[k].person !== except) return list[k].person;
  return null;
}

/** How many entries of a list sorted by token position start before token i (binary search). */
export function countBefore(list: { a: number }[], i: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].a < i) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
