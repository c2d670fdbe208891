/**
 * Title records: each title span linked to its holder and to the organization or place it
 * belongs to, by the construction around it. A title-only reference to an already named holder
 * ("the Executive Director noted") becomes a mention of that person instead.
 */
import type { Document, Token } from '../document/tokenize.js';
import { isTitleWord, type TitleSpan } from '../kinds/title/title-spans.js';
import { HONORIFICS } from '../lexicon/honorifics.js';
import { mentionDraft, type EntityDraft } from './entities.js';
import { firstOfType, type MentionIndex, type Located } from './mention-index.js';
import { PARTY_WORDS, TENURE_WORDS, COUNTRY_PREFIXES, COUNTRY_OFFICES } from '../lexicon/titles.js';
import { isAcronymInParentheses, isCapitalised, isDemonym } from '../kinds/token-tests.js';
import { DIRECTION_WORDS } from '../lexicon/places.js';
import { tokenAt } from '../document/token-at.js';

export interface TitleDraft {
  span: TitleSpan;
  role: string;
  holder: EntityDraft | null;
  organization: EntityDraft | null;
  place: EntityDraft | null;
  /** Token range of the whole title text (role plus "of …" attachment). */
  a: number;
  b: number;
  rule: string;
}

const COPULA = new Set(['is', 'was', 'became', 'becomes', 'remains', 'remained']);
const SERVE = new Set(['serves', 'served', 'serving', 'named', 'appointed', 'elected']);
/** Verbs that give someone a post: "naming Etkind as the co-executor". */
const NAMING = new Set(['name', 'appoint', 'elect', 'designate', 'hire', 'select', 'choose']);

/** Words of an unnamed group after a title: "the Azerbaijani delegation", "the 12-member board". */
const GROUP_WORD_POS = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM']);
const GROUP_CONNECTORS = new Set(['of', 'for', 'and', '&']);

/** "of (the)? X" / "for X" / "at X" after token b: the organization or place it names. */
function attachment(doc: Document, idx: MentionIndex, b: number, capitalisedTitle = false): { org: EntityDraft | null; place: EntityDraft | null; end: number } {
  const t = doc.tokens;
  const prep = tokenAt(t, b).lower;
  let k = b + 1;
  if (tokenAt(t, k).lower === 'the') k++;
  // "Senator from Vermont Bernie Sanders": "from" attaches a place only where the holder's name
  // follows it (not "a lawyer from Boston").
  if (prep === 'from') {
    const place = firstOfType(idx.startAt.get(k), 'place');
    const holder = place && firstOfType(idx.startAt.get(place.mention.b), 'person');
    return place && holder ? { org: null, place: place.draft, end: place.mention.b } : { org: null, place: null, end: b };
  }
  if (prep !== 'of' && prep !== 'for' && prep !== 'at' && prep !== 'with') return { org: null, place: null, end: b };
  const loc = idx.startAt.get(k)?.find((l) => l.draft.type === 'organization' || l.draft.type === 'place');
  if (loc) return { org: loc.draft.type === 'organization' ? loc.draft : null, place: loc.draft.type === 'place' ? loc.draft : null, end: loc.mention.b };
  // An unnamed group: "head of the Azerbaijani delegation" — the text runs over its adjectives
  // and nouns, and over "of", "for" and "and" inside a name ("District of Connecticut",
  // "Management and Organizations"), at most eight words; not into a verb, another clause or a
  // person ("CFOs of Acme and Ann Lee spoke").
  let end = k;
  while (end < t.length && t[end].sentence === t[b].sentence && end - k < 8) {
    // "… and NIST Director Dr. Willie May": another title or an honorific opens the next name.
    if (end > k && isCapitalised(t[end]) && (isTitleWord(t[end].lower) || HONORIFICS.has(t[end].lower))) break;
    // "Assistant Attorney General for National Security John C. Demers": after a capitalised
    // title, a portfolio that names no organization ends where the holder's full name begins.
    if (end > k && capitalisedTitle && isFullName(firstOfType(idx.startAt.get(end), 'person'))) break;
    if (GROUP_WORD_POS.has(t[end].pos)) end++;
    else if (GROUP_CONNECTORS.has(t[end].lower) && end > k && isCapitalised(tokenAt(t, end + 1)) && !firstOfType(idx.startAt.get(end + 1), 'person')) end++;
    else break;
  }
  while (end > k && GROUP_CONNECTORS.has(t[end - 1].lower)) end--;
  return { org: null, place: null, end: end > k ? end : b };
}

const SKIPPED_BEFORE_TITLE = new Set(['the', 'a', 'an', ...TENURE_WORDS, 'its', 'his', 'her', 'their']);

/** Walk back over determiners, "former", and a possessive ("the city's"), to the comma. */
function skipBackOver(t: Document['tokens'], k: number): number {
  for (let n = 0; n < 5 && k >= 0; n++) {
    // "the South Sudanese minister": a direction word is part of the demonym after it.
    const compassDemonym = DIRECTION_WORDS.has(t[k].lower) && isDemonym(t[k + 1]);
    if (SKIPPED_BEFORE_TITLE.has(t[k].lower) || PARTY_WORDS.has(t[k].lower) || isDemonym(t[k]) || compassDemonym) k--;
    else if (t[k].lower === "'s" && t[k - 1] && tokenAt(t, k - 2).lower === 'the') k -= 3;
    else break;
  }
  return k;
}

/**
 * "U.S. President", "United States President" → role "President" with the country as the place;
 * offices named with the country stay whole ("U.S. Attorney", "U.S. District Judge").
 */
function splitCountry(idx: MentionIndex, span: TitleSpan): { role: string; country: EntityDraft | null } {
  let role = span.role.replace(/^(former|Former|the|The)\s+/, '');
  const lower = role.toLowerCase();
  const prefix = COUNTRY_PREFIXES.find((p) => lower.startsWith(p + ' '));
  if (!prefix || COUNTRY_OFFICES.has(span.head) || /district|court|magistrate/.test(lower)) return { role, country: null };
  role = role.slice(prefix.length + 1);
  const country = firstOfType(idx.startAt.get(span.a), 'place')?.draft ?? null;
  return { role, country };
}

/** The people listed after a plural title: "A, B, and C". */
function personList(doc: Document, idx: MentionIndex, first: Located): Located[] {
  const t = doc.tokens;
  const list = [first];
  let k = first.mention.b;
  for (;;) {
    let j = k;
    // "Presidents Muhammadu Buhari of Nigeria and Patrice Talon of Benin": skip "of <Place>".
    if (tokenAt(t, j).lower === 'of') {
      const place = firstOfType(idx.startAt.get(j + 1), 'place');
      if (place) j = place.mention.b;
    }
    if (tokenAt(t, j).text === ',') j++;
    if (tokenAt(t, j).lower === 'and') j++;
    if (j === k || (tokenAt(t, j - 1).text !== ',' && tokenAt(t, j - 1).lower !== 'and')) break;
    const next = firstOfType(idx.startAt.get(j), 'person');
    if (!isPerson(next)) break;
    list.push(next);
    k = next.mention.b;
  }
  return list;
}

/** Where "(ACRONYM)" that ends right before token k opens ("… Services (HHS) Secretary"), or -1. */
function beforeAcronym(t: Document['tokens'], k: number): number {
  return isAcronymInParentheses(t, k - 3) ? k - 3 : -1;
}

/** The token after a short parenthesis that opens at k ("(Member of Parliament)"), or -1. */
function afterParenthesis(t: Document['tokens'], k: number): number {
  if (tokenAt(t, k).text !== '(') return -1;
  for (let j = k + 1; j < Math.min(k + 8, t.length); j++) if (t[j].text === ')') return j + 1;
  return -1;
}

function isPerson(l: Located | undefined): l is Located {
  return !!l && l.draft.type === 'person';
}

/** A person's mention of two words or more ("John C. Demers", not "Demers"). */
function isFullName(l: Located | undefined): l is Located {
  return isPerson(l) && l.mention.b - l.mention.a >= 2;
}

export function linkTitles(doc: Document, spans: TitleSpan[], idx: MentionIndex): TitleDraft[] {
  const t = doc.tokens;
  const out: TitleDraft[] = [];
  for (const span of spans) {
    // Titles inside an organization's or a place's name are part of that name ("Office of the
    // Inspector General", "Prince Georges County").
    if (idx.covering(span.a).some((l) => l.draft.type !== 'person' && (l.mention.a < span.a || l.mention.b > span.b) && l.mention.rule !== 'place.named-after')) continue;
    if (idx.covering(span.a).some((l) => l.draft.type === 'person')) continue;
    const { role, country } = splitCountry(idx, span);
    const draft: TitleDraft = { span, role, holder: null, organization: null, place: country, a: span.a, b: span.b, rule: 'title.unheld' };

    // Pre-name: "Attorney General Jeff Sessions", "Northrop Grumman CEO Ron Sugar", and over a
    // parenthesis that spells the title out ("Labour MP (Member of Parliament) Tom Watson").
    const after = firstOfType(idx.startAt.get(span.b), 'person') ?? firstOfType(idx.startAt.get(afterParenthesis(t, span.b)), 'person');
    if (isPerson(after)) {
      draft.holder = after.draft;
      draft.rule = 'title.pre-name';
      // "Trial Attorneys Kerala Cowart, Claude Scott, and Lisa Hsiao of the … Branch": each holds it.
      const holders = span.plural ? personList(doc, idx, after) : [after];
      if (holders.length > 1) {
        const last = holders[holders.length - 1];
        const att = attachment(doc, idx, last.mention.b);
        for (const h of holders) {
          // Written out (not spread): a spread copy has a hidden class of its own.
          out.push({ span: draft.span, role: draft.role, holder: h.draft, organization: att.org, place: att.place, a: draft.a, b: draft.b, rule: 'title.pre-name-list' });
        }
        continue;
      }
      const ownerEnd = tokenAt(t, span.a - 1).lower === "'s" ? span.a - 1 : span.a;
      // "Department of Health and Human Services (HHS) Secretary Tom Price": over the acronym.
      const before = (idx.endAt.get(ownerEnd) ?? idx.endAt.get(beforeAcronym(t, span.a)))?.find((l) => l.draft.type === 'organization' || l.draft.type === 'place');
      if (before) {
        if (before.draft.type === 'organization') draft.organization = before.draft;
        else draft.place = before.draft;
        draft.a = before.mention.a;
      }
      const att = attachment(doc, idx, after.mention.b);
      if (att.org || att.place) {
        draft.organization ??= att.org;
        draft.place ??= att.place;
      }
      out.push(draft);
      continue;
    }
    const att = attachment(doc, idx, span.b, span.capitalised);
    draft.organization = att.org;
    draft.place = att.place;
    draft.b = att.end;
    // "U.S. Attorney for the District of Hawaii Florence T. Nakakuni": the name after the attachment.
    const named = att.end > span.b ? firstOfType(idx.startAt.get(att.end), 'person') : undefined;
    if (isPerson(named)) {
      draft.holder = named.draft;
      draft.rule = 'title.pre-name-of';
      out.push(draft);
      continue;
    }
    // Organization before the title: "Acme CEO", "Acme's CEO".
    const orgBefore = idx.endAt.get(span.a)?.find((l) => l.draft.type === 'organization' || l.draft.type === 'place') ??
      (tokenAt(t, span.a - 1).lower === "'s" ? firstOfType(idx.endAt.get(span.a - 1), 'organization') : undefined);
    if (orgBefore && !draft.organization && !draft.place) {
      if (orgBefore.draft.type === 'organization') draft.organization = orgBefore.draft;
      else draft.place = orgBefore.draft;
    }

    // Appositive: "Igor Babushkin, the governor of …" / "X, Executive Director of …" /
    // "Satyendra Jain, the city's home minister" / "Tim Manning, formerly a deputy administrator".
    let k = span.a - 1;
    if (orgBefore && orgBefore.mention.a <= k) k = orgBefore.mention.a - 1;
    k = skipBackOver(t, k);
    if (tokenAt(t, k).text === ',') {
      const holder = firstOfType(idx.endAt.get(k), 'person');
      if (isPerson(holder)) {
        draft.holder = holder.draft;
        draft.rule = 'title.appositive';
        out.push(draft);
        continue;
      }
    }
    // Copula: "X is the CEO of Y", "X serves as …", "X, who is …", "Lustyik was an FBI special agent".
    let c = orgBefore ? orgBefore.mention.a - 1 : span.a - 1;
    if (['the', 'a', 'an'].includes(tokenAt(t, c).lower)) c--;
    // "X was the head of a law firm and a Certified Public Accountant": the holder of the
    // copula title before it in the sentence.
    if (tokenAt(t, c).lower === 'and') {
      const previous = lastCopulaInSentence(out, t, t[span.a].sentence);
      if (previous?.holder) {
        draft.holder = previous.holder;
        draft.rule = 'title.copula';
        out.push(draft);
        continue;
      }
    }
    // "naming Etkind as the co-executor": the person before "as", after a verb of naming.
    const namedAs = tokenAt(t, c).lower === 'as' ? firstOfType(idx.endAt.get(c), 'person') : undefined;
    if (isPerson(namedAs) && NAMING.has(tokenAt(t, namedAs.mention.a - 1).lemma)) {
      draft.holder = namedAs.draft;
      draft.rule = 'title.copula';
      out.push(draft);
      continue;
    }
    if (tokenAt(t, c).lower === 'as' && SERVE.has(tokenAt(t, c - 1).lower)) c -= 2;
    else if (COPULA.has(tokenAt(t, c).lower)) c--;
    // "Etkind was allegedly named co-trustee": a passive of naming, an adverb or none between.
    else if (SERVE.has(tokenAt(t, c).lower) && (COPULA.has(tokenAt(t, c - 1).lower) || (tokenAt(t, c - 1).pos === 'ADV' && COPULA.has(tokenAt(t, c - 2).lower)))) c -= t[c - 1].pos === 'ADV' ? 3 : 2;
    else c = -1;
    if (c >= 0) {
      if (tokenAt(t, c).lower === 'who' && tokenAt(t, c - 1).text === ',') c -= 2;
      // "Etkind, 57, was the head of …": an age between commas after the name.
      if (tokenAt(t, c).text === ',' && tokenAt(t, c - 1).pos === 'NUM' && tokenAt(t, c - 2).text === ',') c -= 3;
      const holder = firstOfType(idx.endAt.get(c + 1), 'person');
      if (isPerson(holder)) {
        draft.holder = holder.draft;
        draft.rule = 'title.copula';
        out.push(draft);
        continue;
      }
    }
    // Post-head: "the head of the Azerbaijani delegation, Alejandro Ismailov".
    if (tokenAt(t, draft.b).text === ',') {
      const holder = firstOfType(idx.startAt.get(draft.b + 1), 'person');
      const close = holder ? t[holder.mention.b] : undefined;
      if (isPerson(holder) && (!close || close.text === ',' || close.pos === 'PUNCT' || close.pos === 'VERB' || close.pos === 'AUX')) {
        draft.holder = holder.draft;
        draft.rule = 'title.post-head';
        out.push(draft);
        continue;
      }
    }
    // No holder yet (coordination may still give one; see keepTitle).
    out.push(draft);
  }
  return out;
}

/** A title without a holder is kept when it is capitalised or tied to a named organization or place. */
export function keepTitle(td: TitleDraft): boolean {
  if (td.holder) return true;
  return !td.span.weak && (td.span.capitalised || !!td.organization || !!td.place);
}

/** Do the tokens [a, b) between two titles coordinate them: "and", ", and", "&", then at most one word of tenure? */
function coordinates(t: Document['tokens'], a: number, b: number): boolean {
  let k = a;
  if (tokenAt(t, k).text === ',') k++;
  if (tokenAt(t, k).lower !== 'and' && tokenAt(t, k).text !== '&') return false;
  k++;
  if (k < b && TENURE_WORDS.has(t[k].lower)) k++;
  return k === b;
}

/** "actor and producer Joshua Winch", "president and CEO of Acme": coordinated titles share holder and organization. */
export function shareCoordinatedTitles(doc: Document, titles: TitleDraft[]): void {
  const t = doc.tokens;
  for (let n = 0; n + 1 < titles.length; n++) {
    const first = titles[n];
    const second = titles[n + 1];
    if (second.span.a - first.span.b > 3 || second.span.a < first.span.b) continue;
    // "Former Trump adviser and retired general Michael Flynn": a word of tenure may follow "and".
    if (!coordinates(t, first.span.b, second.span.a)) continue;
    if (!first.holder && second.holder) {
      first.holder = second.holder;
      first.rule = 'title.coordinated';
    } else if (first.holder && !second.holder) {
      second.holder = first.holder;
      second.rule = 'title.coordinated';
    }
    first.organization ??= second.organization;
    first.place ??= second.place;
  }
}

/**
 * "the Executive Director noted": a title with no holder and no attachment, after the text named
 * a holder of that role, is a mention of that person.
 */
export function resolveTitleReferences(doc: Document, titles: TitleDraft[]): TitleDraft[] {
  const kept: TitleDraft[] = [];
  // Kept titles with a holder, by role (a long text has thousands of titles).
  const heldByRole = new Map<string, TitleDraft[]>();
  for (const td of titles) {
    const refersBack = !td.holder && !td.organization && !td.place && tokenAt(doc.tokens, td.span.a - 1).lower === 'the';
    if (refersBack) {
      const earlier = lastBefore(heldByRole.get(td.role.toLowerCase()), td);
      if (earlier?.holder) {
        const a = td.span.a - 1;
        earlier.holder.mentions.push(mentionDraft(td.span.a, td.span.b, 'person.title-reference', true, undefined, true));
        const alias = doc.text.slice(doc.tokens[a].start, doc.tokens[td.span.b - 1].end);
        if (!earlier.holder.descriptiveAliases.includes(alias)) earlier.holder.descriptiveAliases.push(alias);
        continue;
      }
    }
    kept.push(td);
    if (td.holder) {
      const role = td.role.toLowerCase();
      const list = heldByRole.get(role);
      if (list) list.push(td);
      else heldByRole.set(role, [td]);
    }
  }
  return kept;
}

/** The last title of the list (in the order kept) that starts before td. */
function lastBefore(list: readonly TitleDraft[] | undefined, td: TitleDraft): TitleDraft | undefined {
  if (list) for (let k = list.length - 1; k >= 0; k--) if (list[k].span.a < td.span.a) return list[k];
  return undefined;
}

/**
 * The last copula title linked so far in this sentence. Titles are linked in text order (the
 * spans come sorted), so the search stops at the first title of an earlier sentence instead of
 * reading every title of a long text.
 */
function lastCopulaInSentence(out: readonly TitleDraft[], t: Token[], sentence: number): TitleDraft | undefined {
  for (let k = out.length - 1; k >= 0; k--) {
    const o = out[k];
    if (o.rule === 'title.copula' && t[o.a].sentence === sentence) return o;
    if (t[o.span.a].sentence < sentence) return undefined;
  }
  return undefined;
}
