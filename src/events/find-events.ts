/**
 * Event occurrences: triggers (verbs and event nouns from trigger-lexicon.ts), minus quote
 * frames, negated, modal and conditional uses; with agents, participants, the named event they
 * belong to, place, time and relative cue; then put in time order (order.ts).
 */
import type { Document, Token } from '../document/tokenize.js';
import type { EntityDraft } from '../link/entities.js';
import type { MentionIndex, Located } from '../link/mention-index.js';
import type { EventRelation } from '../types.js';
import { VERB_TRIGGERS, NOUN_TRIGGERS, LIGHT_VERBS, REPORTING_VERBS, NON_FACTUAL, STATIVE_VERBS, NEGATIVE_VERBS, EVENT_NOUNS, NOT_EVENT_VERBS, SCHEDULING_VERBS } from './trigger-lexicon.js';
import { findTimes, findCues, type TimeExpression, type RelativeCue } from './time-expressions.js';
import { orderEvents } from './order.js';
import { isTitleCaseSentence } from '../kinds/name-runs.js';

export interface EventDraft {
  /** A story event (the sequence), rather than another happening the text mentions. */
  timeline: boolean;
  /** Trigger token range. */
  a: number;
  b: number;
  lemma: string;
  type: string;
  rule: string;
  sentence: number;
  agents: EntityDraft[];
  participants: EntityDraft[];
  subject: EntityDraft | null;
  place: EntityDraft | null;
  time: TimeExpression | null;
  cue: RelativeCue | null;
  relation: { to: EventDraft; type: EventRelation['type'] } | null;
  order: number;
  id: string;
}

const AUXILIARIES = new Set(['has', 'have', 'had', 'was', 'were', 'will', 'been', 'be', 'is', 'are', 'being', 'shall']);
const BE = new Set(['is', 'was', 'were', 'are', 'be', 'been', 'being', "'s"]);
const GERUND_BLOCKERS = new Set(['for', 'of', 'in', 'about', 'on', 'without', 'to', 'from', 'against']);
const PREPOSITIONS = new Set(['of', 'for', 'with', 'in', 'at', 'by', 'from', 'to', 'on', 'about', 'against', 'between', 'under', 'into', 'after', 'before', 'during']);
const LOCATIVE = new Set(['in', 'at', 'near', 'outside', 'inside', 'to', 'from']);

export function findEvents(doc: Document, drafts: EntityDraft[], idx: MentionIndex, docDate: string | null): EventDraft[] {
  const t = doc.tokens;
  const events: EventDraft[] = [];
  const firstBody = bodyStart(doc);
  // Words inside a name ("a park named after …", "Rewards for Justice") trigger nothing.
  const inName = new Uint8Array(t.length);
  for (const d of drafts) for (const m of d.mentions) if (m.b - m.a > 1) for (let k = m.a; k < m.b; k++) inName[k] = 1;
  for (let s = firstBody; s < doc.sentences.length; s++) {
    const sent = doc.sentences[s];
    if (isTitleCaseSentence(doc, sent.first, sent.last)) continue;
    if (isAcknowledgement(doc.text.slice(sent.start, sent.end))) continue;
    const times = findTimes(doc, s, docDate);
    const cues = findCues(doc, s);
    const inSentence: EventDraft[] = [];
    const used = new Set<number>();
    const quoteEnd = unmarkedQuoteEnd(t, sent.first, sent.last);
    for (let i = sent.first; i <= sent.last; i++) {
      if (inName[i]) continue;
      const found = triggerAt(doc, i, sent.first, sent.last);
      if (!found || used.has(found.a) || inName[found.a]) continue;
      used.add(found.a);
      const ev = makeDraft(found, s);
      // Words inside a quotation are what someone said, not the narrative's own events.
      if (ev.timeline && (insideQuote(doc, sent.start, t[found.a].start) || found.a < quoteEnd)) ev.timeline = false;
      inSentence.push(ev);
    }
    // Arguments.
    for (const ev of inSentence) {
      fillArguments(doc, ev, idx, sent.first, sent.last);
      ev.time = nearest(t, times, ev.a);
      ev.cue = cues.filter((c) => c.b <= ev.a || (c.a >= ev.b && c.a - ev.b <= 3)).sort((x, y) => Math.abs(x.a - ev.a) - Math.abs(y.a - ev.a))[0] ?? null;
      // A cue belongs to the first event after it in the sentence.
      if (ev.cue && inSentence.some((o) => o !== ev && o.a < ev.a && o.a >= ev.cue!.b)) ev.cue = null;
      // "had pleaded": told against the event before it.
      if (!ev.cue && isPastPerfect(doc.tokens, ev.a)) ev.cue = { a: ev.a, b: ev.a, type: 'before', noun: null };
    }
    // A verb outside the trigger lexicon, with no actor found and not the sentence's main
    // (first) verb, is background far more often than a story event ("funds derived from …").
    const firstVerb = firstVerbOf(t, sent.first, sent.last);
    for (const ev of inSentence) {
      if (ev.rule === 'event.verb-open' && ev.a !== firstVerb && !ev.agents.length && !ev.participants.length) ev.timeline = false;
    }
    // Coordinated verbs share their subject: "X thanked … and emphasized …".
    const told = inSentence.filter((e) => e.timeline);
    for (let n = 1; n < told.length; n++) {
      const ev = told[n];
      const prev = told[n - 1];
      if (ev.agents.length || !prev.agents.length) continue;
      const byGerund = t[ev.a - 1]?.lower === 'by' && t[ev.a].lower.endsWith('ing');
      if (byGerund) ev.agents.push(...prev.agents);
      else for (let k = prev.b; k < ev.a; k++) if (t[k].lower === 'and') ev.agents.push(...prev.agents);
    }
    events.push(...inSentence);
  }
  const kept = dropSummaries(events);
  markRetellings(kept);
  return orderEvents(kept, docDate);
}

/**
 * The closing credits of a release ("The FBI investigated the case.", "Trial Attorney X is
 * prosecuting the case.", "Ciraolo commended special agents … for their work"): not story events.
 */
const ACKNOWLEDGEMENT = /\b(investigat|prosecut|handl|tri|assist|conduct|thank|commend|prais|refer)\w*\b[^.]*\b(th(e|is) (case|matter|investigation|prosecution)|for their (work|efforts|assistance))/i;
const CASE_BY = /\b(the|this) (case|matter|investigation|prosecution) (is|was|were|are) (being )?(investigated|prosecuted|handled|conducted)/i;
const ACKNOWLEDGEMENT_WORDS = /\b(case|matter|investigation|prosecution|their)\b/i;
function isAcknowledgement(sentence: string): boolean {
  return ACKNOWLEDGEMENT_WORDS.test(sentence) && (ACKNOWLEDGEMENT.test(sentence) || CASE_BY.test(sentence));
}

/**
 * "Two real estate investors were sentenced yesterday …" then "Casorso was sentenced to 18
 * months": an event with no named actor that is told again with one is a summary; the detailed
 * telling stays.
 */
function dropSummaries(events: EventDraft[]): EventDraft[] {
  const toldWithActors = new Set<string>();
  for (const o of events) if (o.agents.length || o.participants.length) toldWithActors.add(o.lemma);
  return events.filter((ev) => ev.agents.length || ev.participants.length || !toldWithActors.has(ev.lemma));
}

/**
 * "Ho engaged in four transactions … Ho engaged in a fifth": the same act by the same actors,
 * told again, is one story event; the retelling stays listed but leaves the timeline. Acts by
 * other people ("A pleaded guilty … B pleaded guilty") are events of their own.
 */
function markRetellings(events: EventDraft[]): void {
  const told = new Map<string, EventDraft[]>();
  for (const ev of events) {
    // Statements recur for real: someone emphasises one thing at one meeting, another at the next.
    if (!ev.timeline || ev.type === 'statement') continue;
    const same = told.get(ev.lemma);
    if (same?.some((o) => o.subject === ev.subject && sameActors(o, ev))) ev.timeline = false;
    else if (same) same.push(ev);
    else told.set(ev.lemma, [ev]);
  }
}

function sameActors(x: EventDraft, y: EventDraft): boolean {
  const xs = x.agents.length ? x.agents : x.participants;
  const ys = y.agents.length ? y.agents : y.participants;
  if (!xs.length || !ys.length) return xs.length === ys.length;
  return ys.every((d) => xs.includes(d));
}

/** Sentences before a header date line are the headline: their events repeat the body's. */
function bodyStart(doc: Document): number {
  for (let s = 0; s < Math.min(4, doc.sentences.length); s++) {
    const line = doc.text.slice(doc.sentences[s].start, doc.sentences[s].end).trim();
    if (/^\d{4}-\d{2}-\d{2}$/.test(line) || /^(\w+day, )?\w+ \d{1,2}, \d{4}$/.test(line)) return s + 1;
  }
  return 0;
}

interface Trigger {
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
function triggerAt(doc: Document, i: number, first: number, last: number): Trigger | null {
  const t = doc.tokens;
  const tok = t[i];
  if (tok.pos === 'NOUN') {
    const type = EVENT_NOUNS[tok.lower] ?? NOUN_TRIGGERS[tok.lower];
    if (!type || nonFactual(t, i, first)) return null;
    // "a meeting … was held", "held a meeting": the light verb makes the noun a story event.
    const light = lightVerbOf(t, i, first, last);
    if (light) return { a: i, b: i + 1, lemma: tok.lower, type: NOUN_TRIGGERS[tok.lower] ?? type, rule: `event.light-verb-${light}`, timeline: true };
    return { a: i, b: i + 1, lemma: singular(tok.lower), type, rule: 'event.noun', timeline: false };
  }
  if (tok.pos !== 'VERB') return null;
  const lemma = tok.lemma;
  if (NEGATIVE_VERBS.has(lemma) || NOT_EVENT_VERBS.has(lemma)) return null;
  if (nonFactual(t, i, first)) return null;
  // A capitalised word inside a sentence is part of a name ("Consumer Product Safety Act").
  if (/^\p{Lu}/u.test(tok.text) && i > first) return null;
  // Participles used as adjectives: "the indicted man", "of aggravated identity theft".
  // Also "unlawfully obtained funds" (an adverb between) and "from compromised or imitation
  // accounts" (a coordinated modifier).
  const nounNext = t[i + 1]?.pos === 'NOUN' || t[i + 1]?.pos === 'PROPN' || (t[i + 1]?.pos === 'CCONJ' && ['NOUN', 'ADJ'].includes(t[i + 2]?.pos ?? '') && t[i - 1]?.pos === 'ADP');
  const adverb = t[i - 1]?.pos === 'ADV' && /ly$/.test(t[i - 1].lower);
  const modifierContext = adverb ? ['DET', 'ADJ', 'NUM', 'ADP'] : ['DET', 'ADJ', 'NUM', 'ADP', 'CCONJ', 'PUNCT'];
  if (nounNext && modifierContext.includes((adverb ? t[i - 2] : t[i - 1])?.pos ?? 'PUNCT') && /(ed|en)$/.test(tok.lower)) return null;
  if (['the', 'a', 'an'].includes(t[i - 1]?.lower ?? '') && nounNext) return null;
  // The press office's frame: "The EPA reports that …", "the Department announced today".
  if (REPORTING_VERBS.has(lemma) || lemma === 'announce') {
    if (isFrame(t, i)) return null;
    if (REPORTING_VERBS.has(lemma)) return { a: i, b: i + 1, lemma, type: 'statement', rule: 'event.report', timeline: false };
  }
  if (LIGHT_VERBS.has(lemma)) {
    const noun = eventNounNear(t, i, first, last);
    if (noun !== null) {
      return { a: noun, b: noun + 1, lemma: t[noun].lower, type: NOUN_TRIGGERS[t[noun].lower], rule: `event.light-verb-${lemma}`, timeline: true };
    }
  }
  // "is scheduled to …": the scheduling itself is not a story event.
  if (SCHEDULING_VERBS.has(lemma) && t[i + 1]?.lower === 'to') return { a: i, b: i + 1, lemma, type: 'other', rule: 'event.verb-mention', timeline: false };
  const story = storyVerb(t, i, lemma);
  const type = VERB_TRIGGERS[lemma] ?? 'other';
  if (story) return { a: i, b: i + 1, lemma, type, rule: VERB_TRIGGERS[lemma] ? 'event.verb' : 'event.verb-open', timeline: true };
  if (lemma.length < 3 || !/^[a-z-]+$/.test(lemma)) return null;
  return { a: i, b: i + 1, lemma, type, rule: 'event.verb-mention', timeline: false };
}

/** The light verb whose event noun is at i ("held a meeting", "a meeting … was held"), or null. */
function lightVerbOf(t: Token[], i: number, first: number, last: number): string | null {
  if (!NOUN_TRIGGERS[t[i].lower]) return null;
  for (let k = i - 1; k >= Math.max(first, i - 3); k--) if (t[k].pos === 'VERB' && LIGHT_VERBS.has(t[k].lemma)) return eventNounNear(t, k, first, last) === i ? t[k].lemma : null;
  for (let k = i + 1; k <= last; k++) {
    if (t[k].pos === 'VERB') return LIGHT_VERBS.has(t[k].lemma) && eventNounNear(t, k, first, last) === i ? t[k].lemma : null;
  }
  return null;
}

/** Is the verb at i a story event: told as having happened (or scheduled), in the narrative? */
function storyVerb(t: Token[], i: number, lemma: string): boolean {
  const tok = t[i];
  // "is scheduled to be sentenced", "is expected to plead": the scheduled event is the story's.
  const scheduled = (k: number) => t[k]?.lower === 'to' && SCHEDULING_VERBS.has(t[k - 1]?.lemma ?? '');
  if (scheduled(i - 1) || (t[i - 1]?.lower === 'be' && scheduled(i - 2))) return VERB_TRIGGERS[lemma] !== undefined || !STATIVE_VERBS.has(lemma);
  // Infinitives and gerunds of background ("thanked … for organizing", "to supply").
  if (t[i - 1]?.lower === 'to' && !BE.has(t[i - 2]?.lower ?? '')) return false;
  if (tok.lower.endsWith('ing') && GERUND_BLOCKERS.has(t[i - 1]?.lower ?? '')) return false;
  // Reduced relatives: "the importance of … discussions organized during the Forum" (the noun
  // phrase before is an object), unlike "the delegation arrived." (a subject).
  if (/ed$/.test(tok.lower) && t[i - 1]?.pos === 'NOUN' && (t[i + 1]?.pos === 'ADP' || t[i + 1]?.pos === 'PUNCT') && isObjectPhrase(t, i - 1)) return false;
  // "accounts controlled by Ho": a participle after a plural noun with its agent is a description.
  // (The tagger may take "to accounts" for a verb: a plural after a preposition is a noun.)
  const pluralNoun = /s$/.test(t[i - 1]?.lower ?? '') && (t[i - 1].pos === 'NOUN' || ['ADP', 'PART', 'DET', 'ADJ', 'NUM'].includes(t[i - 2]?.pos ?? ''));
  if (/ed$/.test(tok.lower) && pluralNoun && t[i + 1]?.lower === 'by' && !BE.has(t[i - 2]?.lower ?? '')) return false;
  if (VERB_TRIGGERS[lemma]) return true;
  if (STATIVE_VERBS.has(lemma) || lemma.length < 3 || !/^[a-z-]+$/.test(lemma)) return false;
  // Past forms ("conspired", "stole") or forms after an auxiliary ("was arrested", "will
  // travel"); not gerunds, present-tense generalities ("it plays a role") or nouns mis-tagged
  // after an adjective ("joint lectures").
  const aux = AUXILIARIES.has(t[i - 1]?.lower ?? '') || (t[i - 1]?.pos === 'ADV' && AUXILIARIES.has(t[i - 2]?.lower ?? ''));
  const past = tok.lower !== lemma && !tok.lower.endsWith('ing') && !(tok.lower.endsWith('s') && tok.lower.startsWith(lemma.slice(0, -1)));
  if (!aux && !past) return false;
  return !(['ADJ', 'DET'].includes(t[i - 1]?.pos ?? '') && !aux);
}

/** Does the noun phrase ending at k follow a verb or preposition (an object), not open a clause? */
function isObjectPhrase(t: Token[], k: number): boolean {
  let j = k;
  while (j > 0 && ['NOUN', 'ADJ', 'DET', 'NUM', 'PROPN', 'CCONJ', 'SYM'].includes(t[j - 1].pos) && t[j - 1].sentence === t[k].sentence) j--;
  const before = t[j - 1];
  return !!before && before.sentence === t[k].sentence && (before.pos === 'VERB' || before.pos === 'ADP');
}

/** "The EPA reports that", "the Justice Department announced today": the release framing itself. */
function isFrame(t: Token[], i: number): boolean {
  const after = [1, 2, 3].some((d) => ['that', 'today', 'yesterday'].includes(t[i + d]?.lower ?? '')) || t[i + 1]?.pos === 'PUNCT';
  const before = t[i - 1];
  const orgSubject = !!before && (/^\p{Lu}{2,}$/u.test(before.text) || ['department', 'office', 'agency', 'ministry', 'service', 'bureau', 'commission'].includes(before.lower));
  return after && (orgSubject || t[i].lemma === 'announce');
}

function singular(noun: string): string {
  if (noun.endsWith('ies')) return noun.slice(0, -3) + 'y';
  if (noun.endsWith('s') && !noun.endsWith('ss')) return noun.slice(0, -1);
  return noun;
}

/** Negation, modals and conditions in the few tokens before a verb. */
function nonFactual(t: Token[], i: number, first: number): boolean {
  for (let k = i - 1; k >= Math.max(first, i - 3); k--) {
    const w = t[k].lower;
    if (NON_FACTUAL.has(w)) return true;
    if (t[k].pos === 'VERB' || t[k].pos === 'PUNCT') break;
  }
  return false;
}

/** "held a meeting" (object after) or "a meeting … was held" (subject before). */
function eventNounNear(t: Token[], i: number, first: number, last: number): number | null {
  for (let k = i + 1; k <= Math.min(last, i + 3); k++) if (NOUN_TRIGGERS[t[k].lower] && t[k].pos === 'NOUN') return k;
  if (BE.has(t[i - 1]?.lower ?? '')) {
    for (let k = i - 2; k >= first; k--) {
      if (t[k].pos === 'VERB') break;
      if (NOUN_TRIGGERS[t[k].lower] && t[k].pos === 'NOUN' && ['a', 'an', 'the'].includes(t[k - 1]?.lower ?? '')) return k;
    }
  }
  return null;
}

function makeDraft(tr: Trigger, s: number): EventDraft {
  // Written out (not spread) so every draft has one shape: V8 keeps them fast.
  return {
    timeline: tr.timeline,
    a: tr.a,
    b: tr.b,
    lemma: tr.lemma,
    type: tr.type,
    rule: tr.rule,
    sentence: s,
    agents: [],
    participants: [],
    subject: null,
    place: null,
    time: null,
    cue: null,
    relation: null,
    order: 0,
    id: '',
  };
}

function isPassive(t: Token[], i: number): boolean {
  return (BE.has(t[i - 1]?.lower ?? '') || (BE.has(t[i - 2]?.lower ?? '') && t[i - 1]?.pos === 'ADV')) && /(ed|en|wn|ld|ht|id|ung|ne)$/.test(t[i].lower);
}

export function isPastPerfect(t: Token[], i: number): boolean {
  return t[i - 1]?.lower === 'had' || (t[i - 2]?.lower === 'had' && (t[i - 1]?.pos === 'ADV' || t[i - 1]?.lower === 'been'));
}

/** Agents: the subject before the trigger; participants: entities after it in the clause. */
function fillArguments(doc: Document, ev: EventDraft, idx: MentionIndex, first: number, last: number): void {
  const t = doc.tokens;
  const passive = isPassive(t, ev.a);
  // Subject: the nearest person or organization before the trigger, not inside a prepositional phrase.
  let subject: Located | null = null;
  for (let k = ev.a - 1; k >= first; k--) {
    const here = idx.endAt.get(k + 1)?.find((l) => l.draft.type === 'person' || l.draft.type === 'organization');
    if (here && !PREPOSITIONS.has(t[here.mention.a - 1]?.lower ?? '') && !(t[here.mention.a - 1]?.lower === 'the' && PREPOSITIONS.has(t[here.mention.a - 2]?.lower ?? ''))) {
      subject = here;
      break;
    }
    if (t[k].text === ';' || t[k].lower === 'that' || t[k].lower === 'which' || (t[k].pos === 'VERB' && !PARTICIPLE_OK(t, k))) break;
  }
  if (subject) (passive ? ev.participants : ev.agents).push(subject.draft);
  // After the trigger, to the end of the clause.
  for (let k = ev.b; k <= last; k++) {
    if (t[k].text === ';') break;
    const here = idx.startAt.get(k);
    if (!here) continue;
    const loc = here[0];
    const d = loc.draft;
    if (d.type === 'event') {
      ev.subject ??= d;
    } else if (d.type === 'place') {
      if (!ev.place && (LOCATIVE.has(t[k - 1]?.lower ?? '') || LOCATIVE.has(t[k - 2]?.lower ?? '') || ev.type === 'visit')) ev.place = d;
    } else if (passive && t[k - 1]?.lower === 'by') {
      ev.agents.push(d);
    } else if (!ev.participants.includes(d) && !ev.agents.includes(d)) {
      ev.participants.push(d);
    }
    k = loc.mention.b - 1;
  }
  // A named event mentioned before the trigger in the sentence ("At the Forum, X met …").
  if (!ev.subject) {
    for (let k = first; k < ev.a; k++) {
      const here = idx.startAt.get(k)?.find((l) => l.draft.type === 'event');
      if (here) ev.subject = here.draft;
    }
  }
  if (!ev.place) {
    for (let k = first; k < ev.a; k++) {
      const here = idx.startAt.get(k)?.find((l) => l.draft.type === 'place');
      if (here && LOCATIVE.has(t[k - 1]?.lower ?? '')) ev.place = here.draft;
    }
  }
}

/** A verb form inside an appositive or name does not end the subject search. */
function PARTICIPLE_OK(t: Token[], k: number): boolean {
  return /^\p{Lu}/u.test(t[k].text);
}

/**
 * The time expression nearest to token i in its clause: "stated on Thursday that it had signed"
 * gives Thursday to "stated" only, so "that" (or ";") between them separates the clauses.
 */
function nearest(t: Token[], times: TimeExpression[], i: number): TimeExpression | null {
  let best: TimeExpression | null = null;
  let dist = Infinity;
  for (const te of times) {
    if (te.b <= i && acrossClause(t, te.b, i)) continue;
    const d = te.a >= i ? te.a - i : i - te.b;
    if (d < dist) {
      dist = d;
      best = te;
    }
  }
  return best;
}

function acrossClause(t: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (t[k].lower === 'that' || t[k].text === ';') return true;
  return false;
}


/** Is offset `at` inside a quotation opened earlier in its paragraph (quotes run across sentences)? */
function insideQuote(doc: Document, sentenceStart: number, at: number): boolean {
  let open = false;
  const paragraph = doc.text.lastIndexOf('\n', sentenceStart) + 1;
  for (let k = paragraph; k < at; k++) {
    const c = doc.text.charCodeAt(k);
    if (c === 0x201c) open = true;
    else if (c === 0x201d) open = false;
    else if (c === 0x22) open = !open;
  }
  return open;
}

/**
 * "… has been stolen from them, said Attorney General X." The DOJ scrape lost its quotation
 * marks, but a closing ", said <speaker>." still tells that the words before it are a quote:
 * the index of that comma, or -1.
 */
function unmarkedQuoteEnd(t: Token[], first: number, last: number): number {
  for (let k = last; k > first + 3 && k > last - 14; k--) {
    if (t[k].text === ',' && (t[k + 1]?.lower === 'said' || t[k + 1]?.lower === 'says')) return k;
  }
  return -1;
}

function firstVerbOf(t: Token[], first: number, last: number): number {
  for (let k = first; k <= last; k++) if (t[k].pos === 'VERB') return k;
  return -1;
}
