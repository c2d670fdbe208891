// Every rule name the extractor puts on its output (--explain) is listed by `press-extract rules`.
import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../dist/index.js';
import { allBuiltinRules } from '../dist/cli/rules-command.js';

describe('rule catalogue', () => {
  it('names every rule seen on the gold and fixture texts', () => {
    const listed = new Set(allBuiltinRules().map((r) => r.name));
    const texts = readdirSync('bench/gold').filter((f) => f.endsWith('.txt')).map((f) => join('bench/gold', f));
    const seen = new Set<string>();
    for (const path of texts) {
      const r = extract(readFileSync(path, 'utf8'), { explain: true });
      for (const e of r.entities) for (const m of e.mentions) seen.add(m.rule!);
      for (const t of r.titles) seen.add(t.rule!);
      for (const e of r.events) seen.add(e.rule!);
    }
    const missing = [...seen].filter((n) => !listed.has(n) && !n.startsWith('gazetteer:'));
    expect(missing).toEqual([]);
    expect(seen.size).toBeGreaterThan(30);
  });
});
