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
 * The classes of thousands of words. The others (places, demonyms, honorifics, …, ~3,000
 * entries together) have a table of their own, small enough to stay in the CPU's cache: most
 * questions are about them, and most answers are no.
 */
const LARGE_CLASSES = new Set<CompromiseClass>(['firstName', 'common', 'verbForm']);

/**
 * Words and phrases of the lexicon with the bits of their classes, one table for the large
 * classes and one for the small: one lookup answers every class of a table.
 */
class ClassTable {
  private readonly bits = new Map<string, number>();
  // Callers ask several classes of one token's word in a row ("firstName", then "common"): the
  // last answer is kept. The same string object compares equal at once.
  private lastWord = '';
  private lastBits = 0;

  add(word: string, bit: number): void {
    this.bits.set(word, (this.bits.get(word) ?? 0) | bit);
  }

  has(word: string, bit: number): boolean {
    if (word !== this.lastWord) {
      this.lastBits = this.bits.get(word) ?? 0;
      this.lastWord = word;
    }
    return (this.lastBits & bit) !== 0;
  }
}

let large: ClassTable | null = null;
let small: ClassTable | null = null;
let lists: Record<string, string[]> | null = null;

function readLists(): Record<string, string[]> {
  if (lists) return lists;
  try {
    // Named from dist/, not from this module's folder: the bundled CLI (dist/bundle/) reads it too.
    lists = JSON.parse(readFileSync(new URL('../lexicon/compromise-lexicon.json', import.meta.url), 'utf8')) as Record<string, string[]>;
  } catch {
    lists = buildCompromiseLexicon(createRequire(import.meta.url)('compromise'));
  }
  return lists;
}

/** Every word or phrase of one class (for a small class that a caller keeps as a set of its own). */
export function compromiseWords(cls: CompromiseClass): string[] {
  return readLists()[cls] ?? [];
}

function load(): void {
  large = new ClassTable();
  small = new ClassTable();
  for (const [cls, words] of Object.entries(readLists())) {
    const bit = BIT[cls as CompromiseClass];
    if (bit === undefined) continue;
    const table = LARGE_CLASSES.has(cls as CompromiseClass) ? large : small;
    for (const w of words) table.add(w, bit);
  }
}

/** Is the lower-cased word or phrase in compromise's lexicon with this class? */
export function inCompromise(cls: CompromiseClass, lower: string): boolean {
  if (!large) load();
  return (LARGE_CLASSES.has(cls) ? large! : small!).has(lower, BIT[cls]);
}
