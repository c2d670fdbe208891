/**
 * "the Alvin, Texas, Police Department", "Harris County, Texas, Sheriffs Office": a local agency
 * named with its town (or county) and state between commas is one organization with the whole
 * name; the town and the state stay places inside it. Alone, the agency was a bare "Police
 * Department", and every police department of a release the same entity.
 */
import type { Document } from '../../document/tokenize.js';
import { candidate, type Candidate } from '../candidate.js';
import { LOCAL_AGENCY_WORDS } from '../../lexicon/organizations.js';
import { STATE_ABBREVIATIONS } from '../../lexicon/places.js';
import { inCompromise } from '../../lexicon/compromise.js';
import { tokenAt } from '../../document/token-at.js';

/** Replaces, in the list, each such agency's candidate by one for the whole name. */
export function qualifyLocalAgencies(doc: Document, candidates: Candidate[]): void {
  const t = doc.tokens;
  let placeEndingAt: Map<number, Candidate> | null = null;
  for (let n = 0; n < candidates.length; n++) {
    const agency = candidates[n];
    if (agency.type !== 'organization' || !LOCAL_AGENCY_WORDS.has(t[agency.a].lower) || tokenAt(t, agency.a - 1).text !== ',') continue;
    // The longest place candidate ending at each token, built when first needed.
    placeEndingAt ??= longestPlaceEndingAt(candidates);
    const state = placeEndingAt.get(agency.a - 1);
    if (!state || !isState(doc, state) || tokenAt(t, state.a - 1).text !== ',') continue;
    const town = placeEndingAt.get(state.a - 1);
    if (!town || t[town.a].sentence !== t[agency.a].sentence) continue;
    candidates[n] = candidate({ ...agency, a: town.a, rule: 'organization.place-qualified' });
  }
}

function longestPlaceEndingAt(candidates: Candidate[]): Map<number, Candidate> {
  const byEnd = new Map<number, Candidate>();
  for (const c of candidates) {
    if (c.type !== 'place') continue;
    const known = byEnd.get(c.b);
    if (!known || known.b - known.a < c.b - c.a) byEnd.set(c.b, c);
  }
  return byEnd;
}

/** A US state, written out or abbreviated ("Texas", "Ill."). */
function isState(doc: Document, c: Candidate): boolean {
  const words = doc.text.slice(doc.tokens[c.a].start, doc.tokens[c.b - 1].end).toLowerCase();
  return STATE_ABBREVIATIONS.has(words) || inCompromise('region', words);
}
