/**
 * Where a capitalised run splits at "and": two names ("Boeing and Lockheed Martin") or one
 * ("Department of Health and Human Services", "Computer Crime and Intellectual Property
 * Section").
 */
import { isKnownWord, type Document, type Token } from '../document/tokenize.js';
import { classifyName, isPlaceName } from './classify-name.js';
import { inCompromise } from '../lexicon/compromise.js';
import { ORG_HEADS, ORG_LEADS } from '../lexicon/organizations.js';
import { tokenAt } from '../document/token-at.js';
import { lostPossessiveOwner } from './name-heads.js';
import { isAcronym, isCapitalised } from './token-tests.js';
import { trailingPersonStart } from './person/person-shape.js';

/** Split at "and" unless the whole is one name ("Department of Health and Human Services"). */
export function splitCoordination(doc: Document, a: number, b: number): [number, number][] {
  const t = doc.tokens;
  // "Department of Justice and HHS", "Food and Drug Administration and EPA": an acronym alone
  // after the last "and" is a name of its own, and the rest is judged without it.
  if (b - a >= 3 && t[b - 2].lower === 'and' && isAcronym(t[b - 1])) return [...splitCoordination(doc, a, b - 2), [b - 1, b]];
  const parts: [number, number][] = [];
  let start = a;
  for (let k = a + 1; k < b; k++) {
    if (t[k].lower !== 'and') continue;
    // The whole is judged up to the next "and the", where the run splits in any case ("Florida
    // Fish and Wildlife Conservation Commission and the Plaquemines Parish").
    const end = nextAndThe(t, k + 1, b);
    // "American Civil Liberties Union of Montana and Native American Rights Fund": a place ends
    // the "of" complement, and what follows "and" names a body by its own words.
    const theAfter = tokenAt(t, k + 1).lower === 'the';
    // "HBO and Ryan Seacrest Productions": so does a lone acronym before the "and".
    const apart = theAfter || ((placeComplementBefore(doc, start, k) || (k === start + 1 && isAcronym(t[start]))) && namesBody(doc, k + 1, end));
    const whole = classifyName(doc, start, end);
    const left = classifyName(doc, start, k);
    // "Attorney General Jeff Sessions and Department of …": a left part ending in a person's name
    // (a known given name and more) is known too.
    const leftKnown = left !== null || isPlaceName(doc, start, k) !== null || inCompromise('firstName', t[start].lower) || trailingPersonStart(doc, start, k) > start;
    if (!apart && whole && (whole.type === 'organization' || whole.type === 'event') && !leftKnown) continue;
    // The same judged on the conjunct just before the "and" (after the last "of the"), up to
    // the next "and": "James S. Yoon of the Criminal Divisions Computer Crime and Intellectual
    // Property Section" keeps "Computer Crime and Intellectual Property Section" whole.
    // Not when the word after "and" heads a name of its own ("Center for Biological Diversity
    // and Center for Food Safety").
    // A head word right before another ("Gang Section") is a modifier inside the name.
    const newName = (ORG_HEADS.has(t[k + 1].lower) && !ORG_HEADS.has(tokenAt(t, k + 2).lower)) || ORG_LEADS.has(t[k + 1].lower);
    if (!apart && !newName && joinsLocally(doc, start, k, b)) continue;
    // "Department of Health and Human Services", "Task Force on Crime Reduction and Public
    // Safety": an "and" inside the "of" complement of an organization name joins.
    if (!apart && !newName && whole?.type === 'organization' && complementBefore(t, start, k) && !inCompromise('firstName', t[k + 1].lower) && isKnownWord(t[k + 1])) continue;
    // The last "and" of a list the run builder took in ("Alcohol, Tobacco, Firearms and Explosives").
    if (tokenAt(t, k - 2).text === ',' && complementBefore(t, start, k)) continue;
    if (k > start) parts.push([start, k]);
    start = theAfter ? k + 2 : k + 1;
  }
  if (b > start) parts.push([start, b]);
  return parts;
}

function joinsLocally(doc: Document, start: number, k: number, b: number): boolean {
  const t = doc.tokens;
  let from = start;
  for (let j = k - 1; j > start; j--) {
    // After "of the", or after an owner whose apostrophe was lost ("the Criminal Divisions
    // Organized Crime and Gang Section").
    // Not when the word after it is a head itself ("Investigations Unit", "Sheriffs Office": a
    // plural or possessive that is part of one name), nor before one word alone ("Services LLC
    // and …": a company's suffix).
    if (t[j].lower === 'of' || t[j].lower === 'the' || (k - j > 2 && t[j].lower.endsWith('s') && isCapitalised(t[j]) && isCapitalised(t[j + 1]) && !ORG_HEADS.has(t[j + 1].lower) && lostPossessiveOwner(t[j]) === 'head')) {
      from = j + 1;
      break;
    }
  }
  if (from === start || from >= k) return false;
  let to = k + 1;
  while (to < b && t[to].lower !== 'and') to++;
  const whole = classifyName(doc, from, to);
  if (!whole || whole.type !== 'organization') return false;
  return classifyName(doc, from, k) === null && isPlaceName(doc, from, k) === null && !inCompromise('firstName', t[from].lower);
}

/** Is the "of"/"for" complement right before k a known place ("… Union of Montana")? */
function placeComplementBefore(doc: Document, start: number, k: number): boolean {
  const t = doc.tokens;
  for (let j = k - 1; j > start; j--) {
    if (t[j].lower !== 'of' && t[j].lower !== 'for') continue;
    const from = j + 1 + (tokenAt(t, j + 1).lower === 'the' ? 1 : 0);
    return from < k && isPlaceName(doc, from, k) !== null;
  }
  return false;
}

/**
 * Do tokens [a, b) name an organization by a head, a lead or a legal suffix, not opening with a
 * place (that may be another place of the complement: "Port Authority of New York and New
 * Jersey Police Department")?
 */
function namesBody(doc: Document, a: number, b: number): boolean {
  if (isPlaceName(doc, a, a + 1) || (a + 2 < b && isPlaceName(doc, a, a + 2))) return false;
  const c = a < b ? classifyName(doc, a, b) : null;
  return c !== null && c.type === 'organization' && c.strength !== 'lexicon' && c.strength !== 'acronym';
}

/** The next "and" before "the" in [from, b), or b. */
function nextAndThe(t: Token[], from: number, b: number): number {
  for (let j = from; j < b - 1; j++) if (t[j].lower === 'and' && t[j + 1].lower === 'the') return j;
  return b;
}

/** Is there an "of"/"on"/"for" between start and k, after a word that leads or heads an organization? */
function complementBefore(t: Token[], start: number, k: number): boolean {
  for (let j = start + 1; j < k; j++) if (['of', 'on', 'for'].includes(t[j].lower)) return true;
  return false;
}
