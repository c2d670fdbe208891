import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import nlp from 'compromise';
import { buildCompromiseLexicon } from '../dist/lexicon/build-compromise-lexicon.js';
import { compromiseWords, inCompromise, type CompromiseClass } from '../dist/lexicon/compromise.js';

describe("compromise's lexicon, exported at build time", () => {
  const lists = buildCompromiseLexicon(nlp) as Record<CompromiseClass, string[]>;

  it('is what the installed compromise gives, one sorted list a class', () => {
    const exported = JSON.parse(readFileSync('dist/lexicon/compromise-lexicon.json', 'utf8'));
    expect(exported).toEqual(lists);
    for (const words of Object.values(exported) as string[][]) expect(words).toEqual([...words].sort());
    expect(lists.firstName.length).toBeGreaterThan(1000);
  });

  it('answers every class of every word as the lists do', () => {
    for (const [cls, words] of Object.entries(lists) as [CompromiseClass, string[]][]) {
      for (const w of words) expect(inCompromise(cls, w), `${cls} ${w}`).toBe(true);
      expect(compromiseWords(cls)).toEqual(words);
    }
    expect(inCompromise('month', 'january')).toBe(true);
    expect(inCompromise('firstName', 'qxzqxz')).toBe(false);
    expect(inCompromise('country', 'constructor')).toBe(false);
  });
});
