/** The hand-made gold files: valid, and every string they give is written in their text. */
import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

interface Named { name: string; aliases?: string[] }
interface Person extends Named { titles?: { title: string; organization: string | null; place: string | null }[] }

function problems(dir: string, file: string): string[] {
  const gold = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  const text = readFileSync(join(dir, file.replace(/\.gold\.json$/, '.txt')), 'utf8');
  const lower = text.toLowerCase();
  const out: string[] = [];
  // Names exactly as written; aliases, titles and triggers may differ in case ("Ecologist Ryan
  // Norris" → "ecologist") and may be the start of a longer word ("primary elections").
  const exact = (what: string, s: string | null | undefined) => {
    if (s && !text.includes(s)) out.push(`${what} "${s}" is not in the text`);
  };
  const anyCase = (what: string, s: string | null | undefined) => {
    if (s && !lower.includes(s.toLowerCase())) out.push(`${what} "${s}" is not in the text`);
  };
  if (gold.source !== join(dir, file.replace(/\.gold\.json$/, '.txt'))) out.push(`source is "${gold.source}"`);
  for (const kind of ['people', 'organizations', 'places', 'events'] as const) {
    for (const e of (gold[kind] ?? []) as Person[]) {
      exact(`${kind} name`, e.name);
      for (const a of e.aliases ?? []) anyCase(`${kind} alias`, a.replace(/^the /i, ''));
      for (const t of e.titles ?? []) {
        // A title shared by a list is given whole for each ("transport, justice … minister" →
        // "transport minister"): each of its words is in the text.
        // A plural title is given in the singular for each holder ("Senior Sheriffs Deputies"
        // → "Senior Sheriffs Deputy", docs/annotation.md): "-y" may be written "-ies".
        for (const w of t.title.split(' ')) anyCase(`word of title "${t.title}"`, w.endsWith('y') && !lower.includes(w.toLowerCase()) ? `${w.slice(0, -1)}ies` : w);
        exact('title organization', t.organization);
        exact('title place', t.place);
      }
    }
  }
  for (const item of gold.sequence ?? []) {
    if (typeof item === 'string') continue;
    if (!item.lemma) out.push(`sequence item without a lemma: ${JSON.stringify(item)}`);
    anyCase('sequence text', item.text);
  }
  return out;
}

for (const dir of ['bench/gold', 'bench/heldout']) {
  describe(`gold files in ${dir}`, () => {
    const files = readdirSync(dir).filter((f) => f.endsWith('.gold.json'));
    it('has a gold file for every text', () => {
      const texts = readdirSync(dir).filter((f) => f.endsWith('.txt'));
      expect(texts.map((f) => f.replace(/\.txt$/, '.gold.json')).filter((f) => !files.includes(f))).toEqual([]);
    });
    for (const file of files) it(file, () => expect(problems(dir, file)).toEqual([]));
  });
}
