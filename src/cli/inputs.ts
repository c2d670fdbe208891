/**
 * What to read: files, folders (recursively, text files only), globs, stdin ("-" or no path),
 * and JSONL records ({"id","text"} a line). Each input becomes a Job; problems found while
 * walking (a missing path, a folder with no text files, a broken JSONL line) become Jobs that
 * carry their error, so they are reported in order with the rest.
 */
import { statSync, readdirSync, createReadStream } from 'node:fs';
import { join, relative, basename, extname, dirname } from 'node:path';
import { createInterface } from 'node:readline';
import { expandGlob, hasGlob } from './glob.js';

export interface Job {
  seq: number;
  /** Written to the document's `source`. */
  source: string;
  /** A file to read (the worker reads it), or … */
  path?: string;
  /** … text already in hand (stdin, a JSONL record). */
  text?: string;
  /** Path under --out, relative, ending in .json. */
  outName: string;
  /** An error found before reading. */
  error?: { code: string; message: string };
}

export const TEXT_EXTENSIONS = new Set(['.txt', '.text']);

export interface InputOptions {
  input: 'text' | 'jsonl';
  idField: string;
  textField: string;
}

/** Expand the command-line paths into file entries (paths only; contents are read later). */
export function listFiles(paths: string[]): { path: string; outName: string; error?: Job['error'] }[] {
  const out: { path: string; outName: string; error?: Job['error'] }[] = [];
  for (const p of paths) {
    if (p === '-') {
      out.push({ path: '-', outName: 'stdin.json' });
      continue;
    }
    if (hasGlob(p)) {
      const matches = expandGlob(p);
      if (!matches.length) out.push({ path: p, outName: toOut(basename(p)), error: { code: 'no-match', message: 'no file matches this pattern' } });
      for (const m of matches) out.push(...listFiles([m]));
      continue;
    }
    let st;
    try {
      st = statSync(p);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      out.push({ path: p, outName: toOut(basename(p)), error: { code: 'unreadable', message: code === 'ENOENT' ? 'no such file or directory' : `cannot read (${code})` } });
      continue;
    }
    if (st.isDirectory()) {
      const files = walk(p);
      if (!files.length) out.push({ path: p, outName: toOut(basename(p)), error: { code: 'no-text-files', message: `directory has no text files (${[...TEXT_EXTENSIONS].join(', ')})` } });
      for (const f of files) out.push({ path: f, outName: toOut(relative(p, f)) });
    } else out.push({ path: p, outName: toOut(basename(p)) });
  }
  return out;
}

function walk(dir: string): string[] {
  const out: string[] = [];
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  entries.sort((x, y) => (x.name < y.name ? -1 : x.name > y.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const full = join(dir, e.name);
    if (e.isDirectory()) out.push(...walk(full));
    else if ((e.isFile() || e.isSymbolicLink()) && TEXT_EXTENSIONS.has(extname(e.name).toLowerCase())) out.push(full);
  }
  return out;
}

function toOut(rel: string): string {
  const ext = extname(rel);
  return join(dirname(rel), `${basename(rel, ext)}.json`);
}

/** JSONL records from a file or stdin, one Job per line; broken lines carry their error. */
export async function* jsonlJobs(path: string, opts: InputOptions, seqStart: { n: number }): AsyncGenerator<Job> {
  const stream = path === '-' ? process.stdin : createReadStream(path, { encoding: 'utf8' });
  const rl = createInterface({ input: stream, crlfDelay: Infinity });
  let line = 0;
  const where = path === '-' ? 'stdin' : path;
  try {
    for await (const raw of rl) {
      line++;
      if (!raw.trim()) continue;
      const seq = seqStart.n++;
      let rec: unknown;
      try {
        rec = JSON.parse(raw);
      } catch (e) {
        yield { seq, source: `${where}:${line}`, outName: `line-${line}.json`, error: { code: 'bad-jsonl', message: `line ${line} is not JSON (${(e as Error).message})` } };
        continue;
      }
      const obj = rec as Record<string, unknown>;
      const text = obj && typeof obj === 'object' ? obj[opts.textField] : undefined;
      const id = obj && typeof obj === 'object' ? obj[opts.idField] : undefined;
      const source = id === undefined || id === null ? `${where}:${line}` : String(id);
      if (typeof text !== 'string') {
        yield { seq, source, outName: `${safeName(source)}.json`, error: { code: 'bad-jsonl', message: `line ${line} has no string field "${opts.textField}"` } };
        continue;
      }
      yield { seq, source, text, outName: `${safeName(source)}.json` };
    }
  } catch (e) {
    yield { seq: seqStart.n++, source: where, outName: 'error.json', error: { code: 'unreadable', message: (e as Error).message } };
  }
}

function safeName(s: string): string {
  return s.replace(/[^\w.-]+/g, '_').slice(0, 200) || 'record';
}
