/**
 * From resolved candidates to entities: one entity per person, organization, place or named
 * event, with every mention, the fullest name and the other forms as aliases. Coreference of
 * short forms ("Ismailov", "Mr. Ismailov", "the Forum", "FBI") is done in coreference.ts.
 */
import type { Document } from '../document/tokenize.js';
import type { Candidate } from '../kinds/candidate.js';
import type { Entity, EntityType, Mention } from '../types.js';
import { PLACE_ALIASES } from '../lexicon/places.js';

/** An entity while it is being built: mentions keep their token span and candidate. */
export interface EntityDraft {
  type: EntityType;
  key: string;
  subtype: string | null;
  edition?: number;
  mentions: MentionDraft[];
  within?: EntityDraft;
  /** Forms that refer to it without being its name ("the Executive Director"). */
  descriptiveAliases: string[];
  nationality?: string;
}

export interface MentionDraft {
  a: number;
  b: number;
  rule: string;
  /** Short forms (surname, acronym, "the Forum") never become the canonical name. */
  short: boolean;
  /** Set for title-only references ("the Executive Director"): an alias, not a name. */
  descriptive: boolean;
  candidate: Candidate | undefined;
}

/** A mention with every field, in one order (one hidden class for all, see kinds/candidate.ts). */
export function mentionDraft(a: number, b: number, rule: string, short: boolean, candidate?: Candidate, descriptive = false): MentionDraft {
  return { a, b, rule, short, descriptive, candidate };
}

export function spanText(doc: Document, a: number, b: number): string {
  return doc.text.slice(doc.tokens[a].start, doc.tokens[b - 1].end);
}

/** Normalised key for grouping forms of one name. */
export function nameKey(type: EntityType, text: string): string {
  // The regexes only where they can match: this runs for every accepted candidate.
  let k = text.toLowerCase();
  if (/\s\s|[^\S ]/.test(k)) k = k.replace(/\s+/g, ' ');
  if (k.startsWith('the ')) k = k.slice(4);
  if (k.endsWith("'s") || k.endsWith('’s')) k = k.slice(0, -2);
  if (type === 'place') {
    k = PLACE_ALIASES.get(k)?.toLowerCase() ?? k;
    const m = /^(republic|kingdom|state|commonwealth|principality) of (the )?(.+)$/.exec(k);
    if (m && m[1] !== 'state') k = PLACE_ALIASES.get(m[3])?.toLowerCase() ?? m[3];
  }
  return k;
}

export function draftEntities(doc: Document, accepted: Candidate[]): { drafts: EntityDraft[]; byCandidate: Map<Candidate, EntityDraft> } {
  const drafts: EntityDraft[] = [];
  const byKey = new Map<string, EntityDraft>();
  const byCandidate = new Map<Candidate, EntityDraft>();
  for (const c of accepted) {
    const text = c.name ?? spanText(doc, c.a, c.b);
    const key = `${c.type}:${nameKey(c.type, text)}`;
    let d = byKey.get(key);
    if (!d) {
      // Every field from the start (within is set later, for places), so that drafts keep one shape.
      d = { type: c.type, key, subtype: c.subtype, edition: c.edition, mentions: [], within: undefined, descriptiveAliases: [], nationality: c.nationality };
      byKey.set(key, d);
      drafts.push(d);
    }
    d.subtype ??= c.subtype;
    d.edition ??= c.edition;
    d.mentions.push(mentionDraft(c.a, c.b, c.rule, false, c));
    byCandidate.set(c, d);
  }
  for (const c of accepted) {
    if (c.within) {
      const inner = byCandidate.get(c);
      const outer = byCandidate.get(c.within);
      if (inner && outer && inner !== outer) inner.within = outer;
    }
  }
  return { drafts, byCandidate };
}

/** Final entities with ids by first mention, sorted by first mention. */
export function finishEntities(doc: Document, drafts: EntityDraft[], explain: boolean): { entities: Entity[]; idOf: Map<EntityDraft, string> } {
  const live = drafts.filter((d) => d.mentions.length > 0);
  for (const d of live) {
    d.mentions.sort((x, y) => x.a - y.a || y.b - x.b);
    // A form nested in a longer form of the same entity ("Azerbaijan" in "Republic of Azerbaijan").
    d.mentions = outermostMentions(d.mentions);
  }
  live.sort((x, y) => x.mentions[0].a - y.mentions[0].a || y.mentions[0].b - x.mentions[0].b || x.type.localeCompare(y.type));
  const counters = new Map<string, number>();
  const idOf = new Map<EntityDraft, string>();
  for (const d of live) {
    const n = (counters.get(d.type) ?? 0) + 1;
    counters.set(d.type, n);
    idOf.set(d, `${d.type}-${n}`);
  }
  const entities = live.map((d): Entity => {
    const forms: string[] = [];
    const seen = new Set<string>();
    const mentions: Mention[] = [];
    const mseen = new Set<string>();
    for (const m of d.mentions) {
      const text = spanText(doc, m.a, m.b);
      const mk = `${m.a}:${m.b}`;
      if (!mseen.has(mk)) {
        mseen.add(mk);
        const mention: Mention = { text, start: doc.tokens[m.a].start, end: doc.tokens[m.b - 1].end, sentence: doc.tokens[m.a].sentence };
        if (explain) mention.rule = m.rule;
        mentions.push(mention);
      }
      const form = m.candidate?.alias ? text : m.candidate?.name ?? text;
      if (m.descriptive) continue;
      if (!seen.has(form)) {
        seen.add(form);
        forms.push(form);
      }
    }
    const name = canonicalName(d, forms, doc);
    // "Department of Justices" beside "Department of Justice": a possessive whose apostrophe
    // the source lost is the same form, not an alias.
    // A person's family name with a lost possessive "s" ("Obamas" beside "Barack Obama") is no
    // alias either (docs/annotation.md: possessive forms are left out).
    const lostPossessive = (f: string) => f.endsWith('s') && (f.slice(0, -1) === name || seen.has(f.slice(0, -1)) || (d.type === 'person' && !f.includes(' ') && name.endsWith(` ${f.slice(0, -1)}`)));
    const aliases = forms.filter((f) => f !== name && !lostPossessive(f));
    for (const f of d.descriptiveAliases) if (!aliases.includes(f) && f !== name) aliases.push(f);
    const e: Entity = {
      id: idOf.get(d)!,
      type: d.type,
      name,
      subtype: d.subtype,
      within: d.within ? idOf.get(d.within) ?? null : null,
      aliases,
      mentions,
    };
    if (d.edition !== undefined) e.edition = d.edition;
    if (d.nationality) e.nationality = d.nationality;
    return e;
  });
  return { entities, idOf };
}

/** The fullest form: most words among non-short mentions, first seen on ties. */
function canonicalName(d: EntityDraft, forms: string[], doc: Document): string {
  const long = d.mentions.filter((m) => !m.short && !m.descriptive).map((m) => m.candidate?.name ?? spanText(doc, m.a, m.b));
  const pool = long.length ? long : forms;
  let best = pool[0] ?? '';
  let bestWords = best.split(/\s+/).length;
  for (const f of pool) {
    const w = f.split(/\s+/).length;
    if (w > bestWords || (w === bestWords && f.length > best.length && !/\.$/.test(f))) {
      best = f;
      bestWords = w;
    }
  }
  return best;
}

/**
 * The mentions not nested in a longer mention of the list, which is sorted by start, then longest
 * first. A longer mention that contains one comes before it, so one pass with the furthest end
 * seen so far decides (a text can name one organization thousands of times). Mentions of the same
 * span do not hide each other.
 */
function outermostMentions(sorted: MentionDraft[]): MentionDraft[] {
  const out: MentionDraft[] = [];
  let furthestEnd = -1;
  let furthestBeforeSpan = -1;
  for (let n = 0; n < sorted.length; n++) {
    const m = sorted[n];
    const sameSpanAsPrevious = n > 0 && sorted[n - 1].a === m.a && sorted[n - 1].b === m.b;
    if (!sameSpanAsPrevious) furthestBeforeSpan = furthestEnd;
    if (furthestBeforeSpan < m.b) out.push(m);
    if (m.b > furthestEnd) furthestEnd = m.b;
  }
  return out;
}
