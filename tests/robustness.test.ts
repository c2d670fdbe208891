import { describe, it, expect } from 'vitest';
import { readFileSync, existsSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { extract } from '../dist/index.js';

// The first 1,000 of the 12,694 benchmark releases (bench/data): no text may throw, and every
// span must be exact. A crash on one word (a contraction without a lemma) once reached main
// because no hand-picked test text contained it.
const CORPUS = 'bench/data/doj-all.jsonl.gz';

describe.skipIf(!existsSync(CORPUS))('1,000 real releases', () => {
  it('extract() never throws and every mention, title and trigger is an exact, trimmed span', () => {
    const lines = gunzipSync(readFileSync(CORPUS)).toString('utf8').split('\n', 1000);
    let mentions = 0;
    for (const line of lines) {
      const { text } = JSON.parse(line) as { text: string };
      const r = extract(text);
      for (const e of r.entities) {
        for (const m of e.mentions) {
          mentions++;
          expect(text.slice(m.start, m.end)).toBe(m.text);
          expect(m.text).toBe(m.text.trim());
          expect(m.text).not.toMatch(/^[\p{P}]|[,;:]$/u);
        }
      }
      for (const t of r.titles) expect(text.slice(t.start, t.end)).toBe(t.text);
      for (const ev of r.events) expect(text.slice(ev.trigger.start, ev.trigger.end)).toBe(ev.trigger.text);
    }
    expect(mentions).toBeGreaterThan(20_000);
  }, 120_000);
});
