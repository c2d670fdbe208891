/**
 * People told more than one way: "Joye Frost" = "Joye E. Frost"; "Rizve Ahmed, aka Caesar";
 * a one-word person ("Ismailov", "Mr. Ismailov") joins the nearest full name with that word, so
 * two people who share a family name stay apart. Later bare mentions are found in
 * short-mentions.ts, acronyms and other organization forms in acronyms.ts.
 */
import type { Document } from '../document/tokenize.js';
import type { EntityDraft } from './entities.js';
import { isLostPossessiveSurname } from '../kinds/person/person-shape.js';
import { merge, words, indexNames, nearestPerson } from './name-index.js';

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
  // "John Luk" = "John Luk Jok": a two-word name that opens exactly one longer name.
  const longer = people.filter((p) => p.mentions.length && words(doc, p.mentions[0]).length >= 3);
  for (const p of people) {
    if (!p.mentions.length) continue;
    const w = words(doc, p.mentions[0]);
    if (w.length !== 2) continue;
    const opened = longer.filter((q) => {
      if (q === p || !q.mentions.length) return false;
      const qw = words(doc, q.mentions[0]);
      return qw[0] === w[0] && qw[1] === w[1];
    });
    if (opened.length === 1) merge(opened[0], p, true);
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
  // "Phil Keiths office", "New Jerseys governor": a possessive whose apostrophe the source lost,
  // told as a person of its own. It joins the person, place or organization named the same
  // without the "s", as a short form (the name stays the one without it).
  joinLostPossessives(doc, drafts, people);
}

function joinLostPossessives(doc: Document, drafts: EntityDraft[], people: EntityDraft[]): void {
  let byName: Map<string, EntityDraft> | null = null;
  for (const p of people) {
    if (!p.mentions.length) continue;
    const w = words(doc, p.mentions[0]);
    const last = w[w.length - 1];
    if (last === undefined || last.length < 3 || !last.endsWith('s')) continue;
    if (!byName) {
      byName = new Map();
      for (const d of drafts) {
        if (!d.mentions.length) continue;
        const name = words(doc, d.mentions[0]).join(' ');
        if (!byName.has(name)) byName.set(name, d);
      }
    }
    const owner = byName.get(w.length === 1 ? last.slice(0, -1) : `${w.slice(0, -1).join(' ')} ${last.slice(0, -1)}`);
    if (owner && owner !== p && owner.mentions.length) merge(owner, p, true);
    // "President Obamas administration" with no bare "Obama" in the text: a known family name
    // with an "s" that is no family name of its own ("Williams", "Roberts" are) is named without it.
    else if (w.length === 1 && isLostPossessiveSurname(last.toLowerCase())) {
      for (const m of p.mentions) if (m.candidate) m.candidate.name = last.slice(0, -1);
    }
  }
}

