/** Build step (npm run build): the built-in gazetteers' names and aliases split into words (name-words.ts). */
import { writeFileSync } from 'node:fs';
import { BUILTIN_PACK } from './builtin-pack.js';
import { formsOf, NAME_WORDS_FILE, splitName, type NameWords } from './name-words.js';

const words: Record<string, NameWords> = {};
for (const g of BUILTIN_PACK.gazetteers ?? []) {
  for (const name of g.names) for (const form of formsOf(g, name)) words[form] = splitName(form);
}
writeFileSync(NAME_WORDS_FILE, JSON.stringify(words));
