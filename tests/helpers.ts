/** Shared helpers for the tests: run the real CLI, read fixtures, check spans. */
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Result } from '../dist/index.js';

export const BIN = 'bin/press-extract.js';
export const REFERENCE = 'fixtures/xerxes-media-forum.txt';

export function cli(args: string[], opts: SpawnSyncOptions = {}): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', maxBuffer: 1 << 28, ...opts, env: { ...process.env, NO_COLOR: '1', ...(opts.env ?? {}) } });
  return { code: r.status ?? -1, stdout: String(r.stdout), stderr: String(r.stderr) };
}

export function readText(path: string): string {
  return readFileSync(path, 'utf8');
}

/** Every span in a result equals the input slice and carries no surrounding space or punctuation. */
export function spanProblems(result: Result, text: string): string[] {
  const out: string[] = [];
  const check = (what: string, s: { text: string; start: number; end: number }) => {
    if (text.slice(s.start, s.end) !== s.text) out.push(`${what} "${s.text}" != slice "${text.slice(s.start, s.end)}"`);
    if (/^[\s\p{P}]/u.test(s.text)) out.push(`${what} "${s.text}" starts with space or punctuation`);
    if (/[\s\p{P}]$/u.test(s.text) && !/(^|[\s-])(\p{L}{1,5}\.)+$/u.test(s.text)) out.push(`${what} "${s.text}" ends with space or punctuation`);
  };
  for (const e of result.entities) for (const m of e.mentions) check(`mention of ${e.id}`, m);
  for (const t of result.titles) check(t.id, t);
  for (const e of result.events) check(`${e.id} trigger`, e.trigger);
  return out;
}
