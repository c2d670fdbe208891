/**
 * Chronological order. Each event gets a time key: its own date; else, for "had pleaded",
 * "previously" and "before …", just before the event it is told against; for "then", "after …",
 * "the next day", just after it; else the key of the event told just before it (news tells
 * background after the lead, and a sentence without a date continues the time of the one before).
 * Events are sorted by key (partial dates sort at the start of their period), then by the order
 * of telling. "At the same time" shares a number with the event it refers to.
 */
import type { EventDraft } from './find-events.js';
import { addDays, weekStart, isoWeek, DAY_DATE } from './dates.js';
import { TODAY_WORDS } from './time-expressions.js';
import { dict } from '../lexicon/dict.js';

const NEWS_WORDS = new Set([...TODAY_WORDS, 'yesterday']);

/** Sorts after every ISO date: the document's present when the document has no date. */
const PRESENT = '~present';

/** What is still to come ("will be succeeding Jobs") goes after what is told around it. */
const FUTURE_SHIFT = 1e6;

interface Key {
  /** ISO date or prefix, '' when unknown. */
  date: string;
  /** Position among events with the same date: the order of telling, shifted by cues. */
  seq: number;
  /** Conduct moved before the prosecution (conductBeforeProsecution), and what follows it there. */
  movedConduct?: boolean;
}

export function orderEvents(events: EventDraft[], docDate: string | null): EventDraft[] {
  // Nothing to order; also keeps V8 from meeting the empty arrays below, of another kind.
  if (!events.length) return events;
  linkRelations(events);
  const keys: Key[] = [];
  // Without a document date, "today" is still the present: later than any date the text gives.
  const firstDate = events.find((e) => e.time?.date)?.time?.date;
  let previous: Key = { date: docDate ?? '', seq: -1 };
  const position = new Map(events.map((ev, n) => [ev, n]));
  // The event told as today's news, and whether each key continues it (see below).
  let today = -1;
  let chain = false;
  const continuesToday: boolean[] = [];
  // An undated event continues the time of the event told before it; but a new paragraph does
  // not continue a date earlier than the story's first when that date was an aside in a
  // paragraph about the story's time ("On Tuesday, Sanders won … Both also won in 2016."). A
  // paragraph wholly in the past (a biography) is continued by the next.
  let leadDate = '';
  let previousParagraph = -1;
  let paragraphAtLead = false;
  let previousParagraphAtLead = false;
  // Nor is a week continued that holds the story's day ("announced the vote earlier this week.
  // Pelosi presided over the vote"): what follows is told at the story's day.
  const carried = (ev: EventDraft): Key => {
    if (leadDate && previous.date && ev.paragraph !== previousParagraph && previousParagraphAtLead && sortable(previous.date) < sortable(leadDate)) return { date: leadDate, seq: 0 };
    if (leadDate.length === 10 && previous.date.includes('-W') && isoWeek(leadDate) === previous.date) return { date: leadDate, seq: previous.seq };
    return previous;
  };
  events.forEach((ev, n) => {
    if (ev.paragraph !== previousParagraph) {
      previousParagraphAtLead = paragraphAtLead;
      paragraphAtLead = false;
    }
    const rel = ev.relation;
    const to = rel ? keys[position.get(rel.to)!] : undefined;
    let key: Key;
    // A relation places an event within its own date too ("announced Monday it has settled").
    if (ev.time?.date && !(to && to.date === ev.time.date)) key = { date: ev.time.date, seq: n };
    else if (ev.time && TODAY_WORDS.has(ev.time.text.toLowerCase())) key = { date: docDate ?? PRESENT, seq: n };
    else if (to) key = relativeKey(ev, n, to);
    else if (ev.future) key = { date: carried(ev).date, seq: n + FUTURE_SHIFT };
    else key = { date: carried(ev).date, seq: n };
    // An event with its own time starts or ends the run that continues today's news; one placed
    // by a relation leaves it as it is.
    if (ev.time) {
      const isToday = TODAY_WORDS.has(ev.time.text.toLowerCase()) && (today < 0 || today === n);
      if (isToday && today < 0) today = n;
      chain = isToday;
    }
    continuesToday.push(!ev.time && !rel && chain);
    keys.push(key);
    previous = key;
    previousParagraph = ev.paragraph;
    if (!leadDate && ev.time?.date) leadDate = ev.time.date;
    if (leadDate && key.date && sortable(key.date) >= sortable(leadDate)) paragraphAtLead = true;
  });
  const placeRelated = () => {
    events.forEach((ev, n) => {
      const to = ev.relation ? keys[position.get(ev.relation.to)!] : undefined;
      if (to && !(ev.time?.date && ev.time.date !== to.date)) keys[n] = relativeKey(ev, n, to);
    });
  };
  if (today >= 0) backgroundBeforeToday(events, keys, today, continuesToday);
  // Events told before the first dated one, with no date of their own, sit with it.
  if (!docDate && firstDate) {
    for (let n = 0; n < events.length && !keys[n].date; n++) keys[n].date = firstDate;
  }
  conductBeforeProsecution(events, keys);
  // Events placed by a relation follow their event wherever the passes above moved it (twice:
  // a relation may point to an event that is itself placed by one told later).
  placeRelated();
  placeRelated();
  const rank = events.map((_, n) => n).sort((x, y) => compareKeys(keys[x], keys[y]) || x - y);
  // Plain loops and push below: the arrays that map() builds came out of V8 in more than one
  // kind, and code compiled for one was thrown away when it met the other.
  const sorted: EventDraft[] = [];
  for (let k = 0; k < rank.length; k++) sorted.push(events[rank[k]]);
  let order = 0;
  for (let k = 0; k < sorted.length; k++) {
    const ev = sorted[k];
    // "At the same time …": the number of the event it is simultaneous with.
    const with_ = ev.relation?.type === 'same-time' ? ev.relation.to : null;
    if (with_ && with_.order > 0) ev.order = with_.order;
    else ev.order = ++order;
  }
  // Keep the list sorted by order (sort is stable: the order above among equals); close the gaps.
  const final = sorted.sort((x, y) => x.order - y.order);
  let last = 0;
  let number = 0;
  for (let k = 0; k < final.length; k++) {
    const ev = final[k];
    if (ev.order !== last) number++;
    last = ev.order;
    ev.order = number;
    ev.id = `event-occurrence-${k + 1}`;
  }
  return final;
}

const FOLLOWS_DIRECTLY = new Set(['event.noun-result', 'event.verb-subordinate-gerund', 'event.verb-coordinated']);

/** The step between conduct events moved before the prosecution, one after another. */
const CONDUCT_STEP = 0.001;

/** The key of an event placed by its relation to an event keyed `to`. */
function relativeKey(ev: EventDraft, n: number, to: Key): Key {
  const type = ev.relation!.type;
  if (ev.cue?.previousDay && DAY_DATE.test(to.date)) return { date: addDays(to.date, -1), seq: n };
  if (type === 'before') return { date: to.date, seq: to.seq - 0.5 };
  if (ev.cue?.nextDay && DAY_DATE.test(to.date)) return { date: addDays(to.date, 1), seq: n };
  // What a happening brought about ("resulted in the murder of …") follows it directly, and so
  // do the act told with "before" + gerund ("investigated … before referring it") and the act
  // joined to another by "and" ("had lied and violated that deal").
  if (FOLLOWS_DIRECTLY.has(ev.rule)) return { date: to.date, seq: to.seq + 0.25 };
  // After conduct moved before the prosecution, right after it: the order of telling no longer
  // says where it stands ("They subsequently conducted private auctions", "by first directing
  // donations …, then redirecting the funds"). (Half the step between moved conduct events.)
  if (to.movedConduct) return { date: to.date, seq: to.seq + CONDUCT_STEP / 2, movedConduct: true };
  return { date: to.date, seq: Math.max(n, to.seq + 0.25) };
}

/**
 * A release leads with today's news ("was sentenced today", "announced today that it has
 * entered into a settlement"); the undated past it goes on to tell (the conduct, the complaint,
 * the investigation) happened before it, not after. Kept after it: what is still to come ("will
 * pay"), what its own sentence tells with it, and the rest of a sentence ("also ordered to pay").
 */
const SENTENCE_PARTS = new Set(['legal-sentence']);
function backgroundBeforeToday(events: EventDraft[], keys: Key[], today: number, continuesToday: boolean[]): void {
  const news = events[today];
  events.forEach((ev, n) => {
    if (!continuesToday[n] || ev.future || ev.sentence === news.sentence) return;
    if (SENTENCE_PARTS.has(ev.type) && SENTENCE_PARTS.has(news.type)) return;
    keys[n] = { date: keys[today].date, seq: keys[today].seq - 1000 + n };
  });
}

/** Steps of a prosecution: the conduct came before the earliest one the text tells. */
// Not appear/arraign (CASE_STEPS has them): with them the conduct moved before court
// appearances too, and the gold sequence fell 0.648 → 0.646.
const PROSECUTION_STEPS = new Set(['charge', 'indict', 'arrest', 'plead', 'convict', 'sentence', 'indictment', 'plea', 'conviction', 'sentencing']);
/** What is told of a case that is not a step of it or a statement about it: the conduct. */
const NOT_CONDUCT_TYPES = new Set(['statement', 'appointment']);
const isConduct = (ev: EventDraft) => !ev.type.startsWith('legal') && !NOT_CONDUCT_TYPES.has(ev.type);
/** Transactions that are usually penalties or settlements, not the conduct charged. */
const NOT_CONDUCT = new Set(['pay', 'fine', 'forfeit', 'agree', 'settle']);

/**
 * In a release about a prosecution, the conduct it tells without a date ("Casorso and Sanchez
 * conspired …", "she stole …") happened before the first charge, though it is told after the
 * sentencing: it is keyed just before the earliest legal step (charge, plea, verdict or
 * sentence, whichever the text dates or tells first).
 */
function conductBeforeProsecution(events: EventDraft[], keys: Key[]): void {
  let first = -1;
  events.forEach((ev, n) => {
    if (ev.timeline && PROSECUTION_STEPS.has(ev.lemma) && (first < 0 || compareKeys(keys[n], keys[first]) < 0)) first = n;
  });
  if (first < 0) return;
  // Only a release about a case leads with a step of it; a biography that tells an arrest in its
  // course ("was arrested in 1963 and imprisoned until 1974") keeps its order.
  const told = events.filter((ev) => ev.timeline);
  if (!told.slice(0, 2).some((ev) => PROSECUTION_STEPS.has(ev.lemma))) return;
  // Conduct keeps the order of telling among itself: an undated act follows the conduct told
  // just before it ("in 2013 Ho opened accounts … he then moved the funds").
  let lastConduct: Key | null = null;
  // What the two sentences after the step tell in its paragraph is part of the news ("He was
  // given a fine. Three years of supervision … was also mandated"), not the conduct told later.
  // (Only where the text has paragraphs: in a text without, the lead's paragraph is all of it.)
  const leadStep = told.find((ev) => PROSECUTION_STEPS.has(ev.lemma))!;
  const paragraphs = told.some((ev) => ev.paragraph > leadStep.paragraph);
  events.forEach((ev, n) => {
    if (!ev.timeline || !isConduct(ev) || NOT_CONDUCT.has(ev.lemma) || ev.relation) return;
    if (paragraphs && ev.paragraph === leadStep.paragraph && ev.sentence > leadStep.sentence && ev.sentence <= leadStep.sentence + 2) return;
    if (ev.time?.date) {
      if (compareKeys(keys[n], keys[first]) < 0) lastConduct = keys[n];
      return;
    }
    if (n < first && compareKeys(keys[n], keys[first]) <= 0) return;
    keys[n] = lastConduct ? { date: lastConduct.date, seq: lastConduct.seq + CONDUCT_STEP, movedConduct: true } : { date: keys[first].date, seq: keys[first].seq - 1000 + n, movedConduct: true };
    lastConduct = keys[n];
  });
}

function compareKeys(x: Key, y: Key): number {
  if (x.date && y.date && x.date !== y.date) {
    // A partial date sorts at the start of its period: "2014" before "2014-05"; a week at its
    // Monday.
    const a = sortable(x.date);
    const b = sortable(y.date);
    if (a !== b) return a < b ? -1 : 1;
  }
  return x.seq - y.seq;
}

function sortable(date: string): string {
  return date.includes('-W') ? weekStart(date) : date;
}

/** Turn each event's relative cue into a relation to another event. */
function linkRelations(events: EventDraft[]): void {
  // The last event told so far under each lemma and each event noun, and the last story event.
  const lastBy = new Map<string, EventDraft>();
  const lastStoryBy = new Map<string, EventDraft>();
  let lastStory: EventDraft | null = null;
  // The day's news: "today", or in a report of the day before, "yesterday".
  const news = events.find((ev) => ev.timeline && ev.time && NEWS_WORDS.has(ev.time.text.toLowerCase()));
  for (let n = 0; n < events.length; n++) {
    const ev = events[n];
    const cue = ev.cue;
    if (cue && n > 0) {
      if (cue.noun) {
        // The story event the noun names ("due to Kimura's death" → "has died") before a mere
        // mention of it (the noun "death" itself).
        const target = lastStoryBy.get(cue.noun) ?? lastBy.get(cue.noun);
        if (target) relate(ev, target, cue.type);
      } else if (cue.type === 'before' && news && news !== ev) {
        // "were previously prosecuted", "earlier this week": before the day's news.
        relate(ev, news, 'before');
      } else {
        // "then", "at the same time": relative to the story event told before it.
        relate(ev, lastStory ?? events[n - 1], cue.type);
      }
    }
    lastBy.set(ev.lemma, ev);
    lastBy.set(nounOf(ev.lemma), ev);
    if (ev.timeline) {
      lastStory = ev;
      lastStoryBy.set(ev.lemma, ev);
      lastStoryBy.set(nounOf(ev.lemma), ev);
    }
  }
}

/** Sets ev's relation to `to`, unless `to` is placed, through its own relations, by ev. */
function relate(ev: EventDraft, to: EventDraft, type: NonNullable<EventDraft['relation']>['type']): void {
  for (let x: EventDraft | undefined = to, k = 0; x && k < 20; x = x.relation?.to, k++) if (x === ev) return;
  ev.relation = { to, type };
}

/** The noun that names a verb's event ("after the meeting" refers back to "met"). */
const EVENT_NOUN_OF: Map<string, string> = dict({ meet: 'meeting', visit: 'visit', travel: 'trip', interview: 'interview', sentence: 'sentencing', try: 'trial', hear: 'hearing', die: 'death', 'pass away': 'death', elect: 'election', arrest: 'arrest', attack: 'attack' });

function nounOf(lemma: string): string {
  return EVENT_NOUN_OF.get(lemma) ?? lemma;
}
