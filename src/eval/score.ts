/**
 * Scores one document's Result against its gold file: entities per type (an entity matches when
 * any of its forms match; one-to-one), title pairs (holder, role), and the event sequence
 * (longest common subsequence of lemmas in order).
 */
import type { Entity, Result } from '../types.js';
import { forms, normalise, sequenceLemmas, type GoldDoc, type GoldEntity } from './gold.js';

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface DocScore {
  source: string;
  entities: Record<GoldKind, Counts>;
  titles: Counts;
  sequence: Counts;
  misses: Record<string, string[]>;
  extras: Record<string, string[]>;
}

export type GoldKind = 'people' | 'organizations' | 'places' | 'events';
export const KIND_TYPE: Record<GoldKind, Entity['type']> = { people: 'person', organizations: 'organization', places: 'place', events: 'event' };

export function prf(c: Counts): { precision: number; recall: number; f1: number } {
  const precision = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 1;
  const recall = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

export function add(into: Counts, c: Counts): void {
  into.tp += c.tp;
  into.fp += c.fp;
  into.fn += c.fn;
}

function predictedForms(e: Entity): Set<string> {
  return new Set([e.name, ...e.aliases, ...e.mentions.map((m) => m.text)].map(normalise).filter(Boolean));
}

/** One-to-one matching, gold in order, first predicted entity sharing a form. */
export function matchEntities(gold: GoldEntity[], predicted: Entity[]): Map<GoldEntity, Entity> {
  const pf = predicted.map(predictedForms);
  const used = new Set<number>();
  const out = new Map<GoldEntity, Entity>();
  // Exact canonical-name matches first, so aliases do not steal a better partner.
  for (const pass of [0, 1]) {
    for (const g of gold) {
      if (out.has(g)) continue;
      const gf = pass === 0 ? new Set([normalise(g.name)]) : forms(g);
      for (let k = 0; k < predicted.length; k++) {
        if (used.has(k)) continue;
        const cand = pass === 0 ? new Set([normalise(predicted[k].name)]) : pf[k];
        if ([...gf].some((f) => cand.has(f))) {
          used.add(k);
          out.set(g, predicted[k]);
          break;
        }
      }
    }
  }
  return out;
}

/** Our timeline as lower-case lemmas, in time order (what the sequence score compares). */
export function timelineLemmas(result: Result): string[] {
  return result.events.filter((e) => e.timeline).sort((x, y) => x.order - y.order).map((e) => e.lemma.toLowerCase());
}

export function lcs(a: string[], b: string[]): number {
  const dp = new Array(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    let prev = 0;
    for (let j = 1; j <= b.length; j++) {
      const tmp = dp[j];
      dp[j] = a[i - 1] === b[j - 1] ? prev + 1 : Math.max(dp[j], dp[j - 1]);
      prev = tmp;
    }
  }
  return dp[b.length];
}

export function scoreDocument(result: Result, gold: GoldDoc): DocScore {
  const entities = {} as Record<GoldKind, Counts>;
  const misses: Record<string, string[]> = {};
  const extras: Record<string, string[]> = {};
  const matchedPeople = new Map<GoldEntity, Entity>();
  for (const kind of Object.keys(KIND_TYPE) as GoldKind[]) {
    const predicted = result.entities.filter((e) => e.type === KIND_TYPE[kind]);
    const m = matchEntities(gold[kind], predicted);
    if (kind === 'people') for (const [g, p] of m) matchedPeople.set(g, p);
    entities[kind] = { tp: m.size, fp: predicted.length - m.size, fn: gold[kind].length - m.size };
    const hit = new Set(m.values());
    misses[kind] = gold[kind].filter((g) => !m.has(g)).map((g) => g.name);
    extras[kind] = predicted.filter((p) => !hit.has(p)).map((p) => p.name);
  }
  // Title pairs (holder, role): a predicted pair counts when its holder is the gold person's match.
  const goldPairs: string[] = [];
  for (const g of gold.people) {
    const p = matchedPeople.get(g);
    for (const t of g.titles ?? []) goldPairs.push(`${p ? p.id : `gold:${g.name}`}|${normalise(t.title)}`);
  }
  // (holder, role) pairs as a set: a role said twice of one person is one pair.
  const predPairs = [...new Set(result.titles.filter((t) => t.person).map((t) => `${t.person}|${normalise(t.title)}`))];
  const remaining = [...goldPairs];
  let tp = 0;
  const pairExtras: string[] = [];
  for (const p of predPairs) {
    const k = remaining.indexOf(p);
    if (k >= 0) {
      tp++;
      remaining.splice(k, 1);
    } else pairExtras.push(p);
  }
  const names = new Map(result.entities.map((e) => [e.id, e.name]));
  const show = (pair: string) => {
    const [who, role] = pair.split('|');
    return `${names.get(who) ?? who.replace(/^gold:/, '')}: ${role}`;
  };
  misses.titles = remaining.map(show);
  extras.titles = pairExtras.map(show);
  const titles = { tp, fp: predPairs.length - tp, fn: goldPairs.length - tp };

  const goldSeq = sequenceLemmas(gold);
  const ourSeq = timelineLemmas(result);
  const common = lcs(goldSeq, ourSeq);
  const sequence = { tp: common, fp: ourSeq.length - common, fn: goldSeq.length - common };
  misses.sequence = [goldSeq.join(' ')];
  extras.sequence = [ourSeq.join(' ')];
  return { source: result.source, entities, titles, sequence, misses, extras };
}
