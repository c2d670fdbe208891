import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { extract } from '../dist/index.js';
import { spanProblems } from './helpers.js';

const schema = JSON.parse(readFileSync('schema/press-extract.schema.json', 'utf8'));
const validate = new Ajv2020({ allErrors: true }).compile(schema);

function goldenFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? goldenFiles(join(dir, e.name)) : e.name.endsWith('.golden.json') ? [join(dir, e.name)] : [],
  );
}

describe('JSON Schema', () => {
  const files = goldenFiles('fixtures');
  it('has golden files to check', () => expect(files.length).toBeGreaterThanOrEqual(10));
  for (const f of files) {
    it(`${f} is valid`, () => {
      const ok = validate(JSON.parse(readFileSync(f, 'utf8')));
      expect(validate.errors ?? []).toEqual([]);
      expect(ok).toBe(true);
    });
  }
  it('rejects a document that breaks the contract', () => {
    expect(validate({ schema: 'press-extract/1', source: 'x' })).toBe(false);
  });
  it('accepts every kind of event date (day, month, year, ISO week) and rejects others', () => {
    const result = extract('Release\n\n2019-11-01\n\nPelosi announced the vote last week. The House passed it yesterday. It was drafted in January. The bill was debated in 2018.', { source: 'dates' });
    expect(result.events.map((e) => e.time?.date).filter(Boolean)).toEqual(expect.arrayContaining(['2019-W43', '2019-10-31', '2019-01', '2018']));
    expect(validate(result)).toBe(true);
    const broken = JSON.parse(JSON.stringify(result));
    broken.events[0].time = { text: 'last week', date: '2019-W4' };
    expect(validate(broken)).toBe(false);
  });
});

describe('spans on real texts', () => {
  const texts = [
    ...readdirSync('bench/gold').filter((f) => f.endsWith('.txt')).map((f) => join('bench/gold', f)),
    ...goldenFiles('fixtures').map((f) => f.replace(/\.golden\.json$/, '.txt')),
  ];
  for (const path of texts) {
    it(`${path}: every mention equals its slice, with no stray punctuation`, () => {
      const text = readFileSync(path, 'utf8');
      const result = extract(text, { source: path });
      expect(validate(result)).toBe(true);
      expect(spanProblems(result, text)).toEqual([]);
    });
  }
});
