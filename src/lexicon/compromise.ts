/**
 * Lookups into compromise's lexicon (first names, countries, cities, …), exported at build time
 * to compromise-lexicon.json by build-compromise-lexicon.ts. If the JSON is missing (running from
 * source), it is built from compromise on first use.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { buildCompromiseLexicon } from './build-compromise-lexicon.js';

export type CompromiseClass =
  | 'firstName'
  | 'lastName'
  | 'honorific'
  | 'country'
  | 'city'
  | 'region'
  | 'place'
  | 'demonym'
  | 'organization'
  | 'month'
  | 'weekday'
  /** Ordinary words (verb, noun, adjective forms) not known as names. */
  | 'common'
  /** Inflected verb forms ("announces", "sentenced", "pleads"). */
  | 'verbForm'
  /** Words that are a name or an ordinary word by context ("bill", "frank", "hill"). */
  | 'personWord';

let classes: Map<CompromiseClass, Set<string>> | null = null;

function load(): Map<CompromiseClass, Set<string>> {
  let data: Record<string, string[]>;
  try {
    data = JSON.parse(readFileSync(new URL('./compromise-lexicon.json', import.meta.url), 'utf8'));
  } catch {
    data = buildCompromiseLexicon(createRequire(import.meta.url)('compromise'));
  }
  return new Map(Object.entries(data).map(([k, v]) => [k as CompromiseClass, new Set(v)]));
}

/** Is the lower-cased word or phrase in compromise's lexicon with this class? */
const EMPTY = new Set<string>();
const sets: Partial<Record<CompromiseClass, Set<string>>> = {};

export function inCompromise(cls: CompromiseClass, lower: string): boolean {
  let set = sets[cls];
  if (!set) {
    classes ??= load();
    set = sets[cls] = classes.get(cls) ?? EMPTY;
  }
  return set.has(lower);
}
