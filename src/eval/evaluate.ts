/** Runs the extractor over gold documents and sums the scores (micro-averaged). */
import { readFileSync, existsSync } from 'node:fs';
import { basename, extname, join, dirname } from 'node:path';
import { extract } from '../extract.js';
import { decodeInput } from '../document/read.js';
import type { Result } from '../types.js';
import { loadGoldDir, type GoldDoc } from './gold.js';
import { scoreDocument, add, prf, type Counts, type DocScore, type GoldKind } from './score.js';
import { listFiles } from '../cli/inputs.js';

export interface EvalSummary {
  documents: number;
  missingText: string[];
  metrics: Record<string, Counts & { precision: number; recall: number; f1: number }>;
  perDocument: DocScore[];
}

const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 });

/** Pairs of (text path, gold) for a gold folder and optional text paths. */
export function goldPairs(goldDir: string, paths: string[]): { pairs: { path: string; gold: GoldDoc }[]; missing: string[] } {
  const golds = loadGoldDir(goldDir);
  const pairs: { path: string; gold: GoldDoc }[] = [];
  const missing: string[] = [];
  if (paths.length) {
    for (const f of listFiles(paths)) {
      if (f.error) continue;
      const key = basename(f.path, extname(f.path));
      const g = golds.get(key);
      if (g) pairs.push({ path: f.path, gold: g.gold });
    }
  } else {
    for (const [name, g] of golds) {
      const text = join(dirname(g.path), `${name}.txt`);
      if (existsSync(text)) pairs.push({ path: text, gold: g.gold });
      else missing.push(g.path);
    }
  }
  return { pairs, missing };
}

export function evaluate(pairs: { path: string; gold: GoldDoc }[], run: (text: string, source: string) => Result = (t, s) => extract(t, { source: s })): EvalSummary {
  const totals: Record<string, Counts> = { people: zero(), organizations: zero(), places: zero(), events: zero(), titles: zero(), sequence: zero() };
  const perDocument: DocScore[] = [];
  for (const { path, gold } of pairs) {
    const text = decodeInput(readFileSync(path));
    const score = scoreDocument(run(text, path), gold);
    perDocument.push(score);
    for (const k of Object.keys(score.entities) as GoldKind[]) add(totals[k], score.entities[k]);
    add(totals.titles, score.titles);
    add(totals.sequence, score.sequence);
  }
  const metrics: EvalSummary['metrics'] = {};
  for (const [k, c] of Object.entries(totals)) metrics[k] = { ...c, ...prf(c) };
  return { documents: pairs.length, missingText: [], metrics, perDocument };
}
