/** `press-extract tokenize`: the tokens themselves (text, start, end, sentence, POS, shape) as JSONL or CSV. */
import { stringify } from 'csv-stringify/sync';
import { readFileSync } from 'node:fs';
import { tokenize, shapeOf } from '../document/tokenize.js';
import { decodeInput } from '../document/read.js';
import { listFiles } from './inputs.js';
import { UsageError } from './usage-error.js';

const COLUMNS = ['source', 'i', 'text', 'start', 'end', 'sentence', 'pos', 'shape', 'lemma'] as const;

export function runTokenize(paths: string[], format: 'jsonl' | 'csv'): number {
  if (paths.length === 0) {
    if (process.stdin.isTTY) throw new UsageError('no input: give files or pipe text on stdin');
    paths = ['-'];
  }
  let failed = 0;
  if (format === 'csv') process.stdout.write(stringify([COLUMNS as unknown as string[]]));
  for (const f of listFiles(paths)) {
    try {
      if (f.error) throw new Error(f.error.message);
      const text = decodeInput(f.path === '-' ? readFileSync(0) : readFileSync(f.path));
      const doc = tokenize(text);
      const rows = doc.tokens.map((t) => ({ source: f.path, i: t.i, text: t.text, start: t.start, end: t.end, sentence: t.sentence, pos: t.pos, shape: shapeOf(t.text), lemma: t.lemma }));
      if (format === 'csv') process.stdout.write(stringify(rows.map((r) => COLUMNS.map((c) => r[c]))));
      else process.stdout.write(rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
    } catch (e) {
      failed++;
      process.stderr.write(`press-extract: ${f.path}: ${(e as Error).message}\n`);
    }
  }
  return failed ? 1 : 0;
}
