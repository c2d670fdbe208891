/** The extraction command: inputs → pool → ordered writers (stdout or --out DIR), summary, exit code. */
import { mkdirSync, writeFileSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { listFiles, jsonlJobs, type Job, type InputOptions } from './inputs.js';
import { runOrdered } from './pool.js';
import { Progress } from './progress.js';
import type { CsvTable } from '../output/csv-tables.js';
import { loadWriter } from '../output/writer.js';
import type { Format, FormatOptions, Processed } from './process-document.js';
import type { OutputType } from '../types.js';
import { UsageError } from './usage-error.js';
import { readRulePack, RulePackError } from '../rules/load-pack.js';
import { rulesFor } from '../rules/apply-rules.js';
import type { RulePack } from '../rules/pack-types.js';

export interface ExtractCommandOptions extends InputOptions {
  /** Rule pack files (--rules). */
  rules: string[];
  format?: Format;
  table: CsvTable;
  types?: OutputType[];
  out?: string;
  jobs: number;
  explain: boolean;
  color: boolean;
  quiet: boolean;
}

/** Write to stdout, waiting when the pipe is full. */
async function write(s: string): Promise<void> {
  if (!s) return;
  if (!process.stdout.write(s)) await new Promise<void>((r) => process.stdout.once('drain', () => r()));
}

/** --out's folder, made if missing; a path that cannot be one is a usage error, before any document. */
function makeOutFolder(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(`--out ${dir}: ${code === 'EEXIST' || code === 'ENOTDIR' ? 'not a folder' : `cannot make this folder (${code ?? (e as Error).message})`}`);
  }
}

export async function runExtract(paths: string[], o: ExtractCommandOptions): Promise<number> {
  // Rule packs are read and checked before any document: a bad pack is a usage error.
  let rules: RulePack[] | undefined;
  try {
    rules = o.rules.length ? o.rules.map(readRulePack) : undefined;
    if (rules) rulesFor(rules);
  } catch (e) {
    if (e instanceof RulePackError) throw new UsageError(e.message);
    throw e;
  }
  if (paths.length === 0) {
    if (process.stdin.isTTY) throw new UsageError('no input: give files or folders, or pipe text on stdin');
    paths = ['-'];
  }
  if (o.out) makeOutFolder(o.out);
  const files = o.input === 'text' ? listFiles(paths) : null;
  const stdinUsed = paths.includes('-');
  const stdinText = o.input === 'text' && stdinUsed ? readFileSync(0, 'utf8') : undefined;
  const many = o.input === 'jsonl' || (files?.length ?? 0) > 1;
  const format: Format = o.format ?? (process.stdout.isTTY && !o.out ? 'pretty' : many ? 'jsonl' : 'json');
  const fmt: FormatOptions = { format, table: o.table, types: o.types, explain: o.explain, color: o.color, wantJson: !!o.out, rules };

  async function* jobs(): AsyncGenerator<Job> {
    if (files) {
      let seq = 0;
      for (const f of files) yield { seq: seq++, source: f.path, path: f.path, outName: f.outName, error: f.error };
    } else {
      const counter = { n: 0 };
      for (const p of paths) yield* jsonlJobs(p, o, counter);
    }
  }

  const progress = new Progress(files ? files.length : null, many && !o.quiet && !!process.stderr.isTTY);
  let failed = 0;
  let count = 0;
  const arrayOut = format === 'json' && many && !o.out;
  const writer = await loadWriter(fmt);
  if (format === 'csv' && !o.out) await write((await import('../output/csv.js')).csvHeader(o.table));
  if (arrayOut) await write('[\n');
  const sink = async (p: Processed) => {
    progress.tick();
    if (p.error) {
      failed++;
      progress.finish();
      process.stderr.write(`press-extract: ${p.error}\n`);
    }
    if (o.out) {
      const target = join(o.out, p.outName);
      try {
        mkdirSync(dirname(target), { recursive: true });
        writeFileSync(target, p.json!);
      } catch (e) {
        // One file that cannot be written (a folder in its place, no permission) fails alone.
        if (!p.error) failed++;
        progress.finish();
        process.stderr.write(`press-extract: ${p.source}: cannot write ${target} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})\n`);
      }
    } else if (arrayOut) {
      await write((count > 0 ? ',\n' : '') + p.out.trimEnd().replace(/^/gm, '  '));
    } else await write(p.out);
    count++;
  };
  await runOrdered(jobs(), { jobs: many ? o.jobs : 1, fmt, write: writer, stdinText }, sink);
  if (arrayOut) await write('\n]\n');
  progress.finish();
  if (many && !o.quiet) process.stderr.write(`press-extract: ${progress.summary()}${failed ? `, ${failed} failed` : ''}\n`);
  return failed ? 1 : 0;
}
