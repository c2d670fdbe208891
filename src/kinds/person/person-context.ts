/** Evidence from around a name that it is a person: speech verbs, ages, appositive titles, aliases. */
import type { SegmentContext } from '../segment-context.js';
import { isCapitalised } from '../token-tests.js';
import { inCompromise } from '../../lexicon/compromise.js';
import { SPEECH_VERBS, INVERTED_SPEECH_VERBS } from '../../lexicon/speech-verbs.js';
import { tokenAt } from '../../document/token-at.js';
import { isRunWord } from '../name-runs.js';
import { NAME_SUFFIXES } from '../../lexicon/name-particles.js';
import { TENURE_WORDS } from '../../lexicon/titles.js';

/** Context strong enough for names made of ordinary words ("Bill Weld, the former governor"). */
export const STRONG_CONTEXT = new Set(['person.appositive-title', 'person.age', 'person.alias', 'person.copula-title']);

/** Evidence from around the name that it is a person; returns the rule name. */
export function personContext(ctx: SegmentContext, a: number, b: number): string | null {
  const { doc } = ctx;
  const t = doc.tokens;
  const next = t[b];
  const prev = t[a - 1];
  // "Charles M. Edgar, Jr., who …": a suffix after its name's comma is no person of its own.
  if (b - a === 1 && NAME_SUFFIXES.has(t[a].lower)) return null;
  // A lone word next to "said" must look like a name, not "Officials said".
  const nameLike = b - a >= 2 || (t[a].pos === 'PROPN' && !inCompromise('common', t[a].lower) && prev?.lower !== 'the');
  if (nameLike && next && SPEECH_VERBS.has(next.lower) && next.sentence === t[a].sentence) return 'person.speaker';
  if (nameLike && prev && INVERTED_SPEECH_VERBS.has(prev.lower)) return 'person.speaker';
  if (next?.text === ',') {
    const after = t[b + 1];
    if (after && /^\d{1,3}$/.test(after.text) && tokenAt(t, b + 2).text === ',') return 'person.age';
    // "Hines, who …"; not "Women, who make up …" or "the Conception, which …".
    if (after?.lower === 'who' && (nameLike || inCompromise('lastName', t[a].lower) || inCompromise('firstName', t[a].lower))) return 'person.who';
    // "Bill Weld, the former governor of Massachusetts", "Daniel Paluh, a Ph.D. candidate"
    if (appositiveTitle(ctx, b + 1)) return 'person.appositive-title';
  }
  // "Lustyik was an FBI special agent", "Dana Whitcombe is the CEO of …"
  if (next && ['is', 'was'].includes(next.lower)) {
    let k = b + 1;
    if (['the', 'a', 'an'].includes(tokenAt(t, k).lower)) k++;
    for (let n = 0; n < 3 && isCapitalised(t[k]) && !ctx.titleCovering[k]; n++) k++;
    if (ctx.titleCovering[k]) return 'person.copula-title';
  }
  // "aka Caesar", "also known as …"
  if (prev?.lower === 'aka' || (prev?.lower === 'as' && tokenAt(t, a - 2).lower === 'known')) return 'person.alias';
  if (prev?.lower === 'after' && tokenAt(t, a - 2).lower === 'named') return 'person.named-after';
  return null;
}

/** Words between an appositive's article and its title: "an FBI special agent", "the company's CEO". */
const APPOSITIVE_WORD_POS = new Set(['NOUN', 'PROPN', 'ADJ', 'PART']);

/**
 * Does an appositive title start at token k (after the name's comma)? An article and "former"
 * may come first, then up to three nouns or names ("an FBI special agent"), then the title:
 * one title, not a plural ("Further, members of …"), and not one that opens another name
 * ("… our fellow Americans, Attorney General Sessions said"). A verb or a function word before
 * it ("of Houston, was sentenced by U.S. District Judge …", "Virginia, and a former police
 * officer") ends the search.
 */
function appositiveTitle(ctx: SegmentContext, k: number): boolean {
  const t = ctx.doc.tokens;
  if (['the', 'a', 'an'].includes(tokenAt(t, k).lower)) k++;
  while (TENURE_WORDS.has(tokenAt(t, k).lower) || tokenAt(t, k).lower === 'acting') k++;
  for (let j = k; j < Math.min(k + 4, t.length); j++) {
    const title = ctx.titleCovering[j];
    if (title) return !title.plural && !isRunWord(tokenAt(t, title.b));
    if (!APPOSITIVE_WORD_POS.has(t[j].pos)) return false;
  }
  return false;
}
