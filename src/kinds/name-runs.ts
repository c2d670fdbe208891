/**
 * Proper-name runs: maximal stretches of capitalised words inside a sentence, with the
 * lower-case connectors that occur inside names ("Media Development Agency of the Republic of
 * Azerbaijan", "Osama bin Laden", "Special Agent in Charge"). Every finder starts from these.
 */
import { isKnownWord, type Document, type Token } from '../document/tokenize.js';
import { ORG_SUFFIXES } from '../lexicon/organizations.js';
import { NAME_PARTICLES } from '../lexicon/name-particles.js';
import { isCapitalised, hasLetter, isCalendarWord, isDeicticDay, isOrdinaryCapitalisedWord, startsUpper, endsLower, startsWithLetter } from './token-tests.js';
import { tokenAt } from '../document/token-at.js';
import { inCompromise } from '../lexicon/compromise.js';
import { isNameHead, isOrgHeadWord } from './name-heads.js';
import { TITLE_HEADS } from '../lexicon/titles.js';
import { COUNTY_WORDS } from '../lexicon/places.js';
import { personShaped } from './person/person-shape.js';
import { LIST_BULLETS } from '../lexicon/context-words.js';

export interface Run {
  /** First token index. */
  a: number;
  /** One past the last token index. */
  b: number;
  sentence: number;
  /** The sentence is written in Title Case (a headline): weak evidence is not trusted there. */
  titleCase: boolean;
}

/** Connectors allowed inside a run when a capitalised word follows. */
const CONNECTORS = new Set(['of', 'for', 'and', '&', 'on', 'the', ...NAME_PARTICLES]);
const OPENING_QUOTES = new Set(['"', '“', '‘', "'", '(', '[', '«']);

const ADDRESS = /[@/]|\.(com|org|gov|net)\b/i;
export function isRunWord(t: Token | undefined): boolean {
  return !!t && t.text !== '' && isCapitalised(t) && hasLetter(t) && !isCalendarWord(t) && t.text !== 'I' && !isAddress(t.text);
}

/**
 * "Theresa May's", "Cheryl April": a month's name right after a known given name, and not
 * before a number ("Kelly May 3"), is the family name.
 */
function isCalendarSurname(tokens: Token[], j: number): boolean {
  const u = tokens[j];
  return isCapitalised(u) && u.spaceBefore && isCalendarWord(u) && inCompromise('firstName', tokens[j - 1].lower) && isCapitalised(tokens[j - 1]) && !/^\d/.test(tokenAt(tokens, j + 1).text);
}

/** An e-mail or web address ("Justice.gov", "@TheJusticeDept"); the regex only where "@", "/" or "." occurs. */
function isAddress(text: string): boolean {
  return (text.includes('@') || text.includes('/') || text.includes('.')) && ADDRESS.test(text);
}

/**
 * True when a sentence reads as a Title Case headline ("Michaels Stores Agrees to Pay $1.5 Million
 * to Settle CPSC Claim"): at least four capitalised words and no lower-case word but short
 * function words. Name-dense prose ("by Trial Attorneys Jason Poole and …") has lower-case
 * content words and is not a headline.
 */
export function isTitleCaseSentence(doc: Document, first: number, last: number): boolean {
  let caps = 0;
  for (let i = first; i <= last; i++) {
    const t = doc.tokens[i];
    // "Jonathan Stubbs, 29, of Hamilton County, Tennessee": an age between commas is a list of
    // people, not a headline.
    if (t.text === ',' && /^\d{1,3}$/.test(tokenAt(doc.tokens, i + 1).text) && tokenAt(doc.tokens, i + 2).text === ',') return false;
    if (!startsWithLetter(t.text)) continue;
    if (isCapitalised(t)) caps++;
    else if (!HEADLINE_LOWER_WORDS.has(t.lower)) return false;
  }
  return caps >= 4 && !isPeopleListLine(doc, first, last);
}

/**
 * A line that lists a person, not a headline. After a bullet, if any, a known given name and
 * name-shaped words, then either a comma ("- Helena Cragg, LGBT Center of Durham", "Wilfred Peter
 * Elrington, Attorney General and Minister of Foreign Affairs") or the line's end, three words at
 * most and no verb form ("Pedro Alfonso Osorio-Flores", whose hyphenated family name made a
 * fourth capitalised word, "- Dia Fleming"; four may be two names in a table row, "Kevin Smith
 * Mark Smith", and "John Smith-Jones Sentenced" is a headline). Bulleted lists of other things
 * ("- Situational Awareness Training") stay headline-like.
 */
function isPeopleListLine(doc: Document, first: number, last: number): boolean {
  const t = doc.tokens;
  if (first !== 0 && !t[first].lineBefore) return false;
  const name = LIST_BULLETS.has(t[first].text) ? first + 1 : first;
  if (name > last || !inCompromise('firstName', t[name].lower)) return false;
  let comma = name + 2;
  while (comma <= Math.min(last, name + 5) && t[comma].text !== ',') comma++;
  if (comma <= last && t[comma].text === ',') return personShaped(doc, name, comma);
  if (last + 1 < t.length && !t[last + 1].lineBefore) return false;
  if (!personShaped(doc, name, last + 1)) return false;
  let words = 0;
  for (let i = name; i <= last; i++) {
    if (i > name && !t[i].spaceBefore) continue;
    if (inCompromise('verbForm', t[i].lower) && !inCompromise('lastName', t[i].lower)) return false;
    words++;
  }
  return words <= 3;
}

/** Words that stay lower case in Title Case headlines. */
const HEADLINE_LOWER_WORDS = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'for', 'to', 'in', 'on', 'at', 'by', 'with', 'from', 'as', 'into', 'over', 'after', 'vs', 'v', 'nor', 'but', 'than', 'via', 'per', 'up', 'out', 'off']);

/** Does a sentence start at token i (first of sentence, or after an opening quote)? */
export function startsSentence(doc: Document, i: number): boolean {
  const t = doc.tokens[i];
  const s = doc.sentences[t.sentence];
  if (s.first === i) return true;
  const prev = doc.tokens[i - 1];
  return !!prev && OPENING_QUOTES.has(prev.text) && (i - 1 === s.first || tokenAt(doc.tokens, i - 2).text === ':');
}

const POSSESSIVE_MARKS = new Set(["'s", '’s']);

/**
 * Is token j the possessive "'s" between a capitalised title word and an organization's head
 * word ("Attorney's Office", "Sheriff's Department", "Governor's Office")?
 */
export function isOfficeOfTitle(tokens: Token[], j: number): boolean {
  if (!isPossessiveMark(tokens, j)) return false;
  const holder = tokens[j - 1];
  const office = tokenAt(tokens, j + 1);
  return TITLE_HEADS.has(holder.lower) && isCapitalised(holder) && isRunWord(office) && isOrgHeadWord(office.lower);
}

/** "Prince George's County", "Queen Anne's County", "St. Mary's Parish": a county named by a possessive. */
function isCountyOfPossessor(tokens: Token[], j: number): boolean {
  if (!isPossessiveMark(tokens, j)) return false;
  const next = tokenAt(tokens, j + 1);
  return isRunWord(tokens[j - 1]) && COUNTY_WORDS.has(next.lower) && isCapitalised(next);
}

/** Is token j an "'s" after some token? */
function isPossessiveMark(tokens: Token[], j: number): boolean {
  return j > 0 && POSSESSIVE_MARKS.has(tokenAt(tokens, j).text);
}

export function findRuns(doc: Document): Run[] {
  const runs: Run[] = [];
  const { tokens } = doc;
  for (const s of doc.sentences) {
    const titleCase = isTitleCaseSentence(doc, s.first, s.last);
    let i = s.first;
    while (i <= s.last) {
      const t = tokens[i];
      if (!isRunWord(t) || isDeicticDay(t) || (startsSentence(doc, i) && isOrdinaryCapitalisedWord(t) && !isRunWord(tokenAt(tokens, i + 1)))) {
        i++;
        continue;
      }
      // A sentence-initial ordinary word ("The EPA", "During …") does not start a run, nor
      // does a capitalised common noun before a name ("Ecologist Ryan Norris", "Co-defendants
      // Bharatkumar Patel, …").
      if (startsSentence(doc, i) && !nameElsewhere(doc, i) && ((isOrdinaryCapitalisedWord(t) && t.pos !== 'PROPN') || (isKnownWord(t) && isRunWord(tokenAt(tokens, i + 1)) && /^\p{Lu}\p{Ll}+$/u.test(t.text) && OCCUPATION_SUFFIX.test(t.lower)) || (isKnownWord(t) && /s$/.test(t.lower) && tokenAt(tokens, i + 1).lower === 'of') || CO_PLURAL.test(t.text))) {
        i++;
        continue;
      }
      let j = i + 1;
      for (;;) {
        if (j > s.last) break;
        const u = tokens[j];
        // A dateline word in capitals does not join the name after it ("WASHINGTON Elmo George").
        if (isRunWord(u) && u.lineBefore === false && j === i + 1 && isDatelineWord(tokens, i)) break;
        // "… Winco Holdings Inc. Winco had no employees": a legal suffix with its period ends a
        // name, so a capitalised word after it starts another (the sentence splitter kept them
        // together).
        if (isRunWord(u) && u.spaceBefore && tokens[j - 1].text.endsWith('.') && ORG_SUFFIXES.has(tokens[j - 1].lower) && !ORG_SUFFIXES.has(u.lower)) break;
        if (isRunWord(u) || isGlued(tokens, j) || isCalendarSurname(tokens, j)) {
          j++;
          continue;
        }
        // "al-Turki", "ar-Rahayyal", "bin-Laden": a particle glued to the next name word.
        if (GLUED_PARTICLE.test(u.text) && tokenAt(tokens, j + 1).text === '-' && !tokens[j + 1].spaceBefore && isRunWord(tokens[j + 2]) && !tokens[j + 2].spaceBefore) {
          j += 3;
          continue;
        }
        // "U.S. Attorney's Office", "Harris County Sheriff's Department": an office named for
        // its holder's title is one name, across the possessive.
        if (isOfficeOfTitle(tokens, j) || isCountyOfPossessor(tokens, j)) {
          j += 2;
          continue;
        }
        // "Bureau of Alcohol, Tobacco, Firearms and Explosives": a list inside an "of" name.
        if (u.text === ',') {
          const listEnd = commaListEnd(tokens, j, s.last);
          if (listEnd > j && tokens.slice(i, j).some((w) => w.lower === 'of')) {
            j = listEnd;
            continue;
          }
        }
        // Connectors: "of the", "bin", "in Charge"; only if a run word follows.
        let k = j;
        while (k <= s.last && k - j < 2 && (CONNECTORS.has(tokens[k].lower) || (tokens[k].lower === 'in' && tokenAt(tokens, k + 1).text === 'Charge'))) k++;
        if (k > j && k <= s.last && isRunWord(tokens[k])) {
          j = k;
          continue;
        }
        break;
      }
      runs.push({ a: i, b: j, sentence: t.sentence, titleCase });
      i = j;
    }
  }
  return runs;
}

/**
 * "Government Accountability Office requests …": a sentence-initial word is part of the name
 * when the text also writes the same two words capitalised after a lower-case word
 * ("the Government Accountability Office").
 */
function nameElsewhere(doc: Document, i: number): boolean {
  const next = tokenAt(doc.tokens, i + 1);
  if (!isRunWord(next) || !next.spaceBefore) return false;
  let pairs = midSentencePairs.get(doc);
  if (!pairs) midSentencePairs.set(doc, (pairs = capitalisedPairsAfterLowerCase(doc)));
  return pairs.get(doc.tokens[i].text)?.includes(next.text) ?? false;
}

/**
 * Per document: every "Word Word" pair written capitalised right after a lower-case word, as
 * first word → second words (the token texts themselves: no string is built per pair).
 */
const midSentencePairs = new WeakMap<Document, Map<string, string[]>>();
function capitalisedPairsAfterLowerCase(doc: Document): Map<string, string[]> {
  const t = doc.tokens;
  const out = new Map<string, string[]>();
  for (let k = 1; k + 1 < t.length; k++) {
    if (!t[k].spaceBefore || !t[k + 1].spaceBefore || !startsUpper(t[k].text) || !startsUpper(t[k + 1].text) || !endsLower(t[k - 1].text)) continue;
    const seconds = out.get(t[k].text);
    if (!seconds) out.set(t[k].text, [t[k + 1].text]);
    else if (!seconds.includes(t[k + 1].text)) seconds.push(t[k + 1].text);
  }
  return out;
}

/** End of ", Cap, Cap and Cap" starting at a comma (single capitalised words), or -1. */
function commaListEnd(tokens: Token[], j: number, last: number): number {
  let k = j;
  let items = 0;
  while (k + 1 <= last && tokens[k].text === ',' && isRunWord(tokenAt(tokens, k + 1)) && !isRunWord(tokenAt(tokens, k + 2))) {
    items++;
    k += 2;
    if (tokenAt(tokens, k).lower === 'and' && isRunWord(tokenAt(tokens, k + 1))) return items >= 1 && !(isNameHead(tokens[j - 1]) && headsNameOfItsOwn(tokens, k + 1)) ? k + 2 : -1;
    if (tokenAt(tokens, k).text === ',' && tokenAt(tokens, k + 1).lower === 'and' && isRunWord(tokenAt(tokens, k + 2))) return items >= 1 && !(isNameHead(tokens[j - 1]) && headsNameOfItsOwn(tokens, k + 2)) ? k + 3 : -1;
  }
  return -1;
}

/**
 * Does the list's last item run on into a name with a head of its own? Asked where the name
 * before the comma has its head too ("Environmental Crimes Section, Environment and Natural
 * Resources Division": two names), unlike "Department of Probation, Parole and Pardon Services"
 * or "… Firearms and Explosives".
 */
function headsNameOfItsOwn(tokens: Token[], k: number): boolean {
  for (let j = k + 1; j < tokens.length && isRunWord(tokens[j]); j++) if (isNameHead(tokens[j])) return true;
  return false;
}

const GLUED_PARTICLE = /^(al|el|ad|ar|as|at|az|an|ash|adh|bin|ibn|abu|ul|ud|bint)$/;
/** Nouns of occupation that head a sentence before a name: "Ecologist", "Immunologist", "Lawyer". */
const OCCUPATION_SUFFIX = /(ist|ian|er|or|ant|ent)$/;
/** "Co-defendants", "Co-conspirators": people who share a part, never a name's first word. */
const CO_PLURAL = /^Co-\p{Ll}+s$/u;

/** An all-capitals word opening a paragraph: a dateline ("WASHINGTON"), not part of a name. */
function isDatelineWord(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  return (t.lineBefore || i === 0) && /^\p{Lu}{3,}$/u.test(t.text);
}

/** A hyphen or apostrophe glued between two words ("Ñúñez-García", "Jean-Luc"). */
function isGlued(tokens: Token[], j: number): boolean {
  const t = tokens[j];
  const next = tokens[j + 1];
  return (t.text === '-' || t.text === '–') && !t.spaceBefore && !!next && !next.spaceBefore && isRunWord(next);
}
