/**
 * Triggers: which verb or event noun at a token is an event, and whether it is a story event
 * (the timeline) or another happening the text mentions: negation, modality, conditions,
 * the press office's frame, adjectival participles and background forms are told apart here.
 */
import type { Document, Token } from '../document/tokenize.js';
import { startsUpper } from '../kinds/token-tests.js';
import { AUXILIARIES, BE, wordBefore } from './tense.js';
import { VERB_TRIGGERS, NOUN_TRIGGERS, LIGHT_VERBS, REPORTING_VERBS, FRAME_VERBS, NON_FACTUAL, STATIVE_VERBS, NEGATIVE_VERBS, EVENT_NOUNS, NOT_EVENT_VERBS, SCHEDULING_VERBS, ADMISSION_VERBS, HAPPENING_WITH, TIMING_VERBS, PHRASAL_PARTICLES, CONDUCT_FILINGS,
  SAME_FORM_PAST, NAMING_PARTICIPLES, ADJECTIVAL_PARTICIPLES, HABITUAL_ADVERBS, POSTING_VERBS, ALLEGATION_ADVERBS, CHARGING_DOCUMENTS, GOAL_NOUNS } from './trigger-lexicon.js';
import { tokenAt } from '../document/token-at.js';

// Word and tag sets for the checks below (built once: they run at every verb).
const ARTICLES = new Set(['the', 'a', 'an']);
/** "an ongoing investigation …, which is being conducted by": a relative clause ends the search for a light verb's noun. */
const RELATIVE_WORDS = new Set(['which', 'that', 'who']);
const MODIFIER_BEFORE = new Set(['DET', 'ADJ', 'NUM', 'ADP', 'CCONJ', 'PUNCT']);
const MODIFIER_BEFORE_ADVERB = new Set(['DET', 'ADJ', 'NUM', 'ADP']);
const BEFORE_PLURAL_NOUN = new Set(['ADP', 'PART', 'DET', 'ADJ', 'NUM']);
const NOUN_PHRASE_POS = new Set(['NOUN', 'ADJ', 'DET', 'NUM', 'PROPN', 'CCONJ', 'SYM']);
const FRAME_AFTER = new Set(['that', 'today']);
/** An office's frame may also report the day before ("the Department announced yesterday"). */
const OFFICE_FRAME_AFTER = new Set([...FRAME_AFTER, 'yesterday']);
const FRAME_SUBJECTS = new Set(['department', 'office', 'agency', 'ministry', 'service', 'bureau', 'commission']);
const SUBJECT_DETERMINERS = new Set(['both', 'all', 'each', 'this', 'that', 'these', 'those', 'some', 'many', 'most', 'others']);
const PRESENT_BE = new Set(['is', 'are', 'am', "'s"]);
const PAST_SUBJECT_BEFORE = new Set(['NOUN', 'PROPN', 'PRON']);
const FIRST_PERSON = new Set(['i', 'we', 'you']);
/** "The hearing, set for May 5": a participle of scheduling, not an act. */
const SCHEDULING_AFTER = new Set(['for', 'to']);
const QUOTE_MARKS = new Set(['"', '“', '«']);
const GERUND_BLOCKERS = new Set(['for', 'of', 'in', 'about', 'on', 'without', 'to', 'from', 'against']);

export interface Trigger {
  a: number;
  b: number;
  lemma: string;
  type: string;
  rule: string;
  timeline: boolean;
}

/**
 * A trigger at token i, or null. `timeline` separates the story's events (the timeline) from
 * the other happenings a reader would still call events (quotes, plans, gerunds, event nouns):
 * both are listed, only the first are the sequence.
 */
export function triggerAt(doc: Document, i: number, first: number, last: number, lead = false): Trigger | null {
  const found = triggerOf(doc, i, first, last, lead);
  if (found && found.b === i + 1 && doc.tokens[i].pos !== 'NOUN') withParticle(doc.tokens, found);
  return found;
}

/**
 * "carried out", "passed away": the particle joins the trigger and its lemma ("carry out"). Not
 * "gave up to $5,000" (an amount after "up to").
 */
const PARTICLE_POS = new Set(['ADP', 'ADV', 'PART']);
function withParticle(t: Token[], tr: Trigger): void {
  const next = t[tr.b];
  if (!next || !PARTICLE_POS.has(next.pos) || !PHRASAL_PARTICLES.get(tr.lemma)?.has(next.lower)) return;
  if (next.lower === 'up' && tokenAt(t, tr.b + 1).lower === 'to') return;
  tr.lemma = `${tr.lemma} ${next.lower}`;
  tr.b += 1;
}

function triggerOf(doc: Document, i: number, first: number, last: number, lead: boolean): Trigger | null {
  const t = doc.tokens;
  const tok = t[i];
  if (tok.pos === 'NOUN' || possessedGerund(t, i)) {
    // "The last draft in the United States took place in 1973": any noun that took place.
    const tookPlace = tookPlaceAfter(t, i, last);
    if (tookPlace >= 0) return { a: i, b: i + 1, lemma: nounLemma(t, i), type: eventNounType(tok.lower) ?? 'other', rule: 'event.took-place', timeline: !nonFactual(t, tookPlace, first) };
    const type = eventNounType(tok.lower);
    if (!type || nonFactual(t, i, first)) return null;
    // "a meeting … was held", "held a meeting": the light verb makes the noun a story event.
    const light = lightVerbOf(t, i, first, last);
    if (light) return { a: i, b: i + 1, lemma: nounLemma(t, i), type: lightNounType(tok.lower) ?? type, rule: `event.light-verb-${light}`, timeline: true };
    return { a: i, b: i + 1, lemma: nounLemma(t, i), type, rule: 'event.noun', timeline: false };
  }
  // The tagger takes some participles for adjectives ("was apprehended on Aug. 5"): after a form
  // of "be" or a name, one whose stem is a lexicon verb is that verb.
  const adjectivalVerb = tok.pos === 'ADJ' && (BE.has(tokenAt(t, i - 1).lower) || tokenAt(t, i - 1).pos === 'PROPN') ? lexiconStem(tok.lower) : null;
  if (tok.pos !== 'VERB' && !adjectivalVerb) return null;
  const lemma = adjectivalVerb ?? tok.lemma;
  // "failed to sign", "declined to comment" negate what follows; "but he declined." is a refusal.
  if ((NEGATIVE_VERBS.has(lemma) && tokenAt(t, i + 1).pos !== 'PUNCT') || NOT_EVENT_VERBS.has(lemma)) return null;
  // "took place": its subject is the event (event.took-place), the verb only says it happened.
  if (lemma === 'take' && tokenAt(t, i + 1).lower === 'place') return null;
  if (nonFactual(t, i, first)) return null;
  // A capitalised word inside a sentence is part of a name ("Consumer Product Safety Act").
  if (startsUpper(tok.text) && i > first) return null;
  // "existing relationships", "an ongoing investigation": an -ing adjective before its noun.
  if (ADJECTIVAL_PARTICIPLES.has(tok.lower) && (tokenAt(t, i + 1).pos === 'NOUN' || tokenAt(t, i + 1).pos === 'ADJ')) return null;
  // Participles used as adjectives: "the indicted man", "of aggravated identity theft".
  // Also "unlawfully obtained funds" (an adverb between) and "from compromised or imitation
  // accounts" (a coordinated modifier).
  const nounNext = tokenAt(t, i + 1).pos === 'NOUN' || tokenAt(t, i + 1).pos === 'PROPN' || (tokenAt(t, i + 1).pos === 'CCONJ' && (tokenAt(t, i + 2).pos === 'NOUN' || tokenAt(t, i + 2).pos === 'ADJ') && tokenAt(t, i - 1).pos === 'ADP');
  const adverb = tokenAt(t, i - 1).pos === 'ADV' && /ly$/.test(t[i - 1].lower);
  const modifierContext = adverb ? MODIFIER_BEFORE_ADVERB : MODIFIER_BEFORE;
  const before = tokenAt(t, adverb ? i - 2 : i - 1);
  // After "and", a modifier joined to a modifier ("new and improved products") or ending a list
  // of nouns ("standards, specifications and recommended practices"); after another noun it is
  // a verb joined to a verb ("molested three boys … and produced videos").
  const joinedModifier = before.pos !== 'CCONJ' || tokenAt(t, i - 2).pos === 'ADJ' || tokenAt(t, i - 3).text === ',';
  // At the start of a sentence an irregular participle too ("Paid tax preparers are required").
  if (nounNext && modifierContext.has(before.pos || 'PUNCT') && joinedModifier && (/(ed|en)$/.test(tok.lower) || (i === first && isPastForm(tok.lower, lemma)))) return null;
  if (ARTICLES.has(tokenAt(t, i - 1).lower) && nounNext) return null;
  // "most of the injured were minors", "The accused pleaded guilty": a participle as a noun.
  if (tokenAt(t, i - 1).lower === 'the' && /(ed|en)$/.test(tok.lower) && (tokenAt(t, i + 1).pos === 'AUX' || tokenAt(t, i + 1).pos === 'VERB' || tokenAt(t, i + 1).pos === 'PUNCT')) return null;
  // "using stolen identities", "used stolen names": a participle between a verb and its
  // object's noun describes the object.
  const verbBefore = tokenAt(t, i - 1).pos === 'VERB' && t[i - 1].lower !== 'being';
  if (verbBefore && tokenAt(t, i + 1).pos === 'NOUN' && /(ed|en)$/.test(tok.lower)) return null;
  // "a publicly accessible area called the Ellipse": a participle that names its noun, after
  // the sentence's verb (not "The board named Smith its chair").
  if (NAMING_PARTICIPLES.has(tok.lower) && tokenAt(t, i - 1).pos === 'NOUN' && verbEarlierIn(t, first, i)) return null;
  // The press office's frame: "The EPA reports that …", "the Department announced today".
  // "by falsely reporting purchases": the means, an act, not a report of one.
  const means = wordBefore(t, i).lower === 'by';
  if (FRAME_VERBS.has(lemma) && !means) {
    if (isFrame(t, i)) return null;
    if (REPORTING_VERBS.has(lemma)) return { a: i, b: i + 1, lemma, type: 'statement', rule: 'event.report', timeline: false };
  }
  // "tweeted "Deeply saddened …"", "tweeted he wasn't aware": a verb of posting right before a
  // quotation or a clause frames it (not "tweeted after hearing the news").
  if (POSTING_VERBS.has(lemma) && (QUOTE_MARKS.has(tokenAt(t, i + 1).text) || tokenAt(t, i + 1).lower === 'that' || (tokenAt(t, i + 1).pos === 'PRON' && tokenAt(t, i + 2).pos !== 'PUNCT'))) return { a: i, b: i + 1, lemma, type: 'statement', rule: 'event.report', timeline: false };
  // "admitted that she stole": the admission frames the acts it tells.
  if (ADMISSION_VERBS.has(lemma) && [1, 2].some((d) => tokenAt(t, i + d).lower === 'that')) return { a: i, b: i + 1, lemma, type: 'statement', rule: 'event.admission', timeline: false };
  if (LIGHT_VERBS.has(lemma)) {
    const noun = eventNounNear(t, i, first, last);
    if (noun !== null) {
      return { a: noun, b: noun + 1, lemma: nounLemma(t, noun), type: lightNounType(t[noun].lower)!, rule: `event.light-verb-${lemma}`, timeline: true };
    }
  }
  // "The move came two days after …", "The announcement came during the session": "came" only
  // places its subject in time.
  if (TIMING_VERBS.has(lemma) && timingFollows(t, i)) return { a: i, b: i + 1, lemma, type: 'other', rule: 'event.verb-mention', timeline: false };
  // "is scheduled to …": the scheduling itself is not a story event.
  if (SCHEDULING_VERBS.has(lemma) && tokenAt(t, i + 1).lower === 'to') return { a: i, b: i + 1, lemma, type: 'other', rule: 'event.verb-mention', timeline: false };
  // "appeared in federal court": a stative verb that tells a happening with the word after it.
  const happening = HAPPENING_WITH.get(lemma)?.has(tokenAt(t, i + 1).lower) ?? false;
  const known = VERB_TRIGGERS.has(lemma) || happening;
  const story = storyVerb(t, i, first, lemma, known, lead);
  const type = lemma === 'file' && filesConduct(t, i, last) ? 'other' : VERB_TRIGGERS.get(lemma) ?? ((happening && courtNear(t, i)) || courtSubject(t, i) ? 'legal-other' : 'other');
  if (story) return { a: i, b: i + 1, lemma, type, rule: known ? 'event.verb' : 'event.verb-open', timeline: true };
  if (lemma.length < 3 || !/^[a-z-]+$/.test(lemma)) return null;
  return { a: i, b: i + 1, lemma, type, rule: 'event.verb-mention', timeline: false };
}

/** The light verb whose event noun is at i ("held a meeting", "a meeting … was held"), or null. */
function lightVerbOf(t: Token[], i: number, first: number, last: number): string | null {
  if (!lightNounType(t[i].lower)) return null;
  // "opted not to hold a caucus": a light verb that did not happen makes no event.
  for (let k = i - 1; k >= Math.max(first, i - 4); k--) if (t[k].pos === 'VERB' && LIGHT_VERBS.has(t[k].lemma)) return eventNounNear(t, k, first, last) === i && !nonFactual(t, k, first) ? t[k].lemma : null;
  for (let k = i + 1; k <= last; k++) {
    if (t[k].pos === 'VERB') return LIGHT_VERBS.has(t[k].lemma) && eventNounNear(t, k, first, last) === i && !nonFactual(t, k, first) ? t[k].lemma : null;
  }
  return null;
}

/** A noun before another noun modifies it ("fire suppression equipment"); not before a time ("a settlement today"). */
const TIME_NOUNS = new Set(['today', 'yesterday', 'tomorrow', 'tonight', 'morning', 'afternoon', 'evening', 'night', 'week', 'month', 'year']);
function modifiesNoun(t: Token[], k: number): boolean {
  return tokenAt(t, k + 1).pos === 'NOUN' && !TIME_NOUNS.has(t[k + 1].lower);
}

const TAKE_FORMS = new Set(['take', 'takes', 'took', 'taken', 'taking']);

/**
 * Is the noun at i the head of the subject of "took place" ("The last draft in the United States
 * took place", "The meeting will take place on Monday")? The index of "took", or -1.
 */
function tookPlaceAfter(t: Token[], i: number, last: number): number {
  const next = tokenAt(t, i + 1);
  // Asked after every noun: the word before the lemma, which is worked out on first read.
  if (next.pos !== 'ADP' && next.pos !== 'AUX' && !(TAKE_FORMS.has(next.lower) && next.lemma === 'take')) return -1;
  for (let k = i + 1; k < last && k <= i + 10; k++) {
    if (t[k].text === ',') return -1;
    if (t[k].pos !== 'VERB') continue;
    return t[k].lemma === 'take' && tokenAt(t, k + 1).lower === 'place' ? k : -1;
  }
  return -1;
}

/**
 * "Bazans sentencing is scheduled": the tagger reads an -ing form after a name as a verb; with
 * a name (or "'s") before it and "is" after it, it is the noun.
 */
function possessedGerund(t: Token[], i: number): boolean {
  const tok = t[i];
  return tok.pos === 'VERB' && tok.lower.endsWith('ing') && (tokenAt(t, i - 1).pos === 'PROPN' || tokenAt(t, i - 1).lower === "'s") && BE.has(tokenAt(t, i + 1).lower);
}

/** Is the verb at i a story event: told as having happened (or scheduled), in the narrative? */
function storyVerb(t: Token[], i: number, first: number, lemma: string, known: boolean, lead: boolean): boolean {
  const tok = t[i];
  // "has, since its creation in 1950, always elected a Labour MP": a habit, not a happening.
  if (HABITUAL_ADVERBS.has(tokenAt(t, i - 1).lower)) return false;
  // "is scheduled to be sentenced", "is expected to plead": the scheduled event is the story's.
  // "Liberal Democrats are to find a new leader": "be to" plans it too.
  const scheduled = (k: number) => tokenAt(t, k).lower === 'to' && (SCHEDULING_VERBS.has(tokenAt(t, k - 1).lemma) || (PRESENT_BE.has(tokenAt(t, k - 1).lower) && !GOAL_NOUNS.has(tokenAt(t, k - 2).lower)));
  // "He went on to win the election": told as what happened next.
  const wentOnTo = tokenAt(t, i - 1).lower === 'to' && tokenAt(t, i - 2).lower === 'on' && tokenAt(t, i - 3).lemma === 'go';
  if (scheduled(i - 1) || (tokenAt(t, i - 1).lower === 'be' && scheduled(i - 2)) || wentOnTo) return known || !STATIVE_VERBS.has(lemma);
  // Infinitives and gerunds of background ("thanked … for organizing", "to supply").
  if (tokenAt(t, i - 1).lower === 'to' && !BE.has(tokenAt(t, i - 2).lower)) return false;
  if (tok.lower.endsWith('ing') && GERUND_BLOCKERS.has(tokenAt(t, i - 1).lower)) return false;
  // A bare -ing form (no "be" before it) is a participle or gerund that describes or frames:
  // "A bus carrying children", "an Executive Order charging the agency", ", moving northwest".
  // Acts still: the means ("by visiting the monument", "by demoting him"), the alleged act
  // ("arrested for allegedly carrying out …"), and an act with its own subject after "with"
  // ("with Ghana winning the bid").
  if (tok.lower.endsWith('ing') && !BE.has(wordBefore(t, i).lower) && !actingGerund(t, i)) return false;
  // Reduced relatives: "the importance of … discussions organized during the Forum" (the noun
  // phrase before is an object), unlike "the delegation arrived." (a subject).
  const pastForm = isPastForm(tok.lower, lemma) || (SAME_FORM_PAST.has(tok.lower) && subjectRightBefore(t, i));
  if (pastForm && tokenAt(t, i - 1).pos === 'NOUN' && (tokenAt(t, i + 1).pos === 'ADP' || tokenAt(t, i + 1).pos === 'PUNCT' || tokenAt(t, i + 1).lower === 'to') && isObjectPhrase(t, i - 1)) return false;
  // "…, followed by Bernie Sanders": a participle after a comma with its agent describes.
  if (pastForm && tokenAt(t, i - 1).text === ',' && tokenAt(t, i + 1).lower === 'by') return false;
  // "accounts controlled by Ho": a participle after a plural noun with its agent is a description.
  // (The tagger may take "to accounts" for a verb: a plural after a preposition is a noun.)
  const pluralNoun = /s$/.test(tokenAt(t, i - 1).lower) && (t[i - 1].pos === 'NOUN' || BEFORE_PLURAL_NOUN.has(tokenAt(t, i - 2).pos));
  if (pastForm && pluralNoun && tokenAt(t, i + 1).lower === 'by' && !BE.has(tokenAt(t, i - 2).lower)) return false;
  const aux = AUXILIARIES.has(wordBefore(t, i).lower);
  // A bare base form with no auxiliary is an imperative ("please visit"), a verb coordinated
  // under a modal told before ("would delete … and submit") or a generality ("products meet
  // standards"), not something that happened.
  // A simple present ("continues its efforts", "trade occurs between", "raises the concern")
  // tells what goes on, not what happened; but a lead tells its news in the present ("The
  // delegation participates in the Forum").
  // But a complaint tells the conduct it alleges in the present ("Kelley allegedly claims bogus
  // credits", "According to the complaint Kelley also fabricates …").
  const simplePresent = !lead && isPresentSForm(tok.lower, lemma) && !aux && !allegedPresent(t, i, first);
  // "which is offering a reward", "When properties are sold at public auctions": a present
  // progressive or passive tells what goes on (outside the lead); not so a step of a case
  // ("are charged in two complaints", "are appearing in federal court").
  // "which is being conducted by the FBI": a present progressive passive too.
  const be = wordBefore(t, i);
  const presentBe = PRESENT_BE.has(be.lower) || (be.lower === 'being' && PRESENT_BE.has(tokenAt(t, be.i - 1).lower));
  const presentForm = !lead && presentBe && !VERB_TRIGGERS.get(lemma)?.startsWith('legal') && !HAPPENING_WITH.get(lemma);
  if (known) return !simplePresent && !presentForm && (aux || tok.lower !== lemma);
  if (STATIVE_VERBS.has(lemma) || lemma.length < 3 || !/^[a-z-]+$/.test(lemma)) return false;
  // Past forms ("conspired", "stole") or forms after an auxiliary ("was arrested", "will
  // travel"); not gerunds, present-tense generalities ("it plays a role") or nouns mis-tagged
  // after an adjective ("joint lectures").
  // (An acting gerund has passed above: "with Warren coming in fourth", "by falsely reporting".)
  const actingForm = tok.lower.endsWith('ing') && actingGerund(t, i);
  if (!aux && !pastForm && !actingForm && !(isPresentSForm(tok.lower, lemma) && allegedPresent(t, i, first))) return false;
  // "is part of": a bare form after a form of "be" is a noun the tagger took for a verb.
  if (!pastForm && tok.lower === lemma && !/(ed|en)$/.test(tok.lower) && BE.has(tokenAt(t, i - 1).lower)) return false;
  // A present passive of a verb outside the lexicon tells a standing state, not a happening:
  // "The United States is represented by …", "The Department is committed to …".
  // "safety standards are routinely ignored": an adverb between changes nothing.
  if (presentBe) return false;
  // "Led by U.S. Attorneys' Offices, Project Safe Childhood …": an opening participle with its
  // agent describes the subject.
  if (i === first && tokenAt(t, i + 1).lower === 'by') return false;
  // "joint lectures": a noun the tagger took for a verb after a modifier; but "Both earned …",
  // "All agreed …" have a pronoun-like determiner as their subject.
  return !((tokenAt(t, i - 1).pos === 'ADJ' || (tokenAt(t, i - 1).pos === 'DET' && !SUBJECT_DETERMINERS.has(t[i - 1].lower))) && !aux);
}

/** "filed, and caused to be filed, fraudulent … trust returns": a filing of the conduct (CONDUCT_FILINGS). */
function filesConduct(t: Token[], i: number, last: number): boolean {
  for (let k = i + 1; k <= Math.min(last, i + 12); k++) {
    if (CONDUCT_FILINGS.has(t[k].lower) && t[k].pos === 'NOUN') return true;
    if (t[k].text === ';' || t[k].lower === 'with') return false;
  }
  return false;
}

function allegedPresent(t: Token[], i: number, first: number): boolean {
  if (ALLEGATION_ADVERBS.has(tokenAt(t, i - 1).lower)) return true;
  // Right after its subject (an adverb between at most): not a plural noun the tagger took for a
  // verb ("a law firm's tax, trusts and estates group").
  if (!PAST_SUBJECT_BEFORE.has(wordBefore(t, i).pos)) return false;
  // "According to the (government) complaint, …" opening the sentence.
  if (t[first].lower !== 'according' || tokenAt(t, first + 1).lower !== 'to') return false;
  for (let k = first + 2; k <= Math.min(i - 1, first + 5); k++) if (CHARGING_DOCUMENTS.has(t[k].lower)) return true;
  return false;
}

const COURT_WORDS = new Set(['court', 'judge', 'magistrate', 'tribunal']);
/** "The judge recommended …", "the jury deliberated": what a court does is a step of the case, not conduct. */
const COURT_SUBJECTS = new Set([...COURT_WORDS, 'jury', 'justices']);
const JUDGE_TITLES = new Set(['judge', 'magistrate']);
function courtSubject(t: Token[], i: number): boolean {
  let k = tokenAt(t, i - 1).pos === 'ADV' ? i - 2 : i - 1;
  // "Judge Jackson clarified", "U.S. District Judge Gray Miller ruled": a judge's name, by the
  // title before it.
  if (tokenAt(t, k).pos === 'PROPN' && !COURT_SUBJECTS.has(t[k].lower)) {
    let j = k;
    while (j > k - 3 && tokenAt(t, j - 1).pos === 'PROPN' && !COURT_SUBJECTS.has(t[j - 1].lower)) j--;
    if (!JUDGE_TITLES.has(tokenAt(t, j - 1).lower)) return false;
    k = j - 1;
  }
  // Not the end of a name after "of" ("the Department of Justice observes", "the Court of Appeals").
  return COURT_SUBJECTS.has(tokenAt(t, k).lower) && tokenAt(t, k - 1).lower !== 'of';
}
function courtNear(t: Token[], i: number): boolean {
  for (let k = i + 1; k <= i + 5 && k < t.length; k++) if (COURT_WORDS.has(t[k].lower)) return true;
  return false;
}

/** Does the noun phrase ending at k follow a verb or preposition (an object), not open a clause? */
function isObjectPhrase(t: Token[], k: number): boolean {
  let j = k;
  while (j > 0 && NOUN_PHRASE_POS.has(t[j - 1].pos) && t[j - 1].sentence === t[k].sentence) j--;
  const before = t[j - 1];
  // "A bus carrying children overturned": the object of a bare participle belongs to the
  // subject, and the verb after it is the main verb.
  const bareParticiple = before?.pos === 'VERB' && before.lower.endsWith('ing') && !BE.has(tokenAt(t, j - 2).lower);
  // "There is currently a commission engaged to study …": what "there is" introduces.
  let b = j - 1;
  while (tokenAt(t, b).pos === 'ADV' && t[b].lower !== 'there') b--;
  if (BE.has(tokenAt(t, b).lower) && tokenAt(t, b - 1).lower === 'there') return true;
  return !!before && before.sentence === t[k].sentence && (before.pos === 'VERB' || before.pos === 'ADP') && !bareParticiple;
}

/**
 * "The EPA reports that", "the Justice Department announced today", "…, announced U.S. Attorney
 * X": the release framing itself.
 */
function isFrame(t: Token[], i: number): boolean {
  // "announced today that it is accepting applications": what is announced is no event of its
  // own, so the announcement is the news.
  if (announcesOngoing(t, i)) return false;
  // "…, announced Acting Assistant Attorney General X": the speaker after the verb.
  if (tokenAt(t, i - 1).text === ',' && startsUpper(tokenAt(t, i + 1).text)) return true;
  // "the Department announced yesterday" is a press office's frame; "has died, Stardom
  // announced yesterday" is a news report's event.
  const office = officeSubject(t, i);
  const words = office ? OFFICE_FRAME_AFTER : FRAME_AFTER;
  const after = tokenAt(t, i + 1).pos === 'PUNCT' || [1, 2, 3].some((d) => words.has(tokenAt(t, i + d).lower));
  return after && (office || t[i].lemma === 'announce');
}

/**
 * The subject right before the verb is an office: an acronym ("EPA") or a name with an office's
 * word in it ("the Department of Justice", "the U.S. Attorney's Office"), its capitalised words
 * read whatever their tag.
 */
const OFFICE_NAME_PARTS = new Set(['ADP', 'DET', 'PART']);
function officeSubject(t: Token[], i: number): boolean {
  const before = t[i - 1];
  if (!before) return false;
  if (/^\p{Lu}{2,}$/u.test(before.text) || FRAME_SUBJECTS.has(before.lower)) return true;
  for (let k = i - 1; k >= Math.max(0, i - 6) && (OFFICE_NAME_PARTS.has(t[k].pos) || startsUpper(t[k].text)); k--) if (FRAME_SUBJECTS.has(t[k].lower)) return true;
  return false;
}

/** The event type of a noun a light verb can carry ("meetings", "caucuses"), or undefined. */
function lightNounType(lower: string): string | undefined {
  return NOUN_TRIGGERS.get(lower) ?? NOUN_TRIGGERS.get(singular(lower));
}

/** "announced (today) that it is accepting …", "… that it is making funding available". */
function announcesOngoing(t: Token[], i: number): boolean {
  let k = i + 1;
  while (k <= i + 3 && t[k] && t[k].lower !== 'that') k++;
  if (tokenAt(t, k).lower !== 'that') return false;
  for (let j = k + 1; j <= k + 4 && t[j]; j++) {
    if (t[j].lower === 'is' || t[j].lower === 'are') return tokenAt(t, j + 1).pos === 'VERB' && t[j + 1].lower.endsWith('ing');
    if (t[j].pos === 'VERB' || t[j].pos === 'AUX') return false;
  }
  return false;
}

/**
 * An event noun's lemma, in the singular; with the event noun that modifies it, the compound
 * ("a primary election" → "primary election", "Wells sentencing hearing" → "sentencing hearing").
 */
function nounLemma(t: Token[], i: number): string {
  const head = singular(t[i].lower);
  const mod = t[i - 1];
  if (mod && mod.text === mod.lower && !mod.lower.endsWith('s') && eventNounType(mod.lower) !== undefined) return `${mod.lower} ${head}`;
  return head;
}

/** The event type of a noun that names a happening (EVENT_NOUNS, then NOUN_TRIGGERS), or undefined. */
function eventNounType(lower: string): string | undefined {
  return EVENT_NOUNS.get(lower) ?? NOUN_TRIGGERS.get(lower);
}

function singular(noun: string): string {
  if (noun.endsWith('ies')) return noun.slice(0, -3) + 'y';
  if (/(ss|sh|ch|x|us)es$/.test(noun)) return noun.slice(0, -2);
  if (noun.endsWith('s') && !/(ss|us|is)$/.test(noun)) return noun.slice(0, -1);
  return noun;
}

/** The lexicon verb an -ed form comes from ("apprehended" → "apprehend", "carried" → "carry"), or null. */
function lexiconStem(form: string): string | null {
  if (!form.endsWith('ed')) return null;
  const base = form.slice(0, -2);
  const candidates = [form.slice(0, -1), base, base.slice(0, -1), `${base.slice(0, -1)}y`];
  return candidates.find((c) => c.length > 2 && VERB_TRIGGERS.has(c)) ?? null;
}

/** Negation, modals and conditions in the few tokens before a verb. */
export function nonFactual(t: Token[], i: number, first: number): boolean {
  for (let k = i - 1; k >= Math.max(first, i - 3); k--) {
    const w = t[k].lower;
    // "not only manufactured and sold" is no negation.
    if (NON_FACTUAL.has(w) && !(w === 'not' && tokenAt(t, k + 1).lower === 'only')) return true;
    if (t[k].pos === 'VERB' || t[k].pos === 'PUNCT') break;
  }
  // "There were no Change UK candidates elected", "None of the other candidates secured": "no"
  // or "none of" opening the noun phrase before the verb.
  if (tokenAt(t, i - 1).pos === 'NOUN') {
    let k = i - 1;
    while (k > first && NAME_OR_NOUN.has(t[k].pos)) k--;
    if (tokenAt(t, k).lower === 'no') return true;
    if (tokenAt(t, k).pos === 'DET' && tokenAt(t, k - 1).lower === 'of' && tokenAt(t, k - 2).lower === 'none') return true;
  }
  return invertedCondition(t, i, first);
}

/** "were a draft to be imposed", "were he to resign": a condition told by inversion. */
function invertedCondition(t: Token[], i: number, first: number): boolean {
  let k = i - 1;
  if (tokenAt(t, k).lower === 'be') k--;
  if (tokenAt(t, k).lower !== 'to') return false;
  for (k--; k > first && k >= i - 7 && NAME_OR_NOUN_OR_DET.has(t[k].pos); k--);
  return tokenAt(t, k).lower === 'were' && (k === first || tokenAt(t, k - 1).text === ',');
}
const NAME_OR_NOUN_OR_DET = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM', 'DET', 'PRON']);
const NAME_OR_NOUN = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);

const SEQUENCE_JOINS = new Set(['then', 'and']);
/** "with Ghana winning": "with", its own subject, the -ing form at i. */
function withSubject(t: Token[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 6) && WITH_SUBJECT.has(t[k].pos); k--) if (tokenAt(t, k - 1).lower === 'with') return true;
  return false;
}
const WITH_SUBJECT = new Set(['PROPN', 'NOUN', 'ADJ', 'DET', 'NUM', 'ADP']);
function actingGerund(t: Token[], i: number): boolean {
  // "by visiting", "by falsely reporting purchases" (an adverb between), "allegedly carrying out".
  if (wordBefore(t, i).lower === 'by' || tokenAt(t, i - 1).lower === 'allegedly') return true;
  // "by first directing donations …, then redirecting the funds": the next step of that means.
  if (SEQUENCE_JOINS.has(tokenAt(t, i - 1).lower)) {
    const before = gerundBefore(t, i - 2, i);
    if (before >= 0) return wordBefore(t, before).lower === 'by';
  }
  // "with Ghana winning", "with Steve Scalise of Louisiana calling", "with supporters cheering":
  // "with", its own subject, the verb.
  if (withSubject(t, i)) return true;
  // "with Steve Scalise calling … and Ross Spano of Florida calling …": the next such clause.
  let k = i - 1;
  while (k >= Math.max(0, i - 6) && WITH_SUBJECT.has(t[k].pos)) k--;
  if (tokenAt(t, k).lower === 'and' && k < i - 1) {
    const before = gerundBefore(t, k - 1, i);
    if (before >= 0) return withSubject(t, before);
  }
  return false;
}

/** The nearest -ing verb at or before `from`, within 30 tokens, in the sentence of token i; or -1. */
function gerundBefore(t: Token[], from: number, i: number): number {
  for (let k = from; k >= Math.max(0, from - 30) && t[k].sentence === t[i].sentence; k--) if (t[k].pos === 'VERB' && t[k].lower.endsWith('ing')) return k;
  return -1;
}

/** "came after …", "came during …", "came two days after …". */
const TIMING_PREPOSITIONS = new Set(['after', 'before', 'during', 'amid', 'ahead', 'shortly', 'just']);
const TIME_UNITS = new Set(['minutes', 'hours', 'days', 'weeks', 'months', 'years', 'day', 'week', 'month', 'year']);
function timingFollows(t: Token[], i: number): boolean {
  if (TIMING_PREPOSITIONS.has(tokenAt(t, i + 1).lower)) return true;
  return TIME_UNITS.has(tokenAt(t, i + 2).lower) && (t[i + 1].pos === 'NUM' || t[i + 1].lower === 'a');
}

/** Its subject, or the end of an aside after it ("Arnav Gupta, 33, of Bethesda, Maryland, set"), is right before i. */
function subjectRightBefore(t: Token[], i: number): boolean {
  const k = tokenAt(t, i - 1).text === ',' && !SCHEDULING_AFTER.has(tokenAt(t, i + 1).lower) ? i - 2 : i - 1;
  return PAST_SUBJECT_BEFORE.has(tokenAt(t, k).pos) && !FIRST_PERSON.has(t[k].lower);
}

function verbEarlierIn(t: Token[], first: number, i: number): boolean {
  for (let k = first; k < i; k++) if (t[k].pos === 'VERB') return true;
  return false;
}

/** A past tense or participle: "sold", "paid", "driven", "arrested" (not "sells", "selling"). */
function isPastForm(lower: string, lemma: string): boolean {
  return lower !== lemma && !lower.endsWith('ing') && !isPresentSForm(lower, lemma);
}

/** The third-person present: "sends", "continues", "occurs" (of "send", "continue", "occur"). */
function isPresentSForm(lower: string, lemma: string): boolean {
  return lower !== lemma && lower.endsWith('s') && lower.startsWith(lemma.slice(0, -1));
}

/** "held a meeting" (object after) or "a meeting … was held" (subject before). */
function eventNounNear(t: Token[], i: number, first: number, last: number): number | null {
  // The object right after the verb ("held a meeting", "entered into a settlement"), not a
  // noun after another preposition ("set himself on fire").
  // The head of the object, not a modifier of it ("have the requisite fire suppression equipment").
  // Four words at most; the hyphen of a compound is no word ("made a 14-hour drive").
  for (let k = i + 1, words = 0; k <= last && words < 4 && (t[k].pos !== 'ADP' || t[k].lower === 'into'); k++) {
    if (lightNounType(t[k].lower) && t[k].pos === 'NOUN' && !modifiesNoun(t, k)) return k;
    if (!(t[k].text === '-' && !t[k].spaceBefore)) words++;
  }
  // "An indictment returned by a federal grand jury (was unsealed)": the participle with its
  // agent after the noun, as the sentence's subject; not after a verb or a preposition ("charged
  // in an indictment returned by …", "the result of an investigation conducted by …").
  if (i > first && tokenAt(t, i + 1).lower === 'by' && t[i - 1].pos === 'NOUN' && lightNounType(t[i - 1].lower) && /(ed|en)$/.test(t[i].lower) && !isObjectPhrase(t, i - 1)) return i - 1;
  if (BE.has(tokenAt(t, i - 1).lower)) {
    for (let k = i - 2; k >= first; k--) {
      if ((t[k].pos === 'VERB' && !possessedGerund(t, k)) || RELATIVE_WORDS.has(t[k].lower)) break;
      // "a meeting … was held", "Sentencing is scheduled", "Bazans sentencing is scheduled".
      // "a primary election was held": modifiers may stand between the opener and the noun.
      let o = k - 1;
      while (o > first && (t[o].pos === 'ADJ' || t[o].pos === 'NUM') && o >= k - 3) o--;
      const opens = k === first || ARTICLES.has(tokenAt(t, o).lower) || tokenAt(t, o).pos === 'PROPN' || tokenAt(t, o).pos === 'PRON' || tokenAt(t, o).text === ',' || tokenAt(t, o).lower === "'s";
      if (lightNounType(t[k].lower) && (t[k].pos === 'NOUN' || k === first || possessedGerund(t, k)) && opens) return k;
    }
  }
  return null;
}
