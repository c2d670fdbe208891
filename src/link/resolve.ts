/**
 * Overlaps between candidates: the stronger (priority, then length) wins, except that nesting
 * is kept where it means something — a place inside an organization, event or larger place
 * ("Republic of Azerbaijan" inside "Media Development Agency of the Republic of Azerbaijan"),
 * and a person inside a landmark named after them; but not a place inside a company's name.
 */
import type { Candidate } from '../kinds/candidate.js';
import { ByToken } from './by-token.js';

function contains(outer: Candidate, inner: Candidate): boolean {
  return outer.a <= inner.a && inner.b <= outer.b && outer.b - outer.a > inner.b - inner.a;
}

function nestingAllowed(outer: Candidate, inner: Candidate): boolean {
  if (!contains(outer, inner)) return false;
  if (inner.type === 'place') return outer.type !== 'person';
  if (inner.type === 'person') return outer.type === 'place' && outer.rule === 'place.named-after';
  if (inner.type === 'organization') return outer.type === 'organization' && inner.rule !== 'organization.before-title';
  return false;
}

export function resolveCandidates(candidates: Candidate[]): Candidate[] {
  const ranked = [...candidates].sort(
    (x, y) => y.priority - x.priority || y.b - y.a - (x.b - x.a) || x.a - y.a,
  );
  const kept: Candidate[] = [];
  // Token → kept candidates covering it: a candidate is checked only against those it touches.
  const covering = new ByToken<Candidate>(ranked.reduce((n, c) => Math.max(n, c.b), 0));
  for (const c of ranked) {
    let ok = true;
    let seen: Set<Candidate> | null = null;
    for (let t = c.a; t < c.b && ok; t++) {
      const list = covering.get(t);
      if (!list) continue;
      seen ??= new Set();
      for (const k of list) {
        if (seen.has(k)) continue;
        seen.add(k);
        if (nestingAllowed(k, c) || nestingAllowed(c, k)) continue;
        ok = false;
        break;
      }
    }
    if (!ok) continue;
    kept.push(c);
    for (let t = c.a; t < c.b; t++) covering.push(t, c);
  }
  // A company named after a place ("Singapore Airlines", "Air France", "Texas Instruments") is
  // a brand: the place in it is not a place the text speaks of. Decided after the overlaps, so
  // that the place never costs the company its name.
  // A company containing the place covers its first token: only those are asked.
  const brandPlace = (c: Candidate) => c.type === 'place' && (covering.get(c.a)?.some((o) => o.type === 'organization' && o.subtype === 'company' && contains(o, c)) ?? false);
  return kept.filter((c) => !brandPlace(c)).sort((x, y) => x.a - y.a || y.b - x.b);
}
