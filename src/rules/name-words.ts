/**
 * The words of a gazetteer name (or alias) as the tokenizer splits it, for matching it against a
 * document's tokens.
 *
 * Splitting a name runs it through wink-nlp; the built-in pack's ~130 names and aliases took
 * ~25 ms of every cold start. `npm run build` splits them once (build-name-words.ts writes
 * dist/rules/builtin-name-words.json); a name not in that file (a user's, or one added to the
 * built-in pack without a rebuild) is split here as before.
 */
import { readFileSync } from 'node:fs';
import { tokenize } from '../document/tokenize.js';
import type { Gazetteer } from './pack-types.js';

/** Each word's text and lower-case form. */
export type NameWords = [text: string, lower: string][];

export const NAME_WORDS_FILE = new URL('../rules/builtin-name-words.json', import.meta.url);

let prebuilt: Record<string, NameWords> | null = null;

function prebuiltWords(): Record<string, NameWords> {
  if (!prebuilt) {
    try {
      prebuilt = Object.assign(Object.create(null), JSON.parse(readFileSync(NAME_WORDS_FILE, 'utf8'))) as Record<string, NameWords>;
    } catch {
      prebuilt = Object.create(null) as Record<string, NameWords>;
    }
  }
  return prebuilt;
}

export function splitName(form: string): NameWords {
  return tokenize(form).tokens.map((t) => [t.text, t.lower]);
}

export function nameWords(form: string): NameWords {
  return prebuiltWords()[form] ?? splitName(form);
}

/** A gazetteer name and its aliases, the name first: every form that is matched. */
export function formsOf(g: Gazetteer, name: string): string[] {
  return [name, ...(g.aliases?.[name] ?? [])];
}
