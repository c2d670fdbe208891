/**
 * Landmarks described by a common noun and a name: "the monument of the Great Order",
 * "a park named after General Leader Heydər Əliyev". The noun is part of the place's name.
 */
import type { Document } from '../../document/tokenize.js';
import type { Run } from '../name-runs.js';
import { type Candidate, PRIORITY } from '../candidate.js';
import { LANDMARK_NOUNS } from '../../lexicon/places.js';

const NAMED_AFTER_NOUNS = new Set([...LANDMARK_NOUNS, 'street', 'avenue', 'school', 'library', 'airport', 'stadium', 'bridge', 'hall']);

export function findLandmarkPhrases(doc: Document, runs: Run[]): Candidate[] {
  const out: Candidate[] = [];
  const runAt = new Map(runs.map((r) => [r.a, r]));
  const t = doc.tokens;
  for (let i = 0; i < t.length; i++) {
    const noun = t[i].lower;
    if (!NAMED_AFTER_NOUNS.has(noun) || /^\p{Lu}/u.test(t[i].text)) continue;
    // "park named after <Name>"
    if (t[i + 1]?.lower === 'named' && t[i + 2]?.lower === 'after') {
      const r = runAt.get(i + 3);
      if (r) out.push({ type: 'place', a: i, b: r.b, rule: 'place.named-after', subtype: 'landmark', priority: PRIORITY.context });
      continue;
    }
    // "monument of the Great Order"
    if (LANDMARK_NOUNS.has(noun) && t[i + 1]?.lower === 'of') {
      const start = i + 2 + (t[i + 2]?.lower === 'the' ? 1 : 0);
      const r = runAt.get(start);
      if (r) out.push({ type: 'place', a: i, b: r.b, rule: 'place.landmark-of', subtype: 'landmark', priority: PRIORITY.head });
    }
  }
  return out;
}
