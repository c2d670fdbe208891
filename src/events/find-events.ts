/**
 * Event occurrences: triggers (verbs and event nouns from trigger-lexicon.ts), minus quote
 * frames, negated, modal and conditional uses; with agents, participants, the named event they
 * belong to, place, time and relative cue; then put in time order (order.ts).
 */
import { GERUND_SUBORDINATORS, type Document, type Token } from '../document/tokenize.js';
import type { EntityDraft } from '../link/entities.js';
import type { MentionIndex } from '../link/mention-index.js';
import { findTimes, findCues, relativeCue, TODAY_WORDS } from './time-expressions.js';
import { orderEvents } from './order.js';
import { isTitleCaseSentence } from '../kinds/name-runs.js';
import type { EventDraft } from './event-draft.js';
import { triggerAt, nonFactual, type Trigger } from './triggers.js';
import { STATES, ATTRIBUTION_VERBS, RESULT_VERBS, ASPECTUAL_VERBS, NOT_EVENT_VERBS, REPORTING_VERBS } from './trigger-lexicon.js';
import { fillArguments, nearest, isPassive, hasPersonalSubject } from './arguments.js';
import { isPastPerfect, isFuture, isPresentPerfect, wordBefore } from './tense.js';
import { relateWithinSentence } from './sentence-relations.js';
import { isAcknowledgement, dropSummaries, markRetellings, bodyStart, quoteTracker, unmarkedQuoteEnd, firstVerbOf, describesNoun, inWhichClause } from './story-filters.js';
import { tokenAt } from '../document/token-at.js';

export type { EventDraft } from './event-draft.js';


export function findEvents(doc: Document, drafts: EntityDraft[], idx: MentionIndex, docDate: string | null): EventDraft[] {
  const t = doc.tokens;
  const events: EventDraft[] = [];
  // Lemmas of the story events of earlier sentences (objectEvent), kept as they are told.
  const storyLemmas = new Set<string>();
  const firstBody = bodyStart(doc);
  const insideQuote = quoteTracker(doc.text);
  // Words inside a name ("a park named after …", "Rewards for Justice") trigger nothing.
  const inName = new Uint8Array(t.length);
  for (const d of drafts) for (const m of d.mentions) if (m.b - m.a > 1) for (let k = m.a; k < m.b; k++) inName[k] = 1;
  let paragraph = 0;
  for (let s = firstBody; s < doc.sentences.length; s++) {
    const sent = doc.sentences[s];
    if (t[sent.first].lineBefore) paragraph++;
    if (isTitleCaseSentence(doc, sent.first, sent.last)) continue;
    if (isAcknowledgement(doc, s)) continue;
    const inSentence: EventDraft[] = [];
    const quoted = new Set<EventDraft>();
    const used = new Set<number>();
    const quoteEnd = unmarkedQuoteEnd(t, sent.first, sent.last);
    const question = t[sent.last].text === '?' || tokenAt(t, sent.last - 1).text === '?';
    for (let i = sent.first; i <= sent.last; i++) {
      if (inName[i]) continue;
      const found = triggerAt(doc, i, sent.first, sent.last, s === firstBody);
      if (!found || used.has(found.a) || inName[found.a]) continue;
      used.add(found.a);
      const ev = makeDraft(found, s, paragraph);
      // Words inside a quotation are what someone said, not the narrative's own events; a
      // question asks, it does not tell ("Roger, are they locked inside the boat?").
      if (insideQuote(t[found.a].start) || found.a < quoteEnd || question) {
        ev.timeline = false;
        quoted.add(ev);
      }
      inSentence.push(ev);
    }
    if (!inSentence.length) continue;
    const times = findTimes(doc, s, docDate);
    const cues = findCues(doc, s);
    // Arguments.
    for (const ev of inSentence) {
      fillArguments(doc, ev, idx, sent.first, sent.last);
      ev.pronounSubject = hasPersonalSubject(t, ev.a);
      ev.time = nearest(t, times, ev.a);
      // "the September 5, 1986 attack", "announced today the release of …": an event noun with
      // a date right before it (an article between at most) is a happening the story dates.
      const dateBefore = ev.time && (ev.time.b === ev.a || (ev.time.b === ev.a - 1 && t[ev.a - 1].pos === 'DET'));
      if (ev.rule === 'event.noun' && dateBefore) {
        ev.timeline = true;
        ev.rule = 'event.noun-dated';
      }
      if (ev.rule === 'event.noun' && broughtAbout(t, ev.a, sent.first)) {
        ev.timeline = true;
        ev.rule = 'event.noun-result';
        // After its cause: the event noun told before it in the sentence ("The attack … resulted
        // in"), or the story event that noun refers back to ("the September 5, 1986 attack").
        const cause = inSentence.findLast((o) => o.a < ev.a && o.rule.startsWith('event.noun'));
        const referent = cause && !cause.timeline ? events.find((o) => o.timeline && o.lemma === cause.lemma) : cause;
        if (referent && !ev.time) ev.relation = { to: referent, type: 'after' };
      }
      ev.future = isFuture(t, ev.a);
      // "announced today that it has entered into a settlement": the news is today's.
      // "Hana Kimura has died, Stardom announced yesterday": the frame's day, after it too.
      if (!ev.time && isPresentPerfect(t, ev.a)) ev.time = times.find((te) => TODAY_WORDS.has(te.text.toLowerCase())) ?? null;
      ev.cue = cues.filter((c) => c.b <= ev.a || (c.a >= ev.b && c.a - ev.b <= 3)).sort((x, y) => Math.abs(x.a - ev.a) - Math.abs(y.a - ev.a))[0] ?? null;
      // A cue belongs to the first event after it in the sentence.
      if (ev.cue && inSentence.some((o) => o !== ev && o.a < ev.a && o.a >= ev.cue!.b)) ev.cue = null;
      // "had pleaded": told against the event before it.
      if (!ev.cue && isPastPerfect(doc.tokens, ev.a)) ev.cue = relativeCue(ev.a, ev.a, 'before', null);
      // "Judge Jones handed down the sentence": an act on an event told before follows it.
      if (!ev.cue && !ev.time) {
        const told = objectEvent(t, ev.b, storyLemmas);
        if (told) ev.cue = relativeCue(ev.b, ev.b + 2, 'after', told);
      }
    }
    // A verb outside the trigger lexicon, with no actor found and not the sentence's main
    // (first) verb, is background far more often than a story event ("funds derived from …").
    const firstVerb = firstVerbOf(t, sent.first, sent.last);
    for (const ev of inSentence) {
      if (ev.rule === 'event.verb-open' && ev.a !== firstVerb && !ev.agents.length && !ev.participants.length && !ev.pronounSubject) ev.timeline = false;
      if (ev.rule === 'event.verb-open' && describesNoun(t, ev.a, sent.first, firstVerb)) ev.timeline = false;
      if (ev.a !== firstVerb && inWhichClause(t, ev.a, sent.first)) ev.timeline = false;
      if (ATTRIBUTION_VERBS.has(ev.lemma) && !ev.agents.some((d) => d.type === 'person')) {
        ev.timeline = false;
        ev.rule = 'event.attribution';
      }
    }
    // Coordinated verbs share their subject: "X thanked … and emphasized …"; verbs joined
    // directly share their time too: "were previously prosecuted and sentenced".
    const told = inSentence.filter((e) => e.timeline);
    for (let n = 1; n < told.length; n++) {
      const ev = told[n];
      const prev = told[n - 1];
      // "he molested three boys … and produced videos" (no subject of its own): the time too.
      const joined = t.slice(prev.b, ev.a).some((x) => x.lower === 'and');
      const ownSubject = ev.agents.length || ev.grammaticalSubject || ev.pronounSubject;
      if (!ev.cue && !ev.time && tokenAt(t, ev.a - 1).lower === 'and' && (prev.b === ev.a - 1 || !ownSubject)) {
        ev.cue = prev.cue;
        ev.time = prev.time;
      }
      // "he molested … and produced videos": a pronoun subject is shared as well.
      if (prev.pronounSubject && joined && !ev.agents.length && !ev.grammaticalSubject) ev.pronounSubject = true;
      // "X was arrested … and is expected to appear": the subject of a passive is shared too.
      const shared = prev.agents.length ? prev.agents : prev.grammaticalSubject ? [prev.grammaticalSubject] : [];
      if (ev.agents.length || ev.grammaticalSubject || !shared.length) continue;
      const into = isPassive(t, ev.a) ? ev.participants : ev.agents;
      const byGerund = tokenAt(t, ev.a - 1).lower === 'by' && t[ev.a].lower.endsWith('ing');
      if (byGerund || joined) for (const d of shared) if (!into.includes(d)) into.push(d);
    }
    // The act an aspectual verb begins first: it is the story verb a later one may be joined to.
    tellAspectComplements(t, inSentence);
    joinCoordinatedActs(t, inSentence);
    tellSubordinateGerunds(t, inSentence.filter((e) => !quoted.has(e)));
    relateWithinSentence(t, inSentence);
    events.push(...inSentence);
    for (const ev of inSentence) if (ev.timeline) storyLemmas.add(ev.lemma);
  }
  const kept = dropSummaries(events);
  // A relation to a dropped summary has nothing left to point to.
  const keptSet = new Set(kept);
  for (const ev of kept) if (ev.relation && !keptSet.has(ev.relation.to)) ev.relation = null;
  markRetellings(kept);
  return orderEvents(kept, docDate);
}

/**
 * "Wells stole the names … and provided these identities to Hill": a past verb joined by "and"
 * to a story verb of the same sentence, with no subject of its own, is an act of the same
 * actors, even where the verb alone would be background ("provided", "used").
 */
function joinCoordinatedActs(t: Token[], inSentence: EventDraft[]): void {
  for (const ev of inSentence) {
    if (ev.timeline || (ev.rule !== 'event.verb-mention' && ev.rule !== 'event.verb-open') || ev.grammaticalSubject || STATES.has(ev.lemma)) continue;
    const tok = t[ev.a];
    if (tok.pos !== 'VERB' || tok.lower === ev.lemma || tok.lower.endsWith('ing') || tok.lower.endsWith('s')) continue;
    const joined = wordBefore(t, ev.a).lower === 'and' || joinedPastPhrase(t, ev.a);
    if (!joined) continue;
    const story = inSentence.findLast((o) => o.timeline && o.b < ev.a);
    if (!story || isPassive(t, ev.a) !== isPassive(t, story.a)) continue;
    ev.timeline = true;
    ev.rule = 'event.verb-coordinated';
    for (const d of story.agents) if (!ev.agents.includes(d)) ev.agents.push(d);
    // "had lied and violated that deal": the time of the verb it is joined to, and right after it.
    ev.time ??= story.time;
    if (!ev.cue && !ev.relation) ev.relation = { to: story, type: 'after' };
  }
}

/**
 * "tweeted after hearing the news", "formed over the Bahamas, before heading towards Florida",
 * "while preparing for his first trial, Manafort was kept": a gerund right after "after",
 * "before", "while" or "upon" is an act of the story event it hangs on (the nearest one in its
 * sentence, before it if any), by the same actors. Not when that verb is no story event
 * ("must respect their privacy … before collecting", "licensed … after meeting standards").
 * "while" also shares the time; after "after" it happened before that event, after "before" later.
 */
function tellSubordinateGerunds(t: Token[], inSentence: EventDraft[]): void {
  for (const ev of inSentence) {
    const tok = t[ev.a];
    if (ev.timeline || tok.pos !== 'VERB' || !tok.lower.endsWith('ing') || !GERUND_SUBORDINATORS.has(tokenAt(t, ev.a - 1).lower)) continue;
    if (STATES.has(ev.lemma) || NOT_EVENT_VERBS.has(ev.lemma) || REPORTING_VERBS.has(ev.lemma)) continue;
    const host = inSentence.findLast((o) => o.timeline && o.b < ev.a && t[o.a].pos === 'VERB') ?? inSentence.find((o) => o.timeline && o.a > ev.a && t[o.a].pos === 'VERB');
    if (!host) continue;
    ev.timeline = true;
    ev.rule = 'event.verb-subordinate-gerund';
    const actors = isPassive(t, host.a) ? host.participants : host.agents;
    for (const d of actors) if (!ev.agents.includes(d)) ev.agents.push(d);
    ev.pronounSubject ||= host.pronounSubject;
    const word = t[ev.a - 1].lower;
    if (word === 'while') ev.time ??= host.time;
    else if (!ev.relation) ev.relation = { to: host, type: word === 'before' ? 'after' : 'before' };
  }
}

/** "and on Twitter referred to …": "and", a short prepositional phrase, the verb at i. */
function joinedPastPhrase(t: Token[], i: number): boolean {
  for (let k = i - 1; k >= i - 4 && k > 0; k--) {
    if (t[k].pos === 'ADP') return tokenAt(t, k - 1).lower === 'and';
    if (t[k].pos !== 'PROPN' && t[k].pos !== 'NOUN' && t[k].pos !== 'DET') return false;
  }
  return false;
}

/**
 * "resulted in the death of all 33 passengers", "caused the collapse": an event noun that a
 * told happening brought about (the object of a result verb in the past) happened too.
 */
function broughtAbout(t: Token[], i: number, first: number): boolean {
  let k = i - 1;
  if (tokenAt(t, k).pos === 'DET') k--;
  if (tokenAt(t, k).lower === 'in') k--;
  const verb = t[k];
  // Not "may have resulted in a loss": a result that may not have come about.
  return !!verb && verb.pos === 'VERB' && RESULT_VERBS.has(verb.lemma) && verb.lower !== verb.lemma && !verb.lower.endsWith('ing') && !nonFactual(t, k, first);
}

/**
 * "PG&E began turning off electricity", "he began acting in theater": the act an aspectual verb
 * (ASPECTUAL_VERBS) introduces with an -ing form or "to" is the story event, with the aspectual
 * verb's actors, time and cue; the aspectual verb leaves the timeline.
 */
function tellAspectComplements(t: Token[], inSentence: EventDraft[]): void {
  for (const ev of inSentence) {
    if (!ev.timeline || !ASPECTUAL_VERBS.has(ev.lemma) || t[ev.a].pos !== 'VERB') continue;
    const at = tokenAt(t, ev.b).lower === 'to' ? ev.b + 1 : ev.b;
    if (at === ev.b && !tokenAt(t, at).lower.endsWith('ing')) continue;
    const act = inSentence.find((o) => o.a === at && t[o.a].pos === 'VERB');
    if (!act || act.timeline) continue;
    act.timeline = true;
    act.rule = 'event.verb-aspect';
    act.time ??= ev.time;
    act.cue ??= ev.cue;
    for (const d of ev.agents) if (!act.agents.includes(d)) act.agents.push(d);
    act.pronounSubject ||= ev.pronounSubject;
    ev.timeline = false;
  }
}

/**
 * "handed down the sentence.", "appealed the ruling.": the object right after a trigger is "the"
 * + a noun naming a story event of an earlier sentence (by its lemma: "sentenced" → "sentence"),
 * with nothing after it that would make it a new reference.
 * Returns that lemma, or null.
 */
function objectEvent(t: Token[], b: number, storyLemmas: Set<string>): string | null {
  // A noun with words after it is a new reference ("won the caucus in American Samoa").
  if (tokenAt(t, b).lower !== 'the' || tokenAt(t, b + 1).pos !== 'NOUN' || (t[b + 2] && t[b + 2].pos !== 'PUNCT' && t[b + 2].pos !== 'CCONJ')) return null;
  const noun = t[b + 1].lower;
  return storyLemmas.has(noun) ? noun : null;
}

function makeDraft(tr: Trigger, s: number, paragraph: number): EventDraft {
  // Written out (not spread) so every draft has one shape: V8 keeps them fast.
  return {
    timeline: tr.timeline,
    a: tr.a,
    b: tr.b,
    lemma: tr.lemma,
    type: tr.type,
    rule: tr.rule,
    sentence: s,
    paragraph,
    agents: [],
    participants: [],
    subject: null,
    grammaticalSubject: null,
    pronounSubject: false,
    place: null,
    time: null,
    cue: null,
    future: false,
    relation: null,
    order: 0,
    id: '',
  };
}
