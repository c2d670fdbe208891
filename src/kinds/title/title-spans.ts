/**
 * Title spans: a head word ("Director", "governor", "CEO") with the modifiers before it
 * ("Acting Assistant Attorney General", "Executive Director") and fixed continuations after it
 * ("Special Agent in Charge"). Linking a span to its holder is done in link/titles.ts.
 */
import type { Document, Token } from '../../document/tokenize.js';
import { TITLE_HEADS, TITLE_MODIFIERS, TITLE_PHRASES, WEAK_TITLE_HEADS, OCCUPATION_ENDING, NOT_OCCUPATIONS, JURISDICTION_WORDS, RANK_MODIFIERS, PORTFOLIO_HEADS, PORTFOLIOS, PORTFOLIOS_AFTER_HEAD, OCCUPATION_ADJECTIVES, RANK_CLASSES, PLACE_LIKE_PLURALS, PARTY_WORDS, REGION_MODIFIERS, LEGISLATOR_HEADS, TITLE_WORDS_ALSO_SURNAMES, FIELDS_LIKE_TITLES } from '../../lexicon/titles.js';
import { inCompromise } from '../../lexicon/compromise.js';
import { ABBREVIATED_TITLES } from '../../lexicon/honorifics.js';
import { isCapitalised } from '../token-tests.js';
import { tokenAt } from '../../document/token-at.js';
import { isOfficeOfTitle } from '../name-runs.js';
import { ORG_LEADS } from '../../lexicon/organizations.js';

/** Every title span has all of these fields, written in this order (one hidden class, see kinds/candidate.ts). */
export interface TitleSpan {
  /** The head word is plural ("Trial Attorneys A, B and C"): the role is given in the singular. */
  plural: boolean;
  /** First token. */
  a: number;
  /** One past the last token. */
  b: number;
  /** The role as written ("Executive Director"); abbreviations expanded ("Sen." → "Senator"). */
  role: string;
  /** Lower-cased head word, for matching "the Executive Director" to its holder. */
  head: string;
  capitalised: boolean;
  weak: boolean;
}

/** Title phrases by their first word, longest first. */
const PHRASES = new Map<string, string[][]>();
for (const words of TITLE_PHRASES.map((p) => p.split(' ')).sort((x, y) => y.length - x.length)) {
  const list = PHRASES.get(words[0]);
  if (list) list.push(words);
  else PHRASES.set(words[0], [words]);
}
const NOUNISH = new Set(['NOUN', 'PROPN', 'ADJ', 'X']);

/**
 * Plural title words and their singular, built once: "attorneys" → "attorney", "chairmen" →
 * "chairman", and "deputies" → "deputy" (which wins over a head in -ie + s).
 */
const SINGULAR_TITLE_WORDS = new Map<string, string>();
for (const head of TITLE_HEADS) {
  SINGULAR_TITLE_WORDS.set(`${head}s`, head);
  if (head.endsWith('man')) SINGULAR_TITLE_WORDS.set(`${head.slice(0, -3)}men`, head);
}
for (const head of TITLE_HEADS) if (head.endsWith('y')) SINGULAR_TITLE_WORDS.set(`${head.slice(0, -1)}ies`, head);

/** The singular of a plural title word ("Attorneys" → "attorney"), or null. */
export function singularTitleWord(lower: string): string | null {
  const singular = SINGULAR_TITLE_WORDS.get(lower);
  if (singular !== undefined) return singular;
  // "Paralegal Specialists", "chemists": the plural of an occupation known by its ending (the
  // singular ends in t, n or r; tested first, since most words in -s are asked here).
  const n = lower.length;
  const beforeS = lower.charCodeAt(n - 2);
  if (n >= 8 && lower.charCodeAt(n - 1) === 115 /* s */ && (beforeS === 116 /* t */ || beforeS === 110 /* n */ || beforeS === 114 /* r */)) {
    const one = lower.slice(0, -1);
    if (OCCUPATION_ENDING.test(one) && !NOT_OCCUPATIONS.has(one)) return one;
  }
  return null;
}

/**
 * Is this lower-case word a title word? Called for every token, so the cheap tests go first and
 * the occupation pattern runs only on words long enough and ending in t, n or r.
 */
export function isTitleWord(lower: string): boolean {
  if (TITLE_HEADS.has(lower)) return true;
  // "co-trustee", "co-executor", "co-chair": a shared post.
  if (lower.startsWith('co-') && lower.length > 5) return isTitleWord(lower.slice(3));
  const n = lower.length;
  const last = lower.charCodeAt(n - 1);
  if ((last === 115 /* s */ || lower.endsWith('men')) && singularTitleWord(lower) !== null) return true;
  if (n < 7 || (last !== 116 /* t */ && last !== 110 /* n */ && last !== 114 /* r */)) return false;
  return OCCUPATION_ENDING.test(lower) && !NOT_OCCUPATIONS.has(lower);
}

function isHead(t: Token | undefined): boolean {
  return !!t && isTitleWord(t.lower) && (NOUNISH.has(t.pos) || isCapitalised(t)) && !isNamedLikePlural(t);
}

/**
 * A plural title word that is a name: in capitals an acronym ("CEOS", the Child Exploitation and
 * Obscenity Section; a plural title is written "CEOs"), or a place capitalised ("Queens",
 * "Kings County").
 */
function isNamedLikePlural(t: Token): boolean {
  if (TITLE_HEADS.has(t.lower) || t.text.length < 3) return false;
  return /^\p{Lu}+S$/u.test(t.text) || (isCapitalised(t) && PLACE_LIKE_PLURALS.has(t.lower));
}

function matchPhrase(tokens: Token[], i: number, last: number): number {
  const candidates = PHRASES.get(tokens[i].lower);
  if (!candidates) return i;
  for (const p of candidates) {
    if (i + p.length - 1 > last) continue;
    let ok = true;
    for (let k = 0; k < p.length && ok; k++) ok = tokens[i + k].lower === p[k];
    if (ok) return i + p.length;
  }
  return i;
}

/** "Deputy Midwest Regional Director": a capitalised region word inside a title, before more of it. */
function regionInsideTitle(tokens: Token[], i: number, j: number, last: number): boolean {
  if (j === i || j + 1 > last || !REGION_MODIFIERS.has(tokens[j].lower) || !isCapitalised(tokens[j])) return false;
  const next = tokens[j + 1];
  return TITLE_MODIFIERS.has(next.lower) || isHead(next);
}

/** Does token k follow an organization's lead and "of" ("Department of | Justice")? */
function afterLeadOf(tokens: Token[], k: number): boolean {
  return tokenAt(tokens, k - 1).lower === 'of' && ORG_LEADS.has(tokenAt(tokens, k - 2).lower);
}

export function findTitleSpans(doc: Document): TitleSpan[] {
  const { tokens } = doc;
  const spans: TitleSpan[] = [];
  for (const s of doc.sentences) {
    let i = s.first;
    while (i <= s.last) {
      const t = tokens[i];
      const abbreviated = ABBREVIATED_TITLES.get(t.lower);
      if (abbreviated && isCapitalised(t) && isCapitalised(tokens[i + 1])) {
        // "Lt. Commander Todd Malaki", "Lt. Gov. Ann Lee": the abbreviation opens a longer title.
        let lastHead = -1;
        let head = '';
        const role = [abbreviated];
        for (let j = i + 1; j <= s.last && isCapitalised(tokens[j]); j++) {
          const expanded = ABBREVIATED_TITLES.get(tokens[j].lower);
          const headWord = expanded !== undefined || isHead(tokens[j]);
          if (!headWord && !TITLE_MODIFIERS.has(tokens[j].lower)) break;
          role.push(expanded ?? tokens[j].text);
          if (headWord) {
            lastHead = j;
            head = (expanded ?? tokens[j].text).toLowerCase();
          }
        }
        if (lastHead > i) {
          spans.push({ plural: false, a: i, b: lastHead + 1, role: role.slice(0, lastHead - i + 1).join(' '), head, capitalised: true, weak: false });
          i = lastHead + 1;
          continue;
        }
        spans.push({ plural: false, a: i, b: i + 1, role: abbreviated, head: abbreviated.toLowerCase(), capitalised: true, weak: false });
        i++;
        continue;
      }
      // Most words can start no title: skip them before any matching.
      if (!TITLE_MODIFIERS.has(t.lower) && !PHRASES.has(t.lower) && !isHead(t)) {
        i++;
        continue;
      }
      // "Santa Barbara County Sheriff Bill Brown": "County" (or "City") after a name ends the
      // place's name; the title is the rest ("Sheriff").
      if (JURISDICTION_WORDS.has(t.lower) && i > s.first && isCapitalised(tokens[i - 1]) && isCapitalised(t) && isHead(tokens[i + 1])) {
        i++;
        continue;
      }
      // "House of Representatives Speaker", "Board of Governors", "Conference of Mayors": a
      // capitalised plural title word after a name and "of" ends that name; a title may follow.
      if (i > s.first + 1 && tokens[i - 1].lower === 'of' && isCapitalised(tokens[i - 2]) && isCapitalised(t) && !TITLE_HEADS.has(t.lower) && singularTitleWord(t.lower) !== null) {
        i++;
        continue;
      }
      // Find the end of a title that starts at i: phrases first, then modifiers* head.
      let b = matchPhrase(tokens, i, s.last);
      let j = i;
      let lastHead = -1;
      while (j <= s.last && (TITLE_MODIFIERS.has(tokens[j].lower) || isHead(tokens[j]) || regionInsideTitle(tokens, i, j, s.last))) {
        if (isHead(tokens[j])) lastHead = j;
        const phraseEnd = matchPhrase(tokens, j, s.last);
        if (phraseEnd > j + 1) {
          lastHead = phraseEnd - 1;
          j = phraseEnd;
          continue;
        }
        // Case changes inside a title only at "U.S." ("U.S. Attorney", not "Russian governor").
        j++;
      }
      if (lastHead >= i) b = Math.max(b, lastHead + 1);
      // "Assistant Director in Charge", "Special Agent in Charge".
      if (b > i && tokenAt(tokens, b).lower === 'in' && tokenAt(tokens, b + 1).text === 'Charge') b += 2;
      // "Special Agent-in-Charge"
      else if (b > i && tokenAt(tokens, b).text === '-' && tokenAt(tokens, b + 1).lower === 'in' && tokenAt(tokens, b + 2).text === '-' && tokenAt(tokens, b + 3).text === 'Charge' && !tokens[b].spaceBefore) b += 4;
      // "Petty Officer First Class", "Sergeant First Class": a capitalised rank's grade.
      else if (b > i && isCapitalised(tokens[b - 1]) && RANK_CLASSES.has(tokenAt(tokens, b).lower) && tokenAt(tokens, b + 1).text === 'Class') b += 2;

      // "Department of Justice Trial Attorney", "Department of Homeland Security Secretary": the
      // portfolio words right after an organization's "<lead> of" end its name; the title
      // starts after them.
      if (b > i + 1 && afterLeadOf(tokens, i)) {
        while (i < b - 1 && PORTFOLIOS.has(tokens[i].lower)) i++;
      }
      if (b > i) {
        const first = tokens[i];
        const headTok = tokens[b - 1];
        // "Senior vice president Michael Lewis": a capital that only starts the sentence, on a
        // word that changes the role (not "Local actor and producer …").
        const sentenceCapital = i === s.first && b - i > 1 && RANK_MODIFIERS.has(t.lower);
        const caseOk = sameCase(tokens, sentenceCapital ? i + 1 : i, b);
        if (caseOk) {
          // Extend left over capitalised portfolio words ("Emergency Situations Minister").
          let a = i;
          // "Labour MP Tom Watson": the party is not part of the role.
          if (LEGISLATOR_HEADS.has(headTok.lower) && a < b - 1 && PARTY_WORDS.has(tokens[a].lower)) a++;
          if (PORTFOLIO_HEADS.has(headTok.lower) && isCapitalised(headTok)) {
            while (a > s.first && isCapitalised(tokens[a - 1]) && /^\p{Lu}\p{Ll}+$/u.test(tokens[a - 1].text)) a--;
            if (a < i && afterLeadOf(tokens, a)) a = i;
          }
          // "professional wrestler", "reality television star", "wrestling sportswriter": a
          // lower-case occupation keeps the nouns (and "professional") that make its compound.
          if (!isCapitalised(first)) while (a > s.first && a > i - 3 && occupationModifier(tokens[a - 1])) a--;
          // "trade and industry commissioner": a lower-case portfolio joined by "and" to the one
          // that opens the title is part of it.
          if (!isCapitalised(first) && a === i && PORTFOLIOS.has(first.lower) && tokenAt(tokens, a - 1).lower === 'and' && a - 2 >= s.first && PORTFOLIOS.has(tokens[a - 2].lower) && !isCapitalised(tokens[a - 2])) a -= 2;
          let text = doc.text.slice(tokens[a].start, headTok.end);
          const singular = TITLE_HEADS.has(headTok.lower) ? null : singularTitleWord(headTok.lower);
          if (singular) text = text.slice(0, text.length - headTok.text.length) + matchCase(singular, headTok.text);
          // "minister for East African Affairs", "Inspector General for Investigations": a portfolio
          // after a head of PORTFOLIOS_AFTER_HEAD is part of the role (an organization or place
          // after "of" is not).
          const portfolios = singular ? undefined : PORTFOLIOS_AFTER_HEAD.get(headTok.lower) ?? PORTFOLIOS_AFTER_HEAD.get(`${tokenAt(tokens, b - 2).lower} ${headTok.lower}`);
          const portfolio = portfolios ? portfolioEnd(tokens, b, s.last, portfolios) : b;
          if (portfolio > b) {
            text = doc.text.slice(tokens[a].start, tokens[portfolio - 1].end);
            b = portfolio;
          }
          spans.push({
            plural: singular !== null,
            a,
            b,
            role: text,
            head: singular ?? headTok.lower,
            capitalised: isCapitalised(first),
            weak: b - a === 1 && WEAK_TITLE_HEADS.has(singular ?? headTok.lower),
          });
          i = b;
          continue;
        }
      }
      i++;
    }
  }
  return spans.filter((sp) => !onlyModifiers(tokens, sp) && !insideHyphenated(tokens, sp) && !familyNameAfterGivenName(tokens, sp) && !namesField(tokens, sp) && !isOfficeOfTitle(tokens, sp.b));
}

/** "Criminal Justice Information Network": a field, not a role. */
function namesField(tokens: Token[], sp: TitleSpan): boolean {
  return sp.b - sp.a === 2 && FIELDS_LIKE_TITLES.has(`${tokens[sp.a].lower} ${tokens[sp.a + 1].lower}`);
}

/**
 * "John Constable painted", "John Judge said": a title word that is also a family name, right
 * after a known given name and before no name of its own, is that person's family name.
 */
function familyNameAfterGivenName(tokens: Token[], sp: TitleSpan): boolean {
  if (sp.b - sp.a !== 1 || !TITLE_WORDS_ALSO_SURNAMES.has(tokens[sp.a].lower) || !isCapitalised(tokens[sp.a])) return false;
  const before = tokenAt(tokens, sp.a - 1);
  return isCapitalised(before) && inCompromise('firstName', before.lower) && !isCapitalised(tokenAt(tokens, sp.b));
}

function occupationModifier(t: Token): boolean {
  // A plural is no compound's modifier ("The party awards delegates"), "business" is.
  return t.text === t.lower && ((t.pos === 'NOUN' && /^[a-z]+$/.test(t.lower) && (!t.lower.endsWith('s') || t.lower.endsWith('ss'))) || OCCUPATION_ADJECTIVES.has(t.lower));
}

/** The end of "for|of" + a portfolio ("for East African Affairs", "of finance") at b, or b. */
function portfolioEnd(tokens: Token[], b: number, last: number, portfolios: Set<string>): number {
  if (tokenAt(tokens, b).lower !== 'for' && tokenAt(tokens, b).lower !== 'of') return b;
  for (let k = b + 1; k <= Math.min(last, b + 4); k++) {
    // A portfolio joined to another ("of Management and Organizations", "for Fair Housing and
    // Equal Opportunity"): the role is kept without it rather than cut in the middle.
    if (portfolios.has(tokens[k].lower)) {
      // Portfolio words in a row are one portfolio ("of Homeland Security").
      let end = k + 1;
      while (end <= last && portfolios.has(tokens[end].lower)) end++;
      return (tokenAt(tokens, end).lower === 'and' || tokenAt(tokens, end).text === '&') && isCapitalised(tokenAt(tokens, end + 1)) ? b : end;
    }
    if (tokens[k].pos === 'DET' || tokens[k].pos === 'PUNCT') return b;
  }
  return b;
}

function matchCase(word: string, model: string): string {
  // "CEOs" → "CEO", "Attorneys" → "Attorney".
  if (/^\p{Lu}{2,}s$/u.test(model)) return word.toUpperCase();
  return /^\p{Lu}/u.test(model) ? word[0].toUpperCase() + word.slice(1) : word;
}

/** A title is all capitalised or all lower case, except "U.S."-style acronyms. */
function sameCase(tokens: Token[], a: number, b: number): boolean {
  let caps = 0;
  let lower = 0;
  for (let k = a; k < b; k++) {
    const t = tokens[k];
    if (/^[\p{Lu}.]+$/u.test(t.text) && t.text.includes('.')) continue;
    if (t.lower === 'in' || t.lower === 'of' || t.lower === 'charge' || t.text === '-') continue;
    if (isCapitalised(t)) caps++;
    else lower++;
  }
  return caps === 0 || lower === 0;
}

/** "Attorney-Generals Department", "Electrolux-General Electric": part of a hyphenated word. */
function insideHyphenated(tokens: Token[], sp: TitleSpan): boolean {
  const before = tokenAt(tokens, sp.a - 1);
  const after = tokenAt(tokens, sp.b);
  return (before.text === '-' && !tokens[sp.a].spaceBefore) || (after.text === '-' && !after.spaceBefore);
}

function onlyModifiers(tokens: Token[], sp: TitleSpan): boolean {
  for (let k = sp.a; k < sp.b; k++) if (isTitleWord(tokens[k].lower) || tokens[k].lower.endsWith('.')) return false;
  return true;
}
