import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUILTIN_PACK } from '../dist/rules/builtin-pack.js';
import { formsOf, NAME_WORDS_FILE, nameWords, splitName } from '../dist/rules/name-words.js';

const builtinForms = (BUILTIN_PACK.gazetteers ?? []).flatMap((g) => g.names.flatMap((name) => formsOf(g, name)));

describe('gazetteer names split into words', () => {
  it('has every built-in name and alias split at build time, as the tokenizer splits it now', () => {
    const prebuilt = JSON.parse(readFileSync(NAME_WORDS_FILE, 'utf8'));
    expect(builtinForms.length).toBeGreaterThan(100);
    for (const form of builtinForms) {
      expect(prebuilt[form], form).toEqual(splitName(form));
      expect(nameWords(form)).toEqual(prebuilt[form]);
    }
  });

  it('splits a name it was not given at build time', () => {
    expect(nameWords('Ardent Valley Court')).toEqual([['Ardent', 'ardent'], ['Valley', 'valley'], ['Court', 'court']]);
    expect(nameWords("St. Mary's Hospital")).toEqual(splitName("St. Mary's Hospital"));
    expect(nameWords('constructor')).toEqual([['constructor', 'constructor']]);
  });
});
