/** Evidence from around a name that it is a person: speech verbs, ages, appositive titles, aliases. */
import type { SegmentContext } from '../segment-context.js';
import { isCapitalised } from '../token-tests.js';
import { inCompromise } from '../../lexicon/compromise.js';
import { SPEECH_VERBS, INVERTED_SPEECH_VERBS } from '../../lexicon/speech-verbs.js';
import { tokenAt } from '../../document/token-at.js';

/** Context strong enough for names made of ordinary words ("Bill Weld, the former governor"). */
export const STRONG_CONTEXT = new Set(['person.appositive-title', 'person.age', 'person.alias', 'person.copula-title']);

/** Evidence from around the name that it is a person; returns the rule name. */
export function personContext(ctx: SegmentContext, a: number, b: number): string | null {
  const { doc } = ctx;
  const t = doc.tokens;
  const next = t[b];
  const prev = t[a - 1];
  // A lone word next to "said" must look like a name, not "Officials said".
  const nameLike = b - a >= 2 || (t[a].pos === 'PROPN' && !inCompromise('common', t[a].lower) && prev?.lower !== 'the');
  if (nameLike && next && SPEECH_VERBS.has(next.lower) && next.sentence === t[a].sentence) return 'person.speaker';
  if (nameLike && prev && INVERTED_SPEECH_VERBS.has(prev.lower)) return 'person.speaker';
  if (next?.text === ',') {
    const after = t[b + 1];
    if (after && /^\d{1,3}$/.test(after.text) && tokenAt(t, b + 2).text === ',') return 'person.age';
    if (after?.lower === 'who') return 'person.who';
    // "Bill Weld, the former governor of Massachusetts", "Daniel Paluh, a Ph.D. candidate"
    let k = b + 1;
    if (['the', 'a', 'an'].includes(tokenAt(t, k).lower)) k++;
    while (['former', 'then', 'current', 'longtime', 'retired', 'acting'].includes(tokenAt(t, k).lower)) k++;
    for (let j = k; j < Math.min(k + 4, t.length); j++) if (ctx.titleCovering[j]) return 'person.appositive-title';
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
