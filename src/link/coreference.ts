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
import { inCompromise } from '../lexicon/compromise.js';
import { NAME_PARTICLES } from '../lexicon/name-particles.js';

export function corefPeople(doc: Document, drafts: EntityDraft[]): void {
  const people = drafts.filter((d) => d.type === 'person');
  // Same first and last word: "Joye Frost" = "Joye E. Frost" (all join the first told).
  const byEnds = new Map<string, EntityDraft>();
  for (const p of people) {
    if (!p.mentions.length) continue;
    const w = words(doc, p.mentions[0]);
    if (w.length < 2) continue;
    const key = pairKey(w[0], w[w.length - 1]);
    const first = byEnds.get(key);
    if (first) merge(first, p, false);
    else byEnds.set(key, p);
  }
  // "John Luk" = "John Luk Jok": a two-word name that opens exactly one longer name. The longer
  // names are indexed by their first two words (a long text has thousands of people); merging a
  // two-word name into one never empties a longer one, so the index stays true through the loop.
  const longerByOpening = longerNamesBy(doc, people, (w) => pairKey(w[0], w[1]));
  // "La Riva" = "Gloria La Riva": a family name of two words, a particle first, that ends
  // exactly one longer name.
  const longerByParticleEnding = longerNamesBy(doc, people, (w) => (NAME_PARTICLES.has(w[w.length - 2].toLowerCase()) ? pairKey(w[w.length - 2], w[w.length - 1]) : null));
  for (const p of people) {
    if (!p.mentions.length) continue;
    const w = words(doc, p.mentions[0]);
    if (w.length !== 2) continue;
    const key = pairKey(w[0], w[1]);
    const opened = longerByOpening.get(key);
    const ended = longerByParticleEnding.get(key);
    if (opened?.length === 1) merge(opened[0], p, true);
    else if (ended?.length === 1 && !opened) merge(ended[0], p, true);
  }
  // "Rizve Ahmed, aka Caesar": the alias joins the person named just before it.
  joinAliases(doc, people);
  // One-word people: the nearest full name with that word.
  const index = indexNames(doc, people);
  for (const p of people) {
    if (!p.mentions.length) continue;
    if (p.mentions.some((m) => words(doc, m).length >= 2)) continue;
    const m = p.mentions[0];
    const word = words(doc, m)[0] ?? '';
    // "President Trumps administration", "Xis visit": a possessive whose apostrophe the source
    // lost. Not a known name of its own ("Judge Williams" is not William Smith).
    const target = nearestPerson(index, word, m.a, p) ?? (word.endsWith('s') && !isKnownName(word) ? nearestPerson(index, word.slice(0, -1), m.a, p) : null);
    if (target) merge(target, p, true);
    else for (const x of p.mentions) x.short = false;
  }
  // "Phil Keiths office", "New Jerseys governor": a possessive whose apostrophe the source lost,
  // told as a person of its own. It joins the person, place or organization named the same
  // without the "s", as a short form (the name stays the one without it).
  joinLostPossessives(doc, drafts, people);
}

/**
 * "Rizve Ahmed, aka Caesar": an alias joins the first person (in the list's order) with a mention
 * ending just before the alias words. People are found by where their mentions end, an index
 * kept true as mentions move, not by reading every person for every alias (an indictment can
 * list dozens of aliases among hundreds of names).
 */
function joinAliases(doc: Document, people: EntityDraft[]): void {
  if (!people.some((p) => p.mentions.some((m) => m.rule === 'person.alias'))) return;
  const order = new Map<EntityDraft, number>();
  const endingAt = new Map<number, EntityDraft[]>();
  const note = (end: number, q: EntityDraft) => {
    const list = endingAt.get(end);
    if (!list) endingAt.set(end, [q]);
    else if (!list.includes(q)) list.push(q);
  };
  people.forEach((q, n) => {
    order.set(q, n);
    for (const x of q.mentions) note(x.b, q);
  });
  const t = doc.tokens;
  for (const p of people) {
    for (const m of p.mentions) {
      if (m.rule !== 'person.alias') continue;
      let k = m.a - 1;
      while (k >= 0 && ['aka', 'as', 'known', 'also', ',', '"', '“', '(', 'a.k.a.'].includes(t[k].lower)) k--;
      let owner: EntityDraft | null = null;
      for (const q of endingAt.get(k + 1) ?? []) {
        if (q === p || !q.mentions.some((x) => x.b === k + 1)) continue;
        if (!owner || order.get(q)! < order.get(owner)!) owner = q;
      }
      if (owner) {
        for (const x of p.mentions) note(x.b, owner);
        merge(owner, p, true);
        break;
      }
    }
  }
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
      // Every mention's words: "El Bahnasawys" joins "Abdulrahman El Bahnasawy", told "El
      // Bahnasawy" before.
      for (const d of drafts) {
        for (const m of d.mentions) {
          const name = words(doc, m).join(' ');
          if (!byName.has(name)) byName.set(name, d);
        }
      }
    }
    const owner = byName.get(w.length === 1 ? last.slice(0, -1) : `${w.slice(0, -1).join(' ')} ${last.slice(0, -1)}`);
    if (owner && owner !== p && owner.mentions.length) merge(owner, p, true);
    // "President Obamas administration" with no bare "Obama" in the text: a known family name
    // with an "s" that is no family name of its own ("Williams", "Roberts" are) is named without it.
    // So is a name whose stem the text writes elsewhere, as no person ("President Trumps
    // commitment" beside "the Trump Administration").
    else if (w.length === 1 && (isLostPossessiveSurname(last.toLowerCase()) || stemWrittenElsewhere(doc, last))) {
      for (const m of p.mentions) if (m.candidate) m.candidate.name = last.slice(0, -1);
    }
  }
}

function pairKey(first: string, second: string): string {
  return `${first}\u0000${second}`;
}

/** People named with three words or more, by a key of their first mention's words (null: not indexed). */
function longerNamesBy(doc: Document, people: EntityDraft[], keyOf: (w: string[]) => string | null): Map<string, EntityDraft[]> {
  const index = new Map<string, EntityDraft[]>();
  for (const q of people) {
    if (!q.mentions.length) continue;
    const w = words(doc, q.mentions[0]);
    const key = w.length >= 3 ? keyOf(w) : null;
    if (key === null) continue;
    const list = index.get(key);
    if (list) list.push(q);
    else index.set(key, [q]);
  }
  return index;
}

/** Is `word` less its final "s" a capitalised word of the text, and "word" no known name? */
function stemWrittenElsewhere(doc: Document, word: string): boolean {
  if (isKnownName(word)) return false;
  const stem = word.slice(0, -1);
  return doc.tokens.some((t) => t.text === stem);
}

function isKnownName(word: string): boolean {
  const lower = word.toLowerCase();
  return inCompromise('lastName', lower) || inCompromise('firstName', lower);
}
