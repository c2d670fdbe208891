/**
 * One job from input to output text: read (files are read here, so workers read in parallel),
 * decode, extract, format. Never throws: a bad input yields a document with `errors`.
 */
import { readFileSync, statSync } from 'node:fs';
import { extract } from '../extract.js';
import { decodeInput, InputError, MAX_INPUT_BYTES, tooLarge } from '../document/read.js';
import type { Result, OutputType } from '../types.js';
import type { Job } from './inputs.js';
import type { RulePack } from '../rules/pack-types.js';
import { toJson } from '../output/json.js';
import type { Writer, WriterOptions } from '../output/writer.js';

export type { Format } from '../output/writer.js';

export interface FormatOptions extends WriterOptions {
  types?: OutputType[];
  /** User rule packs, already checked. */
  rules?: RulePack[];
  /** With --out: also return the JSON of the document. */
  wantJson: boolean;
}

export interface Processed {
  seq: number;
  /** Text for stdout (empty with --out). */
  out: string;
  /** Pretty JSON for --out. */
  json?: string;
  outName: string;
  source: string;
  error?: string;
}

export function emptyResult(source: string, errors: Result['errors']): Result {
  return { schema: 'press-extract/1', source, stats: { chars: 0, sentences: 0, tokens: 0 }, dateline: null, entities: [], titles: [], events: [], errors };
}

/** The output for a job whose processing failed outside processJob (a worker that died). */
export function failedJob(job: Job, fmt: FormatOptions, write: Writer, message: string): Processed {
  return processJob({ ...job, path: undefined, text: undefined, error: { code: 'internal', message } }, fmt, write);
}

export function processJob(job: Job, fmt: FormatOptions, write: Writer, stdinText?: string): Processed {
  let result: Result;
  let text: string | null = null;
  let error: string | undefined;
  try {
    if (job.error) throw new InputError(job.error.code, job.error.message);
    if (job.text !== undefined) text = decodeInput(Buffer.from(job.text, 'utf8'));
    else if (job.path === '-') text = decodeInput(Buffer.from(stdinText ?? '', 'utf8'));
    else {
      const size = statSync(job.path!).size;
      if (size > MAX_INPUT_BYTES) throw tooLarge(size);
      text = decodeInput(readFileSync(job.path!));
    }
    result = extract(text, { source: job.source, types: fmt.types, explain: fmt.explain, rules: fmt.rules });
  } catch (e) {
    const code = e instanceof InputError ? e.code : (e as NodeJS.ErrnoException).code === 'EISDIR' ? 'unreadable' : 'internal';
    const message = e instanceof InputError ? e.message : (e as Error).message;
    result = emptyResult(job.source, [{ code, message }]);
    error = `${job.source}: ${message}`;
    text = null;
  }
  // With --out the document goes to its own file as JSON; nothing is formatted for stdout.
  const out = fmt.wantJson ? '' : write(result, text);
  return { seq: job.seq, out, json: fmt.wantJson ? toJson(result) : undefined, outName: job.outName, source: job.source, error };
}
