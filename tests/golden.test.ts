// Golden outputs of the fixtures, byte for byte. After an intended change of behaviour run
// `npm run golden` and review `git diff fixtures/`.
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
// @ts-expect-error plain JS module shared with the golden updater
import { fixtureTexts, goldenJson, goldenCsv } from './update-golden.mjs';
import { CSV_TABLES } from '../dist/output/csv-tables.js';

describe('golden outputs (regenerate with `npm run golden`)', () => {
  for (const path of fixtureTexts() as string[]) {
    it(`${path} → ${path.replace(/\.txt$/, '.golden.json')}`, () => {
      const expected = readFileSync(path.replace(/\.txt$/, '.golden.json'), 'utf8');
      // toEqual on parsed JSON shows a readable diff; the string check proves byte identity.
      const actual = goldenJson(path) as string;
      expect(JSON.parse(actual)).toEqual(JSON.parse(expected));
      expect(actual).toBe(expected);
    });
  }
  for (const table of CSV_TABLES) {
    it(`reference fixture CSV table ${table}`, () => {
      const ref = 'fixtures/xerxes-media-forum.txt';
      expect(goldenCsv(ref, table)).toBe(readFileSync(ref.replace(/\.txt$/, `.golden.${table}.csv`), 'utf8'));
    });
  }
});
