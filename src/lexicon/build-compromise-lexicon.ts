/**
 * Build step: exports the parts of compromise's lexicon that the finders use (first names,
 * family names, countries, cities, regions, demonyms, organizations…) to
 * dist/lexicon/compromise-lexicon.json. Importing compromise costs ~400 ms; reading this JSON
 * costs a few, which keeps the CLI's cold start low. Run by `npm run build`.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

/** compromise tag → our class name. A word may carry several classes. */
const WANTED: Record<string, string> = {
  FemaleName: 'firstName',
  MaleName: 'firstName',
  FirstName: 'firstName',
  LastName: 'lastName',
  Honorific: 'honorific',
  Country: 'country',
  City: 'city',
  Region: 'region',
  Place: 'place',
  Demonym: 'demonym',
  Organization: 'organization',
  SportsTeam: 'organization',
  Month: 'month',
  WeekDay: 'weekday',
};

const COMMON_TAGS = new Set(['PastTense', 'PresentTense', 'Infinitive', 'Gerund', 'Plural', 'Singular', 'Adjective', 'Adverb', 'Uncountable', 'Noun', 'Comparative', 'Superlative', 'Participle', 'Actor', 'Preposition', 'Conjunction', 'Determiner', 'Pronoun', 'Verb', 'Modal', 'Copula']);
const VERB_FORM_TAGS = new Set(['PastTense', 'PresentTense', 'Gerund', 'Participle']);
const NAME_TAGS = new Set(['FemaleName', 'MaleName', 'FirstName', 'LastName', 'Person', 'Honorific']);

type Compromise = { model(): { one: { lexicon: Record<string, string | string[]> }; two: { switches: Record<string, string> } } };

/** The classes we use, from a loaded compromise module (passed in so that importing this file stays cheap). */
export function buildCompromiseLexicon(nlp: unknown): Record<string, string[]> {
  const model = (nlp as Compromise).model();
  const lexicon = model.one.lexicon;
  const out: Record<string, Set<string>> = {};
  // Words compromise decides between a name and another reading in context ("Bill", "Frank",
  // "Hill": Person|Noun, Person|Adj): a person's name when capitalised before another name word.
  for (const [word, choice] of Object.entries(model.two.switches)) if (choice.split('|').includes('Person')) (out.personWord ??= new Set()).add(word);
  for (const [word, tags] of Object.entries(lexicon)) {
    const list = ([] as string[]).concat(tags);
    // Ordinary words (verbs, nouns, adjectives…) that are never names: weak name evidence.
    if (list.some((t) => COMMON_TAGS.has(t)) && !list.some((t) => NAME_TAGS.has(t)) && !word.includes(' ')) (out.common ??= new Set()).add(word);
    if (list.some((t) => VERB_FORM_TAGS.has(t)) && !list.some((t) => NAME_TAGS.has(t)) && !word.includes(' ')) (out.verbForm ??= new Set()).add(word);
    for (const tag of list) {
      const cls = WANTED[tag];
      if (!cls) continue;
      (out[cls] ??= new Set()).add(word);
    }
  }
  const sorted: Record<string, string[]> = {};
  for (const cls of Object.keys(out).sort()) sorted[cls] = [...out[cls]].sort();
  return sorted;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const target = join(dirname(fileURLToPath(import.meta.url)), 'compromise-lexicon.json');
  const { default: nlp } = await import('compromise');
  writeFileSync(target, JSON.stringify(buildCompromiseLexicon(nlp)));
}
