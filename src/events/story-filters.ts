/**
 * What leaves the timeline or is skipped: headlines, closing credits, summaries told again in
 * detail, retellings, quotations (marked or lost in the scrape), and background verbs.
 */
import type { Document, Token } from '../document/tokenize.js';
import type { EntityDraft } from '../link/entities.js';
import type { EventDraft } from './event-draft.js';
import { AUXILIARIES } from './tense.js';
import { DAY_DATE } from './dates.js';
import { tokenAt } from '../document/token-at.js';

/**
 * The closing credits of a release ("The FBI investigated the case.", "Trial Attorney X is
 * prosecuting the case.", "Ciraolo commended special agents … for their work"): not story events.
 */
const ACKNOWLEDGEMENT = /\b(investigat|prosecut|handl|tri|assist|conduct|thank|commend|prais)\w*\b[^.]*\b(th(e|is) (case|matter|investigation|prosecution)|for their (work|efforts|assistance))/i;
const CASE_BY = /\b(the|this) (case|matter|investigation|prosecution) (is|was|were|are) (being )?(investigated|prosecuted|handled|conducted|brought)/i;
/** "U.S. Attorney X made the announcement.": the release names who issued it. */
const MADE_ANNOUNCEMENT = /\bma(de|ke|kes) the announcement\b/i;
const ACKNOWLEDGEMENT_WORDS = new Set(['case', 'matter', 'investigation', 'prosecution', 'their', 'announcement']);
export function isAcknowledgement(doc: Document, s: number): boolean {
  const { first, last, start, end } = doc.sentences[s];
  // The regexes run only on sentences with one of the words they need (most have none).
  let has = false;
  for (let k = first; k <= last && !has; k++) has = ACKNOWLEDGEMENT_WORDS.has(doc.tokens[k].lower);
  if (!has) return false;
  const sentence = doc.text.slice(start, end);
  return ACKNOWLEDGEMENT.test(sentence) || CASE_BY.test(sentence) || MADE_ANNOUNCEMENT.test(sentence);
}

/**
 * "Two real estate investors were sentenced yesterday …" then "Casorso was sentenced to 18
 * months": an event with no named actor that is told again with one is a summary; the detailed
 * telling stays.
 */
export function dropSummaries(events: EventDraft[]): EventDraft[] {
  // A story event is a summary of a story event told with actors ("The indictment alleges that
  // Etkind …" names the indictment, it does not tell it again), and so is an event noun ("for a
  // rally" stays, to place "the day before the rally"); other mentions are dropped for any.
  const toldWithActors = new Set<string>();
  const storyWithActors = new Set<string>();
  for (const o of events) {
    if (!o.agents.length && !o.participants.length) continue;
    toldWithActors.add(o.lemma);
    if (o.timeline) storyWithActors.add(o.lemma);
  }
  // A summary leads: a story event told later without actors ("school districts across the area
  // announced school closings") is a detail of its own.
  const lead = events.find((ev) => ev.timeline)?.paragraph ?? 0;
  const isSummary = (ev: EventDraft): boolean => {
    if (ev.agents.length || ev.participants.length || ev.pronounSubject) return false;
    if (ev.timeline) return ev.paragraph <= lead && storyWithActors.has(ev.lemma);
    return (ev.rule.startsWith('event.noun') ? storyWithActors : toldWithActors).has(ev.lemma);
  };
  return events.filter((ev) => !isSummary(ev));
}


/**
 * "Ho engaged in four transactions … Ho engaged in a fifth": the same act by the same actors,
 * told again, is one story event; the retelling stays listed but leaves the timeline. Acts by
 * other people ("A pleaded guilty … B pleaded guilty") are events of their own.
 */
export function markRetellings(events: EventDraft[]): void {
  // By lemma, then by subject: only those can be a retelling (a long text tells thousands).
  const told = new Map<string, Map<EntityDraft | null, EventDraft[]>>();
  for (const ev of events) {
    // Statements recur for real: someone emphasises one thing at one meeting, another at the next.
    if (!ev.timeline || ev.type === 'statement') continue;
    let bySubject = told.get(ev.lemma);
    if (!bySubject) told.set(ev.lemma, (bySubject = new Map()));
    const same = bySubject.get(ev.subject);
    if (same?.some((o) => sameActors(o, ev))) ev.timeline = false;
    else if (same) same.push(ev);
    else bySubject.set(ev.subject, [ev]);
  }
}

function sameActors(x: EventDraft, y: EventDraft): boolean {
  const xs = x.agents.length ? x.agents : x.participants;
  const ys = y.agents.length ? y.agents : y.participants;
  if (!xs.length || !ys.length) return xs.length === ys.length;
  return ys.every((d) => xs.includes(d));
}

/** Sentences before a header date line are the headline: their events repeat the body's. */
export function bodyStart(doc: Document): number {
  for (let s = 0; s < Math.min(4, doc.sentences.length); s++) {
    const line = doc.text.slice(doc.sentences[s].start, doc.sentences[s].end).trim();
    if (DAY_DATE.test(line) || /^(\w+day, )?\w+ \d{1,2}, \d{4}$/.test(line)) return s + 1;
  }
  return 0;
}

/**
 * Quotation state for one document: whether a quotation is open at offset `at`. Quotes run
 * across sentences but not across lines. Asks come mostly in text order, so the text is
 * scanned once; an ask behind the scan restarts from its line.
 */
export function quoteTracker(text: string): (at: number) => boolean {
  let k = 0;
  let open = false;
  return (at: number) => {
    if (at < k) {
      k = text.lastIndexOf('\n', at - 1) + 1;
      open = false;
    }
    for (; k < at; k++) {
      const c = text.charCodeAt(k);
      if (c === 0x0a) open = false;
      else if (c === 0x201c) open = true;
      else if (c === 0x201d) open = false;
      else if (c === 0x22) open = !open;
    }
    return open;
  };
}

/**
 * "… has been stolen from them, said Attorney General X." The DOJ scrape lost its quotation
 * marks, but a closing ", said <speaker>." still tells that the words before it are a quote:
 * the index of that comma, or -1.
 */
export function unmarkedQuoteEnd(t: Token[], first: number, last: number): number {
  // The speaker's name and title can be long: ", said Assistant Attorney General Makan
  // Delrahim of the Department of Justice Antitrust Division."
  for (let k = last; k > first + 3 && k > last - 25; k--) {
    if (t[k].text === ',' && (tokenAt(t, k + 1).lower === 'said' || tokenAt(t, k + 1).lower === 'says')) return k;
  }
  return -1;
}

export function firstVerbOf(t: Token[], first: number, last: number): number {
  // "According to the complaint, Path collected …": the attribution is no verb of the story;
  // nor is a bare participle ("A bus carrying children overturned").
  // Nor a participle with its agent after its noun ("An indictment returned by a grand jury …
  // was unsealed today").
  for (let k = first; k <= last; k++) {
    if (t[k].pos !== 'VERB') continue;
    if (t[k].lower.endsWith('ing') && !AUXILIARIES.has(tokenAt(t, k - 1).lower)) continue;
    if (tokenAt(t, k - 1).pos === 'NOUN' && tokenAt(t, k + 1).lower === 'by' && /(ed|en)$/.test(t[k].lower) && AGENT_START.has(tokenAt(t, k + 2).pos) && verbAfter(t, k + 2, last)) continue;
    return k;
  }
  return -1;
}

/** Words that start the agent after "by" (not "by demoting", "by unlawfully demoting"). */
const AGENT_START = new Set(['DET', 'PROPN', 'NOUN', 'ADJ', 'NUM', 'PRON']);

/** Is there a verb or auxiliary in [from, last] (the main verb a reduced relative leaves to come)? */
function verbAfter(t: Token[], from: number, last: number): boolean {
  for (let k = from; k <= last; k++) if (t[k].pos === 'VERB' || t[k].pos === 'AUX') return true;
  return false;
}

const AFTER_REDUCED_RELATIVE = new Set(['to', 'by', 'on', 'in', 'at', 'with', 'for', 'from', 'as', 'under']);
const RELATIVE_PRONOUNS = new Set(['that', 'which', 'whom']);

/**
 * A participle or verb that only describes a noun, in a sentence whose story is told by another
 * verb: a reduced relative ("procedures designed to ensure …", "addresses linked to Smith",
 * "trucks driven on highways") or a relative clause without an object of its own ("accounts
 * that Smith controlled."). Used for verbs outside the trigger lexicon only.
 */
export function describesNoun(t: Token[], i: number, first: number, firstVerb: number): boolean {
  if (firstVerb < 0 || firstVerb >= i) return false;
  const next = t[i + 1];
  const tok = t[i];
  // Reduced relative: noun (or noun + adverb) + participle + preposition.
  const nounBefore = tokenAt(t, i - 1).pos === 'NOUN' || (tokenAt(t, i - 1).pos === 'ADV' && tokenAt(t, i - 2).pos === 'NOUN');
  if (nounBefore && /(ed|en)$/.test(tok.lower) && AFTER_REDUCED_RELATIVE.has(next?.lower ?? '')) return true;
  // Relative clause whose object is the relative pronoun: "… accounts that Smith controlled."
  if (next && next.pos !== 'PUNCT' && next.lower !== 'with' && next.lower !== 'by') return false;
  for (let k = i - 1; k >= Math.max(first, i - 6); k--) {
    if (RELATIVE_PRONOUNS.has(t[k].lower)) return tokenAt(t, k - 1).pos === 'NOUN' || tokenAt(t, k - 1).text === ')';
    if (t[k].pos === 'VERB' && !AUXILIARIES.has(t[k].lower)) return false;
  }
  return false;
}

/**
 * A verb in a restrictive relative clause on "which", "who" or "whom" describes the noun before
 * it ("a lawsuit filed by Texas which tried to overturn …", "a rival whom Ahmed sought to locate",
 * "the three minors who were molested by McCarty"). Not so after a comma ("this outbreak, which
 * began in Wuhan", "Leonov, who died in Moscow", told for their own sake) or a
 * preposition ("a scheme in which co-conspirators sent emails", the story itself).
 */
const WHICH = new Set(['which', 'whom', 'who']);
export function inWhichClause(t: Token[], i: number, first: number): boolean {
  for (let k = i - 1; k >= Math.max(first + 1, i - 6); k--) {
    // (Lower case: "the WHO declared" is the World Health Organization.)
    if (WHICH.has(t[k].text)) return t[k - 1].pos !== 'ADP' && t[k - 1].text !== ',';
    if ((t[k].pos === 'VERB' && !AUXILIARIES.has(t[k].lower)) || t[k].pos === 'PUNCT') return false;
  }
  return false;
}

