/**
 * Turns each proper-name run into typed candidates: splits off honorifics and titles
 * ("Attorney General Jeff Sessions" → title + person), organization prefixes ("Northrop Grumman
 * CEO Ron Sugar"), "of" complements ("… Agency of the Republic of Azerbaijan" also yields the
 * place), and judges what is left by its words (classify-name.ts) or by its context.
 */
import type { Token } from '../document/tokenize.js';
import { PRIORITY } from './candidate.js';
import { classifyName, isPlaceName, phrase } from './classify-name.js';
import { contextual } from './contextual.js';
import { personContext, STRONG_CONTEXT } from './person/person-context.js';
import { lostPossessiveOwner, isNameHead, isOrgHeadWord } from './name-heads.js';
import type { Run } from './name-runs.js';
import { personShaped, hasNameEvidence, ordinaryWords, personEnd, trailingPersonStart } from './person/person-shape.js';
import { type SegmentContext, add } from './segment-context.js';
import type { TitleSpan } from './title/title-spans.js';
import { isCapitalised } from './token-tests.js';
import { inCompromise } from '../lexicon/compromise.js';
import { HONORIFICS } from '../lexicon/honorifics.js';
import { NAME_SUFFIXES } from '../lexicon/name-particles.js';
import { ORG_HEADS, ORG_ACRONYMS, ORG_LEADS, NON_ENTITY_HEADS, PLURAL_SUBJECT_HEADS } from '../lexicon/organizations.js';
import { COUNTRY_PREFIXES, COUNTRY_OFFICES } from '../lexicon/titles.js';
import { PLACE_HEADS } from '../lexicon/places.js';
import { splitCoordination } from './coordination.js';
import { addClassified } from './add-classified.js';
import { tokenAt } from '../document/token-at.js';

export function segmentRun(ctx: SegmentContext, run: Run): void {
  // "… for the U.S. Fish and Wildlife Service Ed Grace": a name that ends in its head word, then
  // a person whose given name is known. Split off first, so that the name is judged whole.
  const personStart = trailingPersonStart(ctx.doc, run.a, run.b);
  const t = ctx.doc.tokens;
  const end = personStart > run.a && isOrgHeadWord(t[personStart - 1].lower) && inCompromise('firstName', t[personStart].lower) && !isNameHead(t[run.b - 1]) && !ctx.titleCovering[personStart - 1] && !ctx.titleCovering[personStart] ? personStart : run.b;
  if (end < run.b) add(ctx, { type: 'person', a: end, b: run.b, rule: 'person.given-name', subtype: null, priority: PRIORITY.firstName });
  const parts = splitCoordination(ctx.doc, run.a, end);
  for (let n = 0; n < parts.length; n++) {
    const [a, b] = parts[n];
    if (n + 1 < parts.length && sharesFamilyName(ctx.doc, a, b, parts[n + 1])) {
      add(ctx, { type: 'person', a, b, rule: 'person.shared-family-name', subtype: null, priority: PRIORITY.firstName });
      continue;
    }
    segmentPart(ctx, run, a, b);
  }
}

/**
 * "Richard and Lisa Parry", "David and Louise Turpin": a lone given name joined by "and" to a
 * given name and a family name is a person of that family.
 */
function sharesFamilyName(doc: SegmentContext['doc'], a: number, b: number, [c, d]: [number, number]): boolean {
  const t = doc.tokens;
  return b - a === 1 && t[b].lower === 'and' && c === b + 1 && d - c === 2 && inCompromise('firstName', t[a].lower) && inCompromise('firstName', t[c].lower) && !inCompromise('country', t[a].lower) && personShaped(doc, c, d);
}

/** Is token k inside the "of"/"for" complement of a name that starts at a? */
function insideComplement(t: Token[], a: number, k: number): boolean {
  for (let j = a + 1; j < k; j++) if (t[j].lower === 'of' || t[j].lower === 'for') return ORG_LEADS.has(t[a].lower) || isNameHead(t[j - 1]);
  return false;
}

/** Two or three name words ending in a known family name ("Jeh Johnson"), a person's shape. */
function endsInFamilyName(doc: SegmentContext['doc'], a: number, b: number): boolean {
  return b - a >= 2 && b - a <= 3 && inCompromise('lastName', doc.tokens[b - 1].lower) && personShaped(doc, a, b);
}

/** Kinds of place whose head words are also family names ("Park", "Hill", "Hall"), unlike "County". */
const SURNAME_LIKE_HEADS = new Set(['landmark', 'facility']);

/** A known given name, then name words ending in a landmark's or facility's head ("John Park", "Mary Hall"). */
function surnameLikeHeadName(doc: SegmentContext['doc'], a: number, b: number): boolean {
  const t = doc.tokens;
  return b - a >= 2 && b - a <= 3 && inCompromise('firstName', t[a].lower) && isSurnameLikeHead(t[b - 1]) && personShaped(doc, a, b);
}

/** A head word of a kind of place that is also a family name ("Park", "Hall"). */
function isSurnameLikeHead(t: Token): boolean {
  return SURNAME_LIKE_HEADS.has(PLACE_HEADS.get(t.lower) ?? '');
}

function segmentPart(ctx: SegmentContext, run: Run, a: number, b: number): void {
  const { doc } = ctx;
  const t = doc.tokens;
  // A leading capitalised "The" is not part of a name (sentence-internal "The EPA").
  while (a < b && (t[a].lower === 'the' || t[a].lower === 'of' || t[a].lower === 'and' || t[a].pos === 'PUNCT')) a++;
  while (b > a && (t[b - 1].lower === 'of' || t[b - 1].lower === 'the' || t[b - 1].lower === 'and' || t[b - 1].pos === 'PUNCT')) b--;
  if (a >= b) return;

  // "William C. Robertson, Sr. New Orleans, LA": "Sr." after a name and its comma is that
  // name's suffix (the Spanish honorific "Sr." stays for "Sr. Ramírez"); what follows is apart.
  if (NAME_SUFFIXES.has(t[a].lower) && tokenAt(t, a - 1).text === ',' && isCapitalised(tokenAt(t, a - 2))) {
    let next = a + 1;
    while (next < b && !isCapitalised(t[next])) next++; // "…, Jr. for the Middle District of Alabama"
    segmentPart(ctx, run, next, b);
    return;
  }
  // Honorific: "Mr. Ismailov", "Dr. Jane Roe"; before a title the title decides ("the Honorable
  // Chief Judge Gloria M. Navarro").
  if (HONORIFICS.has(t[a].lower) && b > a + 1 && !ctx.titleAt[a + 1]) {
    let end = personEnd(doc, a + 1, b);
    // "The Honorable Paul Ryan Speaker" (an address whose line break was lost): the name ends
    // where a title begins (a title word that is a family name after a given name is no title:
    // "Dr. Martin Luther King", title-spans.ts).
    for (let k = a + 3; k < end; k++) {
      if (ctx.titleAt[k]?.capitalised) {
        end = k;
        break;
      }
    }
    if (end > a + 1) {
      add(ctx, { type: 'person', a: a + 1, b: end, rule: 'person.honorific', subtype: null, priority: PRIORITY.honorific });
      if (end < b) segmentPart(ctx, run, end, b);
      return;
    }
  }

  // A title inside the run: prefix (organization or place), the title, then a name or "of …".
  for (let k = a; k < b; k++) {
    const title = ctx.titleAt[k] ?? (k === a ? ctx.titleCovering[k] : undefined);
    if (!title || !title.capitalised || title.b > b) continue;
    // "Office of the General Counsel", "Office of Justice Programs": a title after "of" inside
    // a name is part of that name.
    if (k > a && (['of', 'for'].includes(t[k - 1].lower) || (t[k - 1].lower === 'the' && ['of', 'for'].includes(tokenAt(t, k - 2).lower)))) continue;
    // "Office of Juvenile Justice and …": a title word inside an "of" complement, not followed
    // by a person's name, is part of the organization's name.
    if (k > a && insideComplement(t, a, k) && !(title.b < b && (inCompromise('firstName', t[title.b].lower) || endsInFamilyName(doc, title.b, b)))) continue;
    if (title.weak && title.b === b) continue;
    // "U.S. Attorneys Office", "Justice Department": the title word is part of a name.
    // But a given name that is also such a word starts the holder's name ("Sheriff Bill Brown",
    // "Attorney General Grant Smith").
    const givenName = title.b + 1 < b && (inCompromise('firstName', t[title.b].lower) || inCompromise('personWord', t[title.b].lower));
    if (title.b < b && isNameHead(t[title.b]) && !givenName) continue;
    if (k > a) segmentPrefix(ctx, run, a, k);
    addTitleCountry(ctx, title);
    const rest = title.b;
    if (rest >= b) return;
    if (t[rest].lower === 'of' || t[rest].lower === 'for' || t[rest].lower === 'in' || t[rest].lower === 'on') {
      const attached = rest + (tokenAt(t, rest + 1).lower === 'the' ? 2 : 1);
      // "Director of the Office for Victims of Crime Darlene Hutchinson": a name closes the run.
      // Not when all of it is named by its head word ("Sheriff of St. Charles Parish").
      const byHead = classifyName(doc, attached, b)?.strength === 'head' && isNameHead(t[b - 1]);
      const nameStart = byHead ? attached : trailingPersonStart(doc, attached, b);
      if (nameStart > attached) {
        segmentPart(ctx, run, attached, nameStart);
        add(ctx, { type: 'person', a: nameStart, b, rule: 'person.after-title-of', subtype: null, priority: PRIORITY.title });
      } else segmentPart(ctx, run, attached, b);
      return;
    }
    const end = personEnd(doc, rest, b);
    const restClass = classifyName(doc, rest, b);
    // "Trial Attorney Mi Yung Park of CEOS", "Judge Jane Hill": right after a title, a
    // landmark's or facility's head word ends a person's name (an administrative one does not:
    // "Prince Georges County") when the words before it are a given name or no ordinary words
    // ("Central Park" stays a place).
    const placeByHead = restClass?.type === 'place' && end - rest >= 2 && personShaped(doc, rest, end) && (isSurnameLikeHead(t[end - 1]) || inCompromise('lastName', t[end - 1].lower));
    const surnameHead = placeByHead && (inCompromise('lastName', t[end - 1].lower) || inCompromise('firstName', t[rest].lower) || !ordinaryWords(doc, rest, end - 1));
    if (restClass && restClass.strength !== 'lexicon' && !surnameHead) {
      // "Prince Georges County", "Queen Elizabeth Hospital", "Princess Cruise Lines Ltd.": one
      // title word before a place's or an organization's name known by its head word or legal
      // suffix is part of that name.
      const byWords = restClass.strength === 'head' || restClass.strength === 'suffix';
      const whole = k === a && title.b === a + 1 && byWords ? classifyName(doc, a, b) : null;
      if (whole && whole.type === restClass.type && whole.strength === restClass.strength) {
        add(ctx, { type: whole.type, a, b, rule: whole.rule, subtype: whole.subtype, priority: PRIORITY.head });
        return;
      }
      segmentPart(ctx, run, rest, b);
      return;
    }
    if (end > rest && (!title.weak || hasNameEvidence(doc, rest, end))) {
      add(ctx, { type: 'person', a: rest, b: end, rule: 'person.after-title', subtype: null, priority: PRIORITY.title });
      if (end < b) {
        const next = end + (t[end].lower === 'of' || t[end].lower === 'for' ? 1 : 0);
        segmentPart(ctx, run, next + (tokenAt(t, next).lower === 'the' ? 1 : 0), b);
      }
    } else segmentPart(ctx, run, rest, b);
    return;
  }

  // A possessive whose apostrophe was lost: "Justice Departments Criminal Division",
  // "FBIs Miami Field Office" → the owner ("Justice Department", "FBI") and the unit.
  for (let k = a; k < b - 1; k++) {
    const owner = lostPossessiveOwner(t[k]);
    if (!owner || !isCapitalised(t[k + 1])) continue;
    const right = classifyName(doc, k + 1, b);
    if ((!right || right.type === 'person') && !(owner === 'place' && k + 1 < b)) continue;
    // The owner starts after the last "of (the)" before it ("Lisa Hsiao of the Civil Divisions …").
    let from = a;
    for (let j = k - 1; j > a; j--) {
      if (t[j].lower === 'of' || t[j].lower === 'for') {
        from = j + 1 + (t[j + 1].lower === 'the' ? 1 : 0);
        break;
      }
    }
    if (from > k) continue;
    // "Department of Justices …": a lost possessive on a plain word only right after "of".
    if (owner === 'stem' && from !== k) continue;
    // "Department of Justices Office …": the owner is the whole "Department of Justice".
    // "Department of Health and Human Services Office of Inspector General": "Services" ending
    // what a department is "of" is its name as written, not a possessive; the owner is the
    // whole department still.
    const pluralSubject = owner === 'head' && PLURAL_SUBJECT_HEADS.has(t[k].lower);
    const ownerIsLeadOf = (owner === 'stem' || pluralSubject) && tokenAt(t, from - 1).lower === 'of' && ORG_LEADS.has(tokenAt(t, from - 2).lower);
    if (ownerIsLeadOf) {
      from -= 2;
      if (from > a && /^(U\.S\.|US)$/.test(t[from - 1].text)) from--;
    }
    const lead = /^(U\.S\.|US)$/.test(t[from].text) ? from + 1 : from;
    const leadOf = lead + 1 < k && ORG_LEADS.has(t[lead].lower) && t[lead + 1].lower === 'of';
    if (owner === 'place') {
      if (from > a) segmentPart(ctx, run, a, from - (t[from - 1].lower === 'the' ? 2 : 1));
      const placeName = doc.text.slice(t[from].start, t[k].end - 1);
      add(ctx, { type: 'place', a: from, b: k + 1, rule: 'place.possessive-owner', subtype: 'region', priority: PRIORITY.head, name: placeName });
      segmentPart(ctx, run, k + 1, b);
      return;
    }
    if (owner === 'acronym' && k > from) continue;
    if (owner === 'stem' && !leadOf) continue;
    const subtype = owner === 'acronym' ? ORG_ACRONYMS.get(t[k].text.slice(0, -1)) ?? null : ORG_HEADS.get(t[k].lower.slice(0, -1)) ?? ORG_LEADS.get(t[lead].lower) ?? null;
    if (from > a) {
      // What comes before is a name of its own ("Lisa Hsiao"), the "of (the)" dropped.
      let end = from - 1;
      if (t[end].lower === 'the') end--;
      segmentPart(ctx, run, a, end);
    }
    const name = pluralSubject && ownerIsLeadOf ? undefined : doc.text.slice(t[from].start, t[k].end - 1);
    add(ctx, { type: 'organization', a: from, b: k + 1, rule: 'organization.possessive-owner', subtype, priority: PRIORITY.head, name });
    segmentPart(ctx, run, k + 1, b);
    return;
  }

  const cls = classifyName(doc, a, b);
  if (cls) {
    // "John Park, an associate professor …": a known given name and a family name that is
    // also a landmark's head word, with strong evidence of a person after it, is that person.
    const evidence = cls.type === 'place' && surnameLikeHeadName(doc, a, b) ? personContext(ctx, a, b) : null;
    if (evidence && STRONG_CONTEXT.has(evidence)) {
      add(ctx, { type: 'person', a, b, rule: evidence, subtype: null, priority: PRIORITY.context });
      return;
    }
    addClassified(ctx, run, a, b, cls);
    return;
  }
  // "Lisa Hsiao of the Civil Divisions Consumer Protection Branch": a name, then its organization;
  // "Joshua Wong on Twitter" ("on" joins names too: "Committee on Foreign Relations").
  for (let k = a + 1; k < b - 1; k++) {
    if (t[k].lower !== 'of' && t[k].lower !== 'for' && t[k].lower !== 'on') continue;
    const right = k + 1 + (t[k + 1].lower === 'the' ? 1 : 0);
    const rightClass = right < b ? classifyName(doc, right, b) : null;
    const givenName = inCompromise('firstName', t[a].lower) && k - a >= 2;
    // After "on" only a person with a known given name ("Meals on Wheels Association", "John Doe
    // Summons on American Express" are not people).
    const onOk = t[k].lower !== 'on' || (givenName && !NON_ENTITY_HEADS.has(t[k - 1].lower));
    if (((rightClass && rightClass.type !== 'event') || givenName) && onOk && personShaped(doc, a, k)) {
      segmentPart(ctx, run, a, k);
      segmentPart(ctx, run, right, b);
      return;
    }
  }
  // A name that ends in a person ("Acme Robotics CEO" handled above); try splitting off a
  // trailing person whose given name is known ("… Crime Darlene Hutchinson").
  contextual(ctx, run, a, b);
}

/** "United States President", "U.S. Ambassador": the country in front of the office is a place. */
function addTitleCountry(ctx: SegmentContext, title: TitleSpan): void {
  if (COUNTRY_OFFICES.has(title.head)) return;
  const t = ctx.doc.tokens;
  for (const n of [2, 1]) {
    if (title.a + n >= title.b) continue;
    const words = phrase(t, title.a, title.a + n);
    if (!COUNTRY_PREFIXES.includes(words) || /district|court/.test(phrase(t, title.a, title.b))) continue;
    add(ctx, { type: 'place', a: title.a, b: title.a + n, rule: 'place.title-country', subtype: 'country', priority: PRIORITY.context });
    return;
  }
}

/** Tokens before a title: an organization or place the title belongs to ("Northrop Grumman CEO"). */
function segmentPrefix(ctx: SegmentContext, run: Run, a: number, b: number): void {
  const cls = classifyName(ctx.doc, a, b);
  if (cls) return addClassified(ctx, run, a, b, cls);
  if (run.titleCase) return;
  const isPlace = isPlaceName(ctx.doc, a, b);
  if (isPlace) return void add(ctx, { type: 'place', a, b, rule: isPlace.rule, subtype: isPlace.subtype, priority: PRIORITY.lexicon });
  // An unknown name right before a title is its organization ("JSA Research analyst"); an
  // ordinary word ("Former", "Local") is not.
  if (ordinaryWords(ctx.doc, a, b) || personShaped(ctx.doc, a, b) && inCompromise('firstName', ctx.doc.tokens[a].lower)) return;
  // "Mr Justice Anthony Mann": an honorific before a title is not an organization.
  if (b - a === 1 && HONORIFICS.has(ctx.doc.tokens[a].lower)) return;
  add(ctx, { type: 'organization', a, b, rule: 'organization.before-title', subtype: null, priority: PRIORITY.context });
}
