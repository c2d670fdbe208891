/** `press-extract eval --gold DIR [paths…]`: per-type precision, recall and F1 against gold files. */
import { existsSync } from 'node:fs';
import { evaluate, goldPairs } from '../eval/evaluate.js';
import { UsageError } from './usage-error.js';

const LABELS: Record<string, string> = {
  people: 'people',
  organizations: 'organizations',
  places: 'places',
  events: 'named events',
  titles: 'title pairs (holder, role)',
  sequence: 'event sequence (LCS of lemmas)',
};

export function runEval(paths: string[], o: { gold: string; format: 'table' | 'json'; verbose: boolean }): number {
  if (!existsSync(o.gold)) throw new UsageError(`--gold ${o.gold}: no such folder`);
  const { pairs, missing } = goldPairs(o.gold, paths);
  if (!pairs.length) throw new UsageError(`no text found for the gold files in ${o.gold}`);
  const summary = evaluate(pairs);
  summary.missingText = missing;
  if (o.format === 'json') {
    const out = o.verbose ? summary : { ...summary, perDocument: undefined };
    process.stdout.write(JSON.stringify(out, null, 2) + '\n');
    return 0;
  }
  const lines = [`${summary.documents} documents scored against ${o.gold}`, ''];
  lines.push(`${'metric'.padEnd(32)} ${'P'.padStart(6)} ${'R'.padStart(6)} ${'F1'.padStart(6)}   tp/fp/fn`);
  for (const [k, m] of Object.entries(summary.metrics)) {
    lines.push(`${LABELS[k].padEnd(32)} ${m.precision.toFixed(3).padStart(6)} ${m.recall.toFixed(3).padStart(6)} ${m.f1.toFixed(3).padStart(6)}   ${m.tp}/${m.fp}/${m.fn}`);
  }
  if (o.verbose) {
    for (const d of summary.perDocument) {
      lines.push('', `## ${d.source}`);
      for (const k of Object.keys(d.misses)) {
        if (k === 'sequence') {
          lines.push(`  sequence gold: ${d.misses[k][0]}`, `  sequence ours: ${d.extras[k][0]}`);
          continue;
        }
        if (d.misses[k].length) lines.push(`  missed ${k}: ${d.misses[k].join(' | ')}`);
        if (d.extras[k].length) lines.push(`  extra ${k}: ${d.extras[k].join(' | ')}`);
      }
    }
  }
  for (const m of missing) lines.push(`warning: no text beside ${m}`);
  process.stdout.write(lines.join('\n') + '\n');
  return 0;
}
