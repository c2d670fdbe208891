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

/** One bit per class, in this order. */
const CLASS_ORDER: CompromiseClass[] = ['firstName', 'lastName', 'honorific', 'country', 'city', 'region', 'place', 'demonym', 'organization', 'month', 'weekday', 'common', 'verbForm', 'personWord'];
const BIT = Object.fromEntries(CLASS_ORDER.map((c, n) => [c, 1 << n])) as Record<CompromiseClass, number>;

/**
 * Every word or phrase of the lexicon, with the bits of its classes: one lookup answers every
 * class, where one Set per class cost a lookup per class in a large table.
 */
let classBits: Map<string, number> | null = null;
let lists: Record<string, string[]> | null = null;

function readLists(): Record<string, string[]> {
  if (lists) return lists;
  try {
    lists = JSON.parse(readFileSync(new URL('./compromise-lexicon.json', import.meta.url), 'utf8')) as Record<string, string[]>;
  } catch {
    lists = buildCompromiseLexicon(createRequire(import.meta.url)('compromise'));
  }
  return lists;
}

/** Every word or phrase of one class (for a small class that a caller keeps as a set of its own). */
export function compromiseWords(cls: CompromiseClass): string[] {
  return readLists()[cls] ?? [];
}

function load(): Map<string, number> {
  const data = readLists();
  const bits = new Map<string, number>();
  for (const [cls, words] of Object.entries(data)) {
    const bit = BIT[cls as CompromiseClass];
    if (bit === undefined) continue;
    for (const w of words) bits.set(w, (bits.get(w) ?? 0) | bit);
  }
  return bits;
}

// Callers ask several classes of one token's word in a row ("firstName", then "lastName"): the
// last answer is kept. The same string object compares equal at once.
let lastWord = '';
let lastBits = 0;

/** Is the lower-cased word or phrase in compromise's lexicon with this class? */
export function inCompromise(cls: CompromiseClass, lower: string): boolean {
  if (lower !== lastWord) {
    classBits ??= load();
    lastBits = classBits.get(lower) ?? 0;
    lastWord = lower;
  }
  return (lastBits & BIT[cls]) !== 0;
}
