/** Gold files (`<name>.gold.json`, docs/annotation.md) and the normalisation used to match names. */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, basename } from 'node:path';

export interface GoldTitle {
  title: string;
  organization: string | null;
  place?: string | null;
}
export interface GoldEntity {
  name: string;
  aliases?: string[];
  titles?: GoldTitle[];
  subtype?: string | null;
  within?: string | null;
}
export interface GoldDoc {
  source?: string;
  people: GoldEntity[];
  organizations: GoldEntity[];
  places: GoldEntity[];
  events: GoldEntity[];
  sequence: (string | { lemma: string; text?: string })[];
}

/** Matching ignores case, a leading "the", surrounding punctuation and a possessive. */
export function normalise(s: string): string {
  return s
    .toLowerCase()
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[\p{P}\s]+|[\p{P}\s]+$/gu, '')
    .replace(/^the /, '')
    .replace(/['’]s$/, '');
}

export function forms(e: { name: string; aliases?: string[] }): Set<string> {
  return new Set([e.name, ...(e.aliases ?? [])].map(normalise).filter(Boolean));
}

export function sequenceLemmas(g: GoldDoc): string[] {
  return g.sequence.map((x) => (typeof x === 'string' ? x : x.lemma).toLowerCase());
}

/** Every `<name>.gold.json` under dir (recursive), keyed by <name>. */
export function loadGoldDir(dir: string): Map<string, { path: string; gold: GoldDoc }> {
  const out = new Map<string, { path: string; gold: GoldDoc }>();
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.gold.json')) {
        const gold = JSON.parse(readFileSync(full, 'utf8')) as GoldDoc;
        for (const k of ['people', 'organizations', 'places', 'events', 'sequence'] as const) gold[k] ??= [];
        out.set(basename(name, '.gold.json'), { path: full, gold });
      }
    }
  };
  walk(dir);
  return out;
}
