/**
 * Order between two events of one sentence, from its syntax:
 *   - an event noun that is the object of a verb, or the subject of a passive, happened before
 *     it: "Airbus has won an order", "the GAO upheld Boeing's protest", "the deal had been
 *     killed"; after it when the verb looks ahead ("negotiated the purchase", "the deal was
 *     approved", "the departure … has been delayed": PROSPECTIVE_VERBS);
 *   - a clause, gerund or event noun after "after" happened before the event it follows ("the
 *     move came after Apple received criticism", "landed after a 12-hour flight"), one after
 *     "before" later ("left before the storm hit"); a cause after "because" happened first
 *     ("demoted him because he filed a complaint");
 *   - an infinitive comes after its verb ("fitted with winglets to boost efficiency");
 *   - what a report or claim tells in a perfect or passive past happened before it ("announced
 *     Monday it has settled").
 */
import type { Token } from '../document/tokenize.js';
import type { EventDraft } from './event-draft.js';
import { isPassive } from './arguments.js';
import { PROSPECTIVE_VERBS, CLAIM_VERBS, CASE_STEPS } from './trigger-lexicon.js';
import { AUXILIARIES, PERFECT } from './tense.js';
import { tokenAt } from '../document/token-at.js';

/** What may stand between a verb and the head of its object ("won an order", "upheld Boeing's protest"). */
const OBJECT_GAP = new Set(['DET', 'ADJ', 'NUM', 'PROPN', 'PRON', 'PART', 'ADP']);
const CLAUSE_GAP = new Set(['DET', 'ADJ', 'NUM', 'PROPN', 'PRON', 'NOUN', 'AUX', 'ADV']);

export function relateWithinSentence(t: Token[], events: EventDraft[]): void {
  for (const ev of events) {
    if (ev.relation || ev.rule !== 'event.noun') continue;
    const verb = governingVerb(t, events, ev);
    if (verb) ev.relation = { to: verb, type: PROSPECTIVE_VERBS.has(verb.lemma) ? 'after' : 'before' };
    else ev.relation = subordinateTo(t, events, ev);
  }
  for (const ev of events) {
    if (ev.relation || ev.rule === 'event.noun') continue;
    const link = subordinateTo(t, events, ev) ?? purposeOf(t, events, ev) ?? reportedBy(t, events, ev) ?? earlierStepOfCase(events, ev);
    if (link) ev.relation = link;
  }
}

/**
 * The steps of a case come in their order: charged or arrested, then in court, then a plea or a
 * verdict, then the sentence. A step told after a later one in its sentence happened before it:
 * "pleaded guilty today to a criminal information charging him with …".
 */
function earlierStepOfCase(events: EventDraft[], ev: EventDraft): EventDraft['relation'] {
  const step = CASE_STEPS.get(ev.lemma);
  if (step === undefined) return null;
  const later = events.find((e) => e.a < ev.a && e.timeline && (CASE_STEPS.get(e.lemma) ?? 0) > step);
  // A time of its own places it; one it shares with the later step ("today") does not.
  if (!later || (ev.time && ev.time !== later.time)) return null;
  return { to: later, type: 'before' };
}

/** The verb event told nearest before token i in its sentence, within `reach` tokens. */
function verbBefore(t: Token[], events: EventDraft[], ev: EventDraft, reach: number): EventDraft | null {
  let best: EventDraft | null = null;
  for (const e of events) {
    if (e !== ev && e.rule !== 'event.noun' && e.b <= ev.a && ev.a - e.b <= reach && (!best || e.a > best.a)) best = e;
  }
  return best && t[best.a].sentence === t[ev.a].sentence ? best : null;
}

/** "fitted with winglets to boost efficiency", "agreed to pay": an infinitive comes after its verb. */
function purposeOf(t: Token[], events: EventDraft[], ev: EventDraft): EventDraft['relation'] {
  if (tokenAt(t, ev.a - 1).lower !== 'to' || t[ev.a].pos !== 'VERB') return null;
  const main = verbBefore(t, events, ev, 8);
  return main ? { to: main, type: 'after' } : null;
}

/**
 * "announced Monday it has settled", "claiming the evaluation was skewed": what a report or
 * claim tells in a perfect or passive past happened before it.
 */
function reportedBy(t: Token[], events: EventDraft[], ev: EventDraft): EventDraft['relation'] {
  const perfect = PERFECT.has(tokenAt(t, ev.a - 1).lower) || PERFECT.has(tokenAt(t, ev.a - 2).lower);
  const passivePast = tokenAt(t, ev.a - 1).lower === 'was' || tokenAt(t, ev.a - 1).lower === 'were';
  if (!perfect && !passivePast) return null;
  const main = verbBefore(t, events, ev, 8);
  if (!main || !CLAIM_VERBS.has(main.lemma)) return null;
  for (let k = main.b; k < ev.a; k++) if (t[k].pos === 'VERB' && !AUXILIARIES.has(t[k].lower)) return null;
  return { to: main, type: 'before' };
}

/** The verb event whose object, or passive subject, the event noun is. */
function governingVerb(t: Token[], events: EventDraft[], noun: EventDraft): EventDraft | null {
  // Subject of a passive ("say the deal had been killed" is the subject of "killed", not the
  // object of "say"): the first verb after the noun's phrase, with no other verb between.
  for (let k = noun.b; k < t.length && t[k].sentence === t[noun.a].sentence; k++) {
    if (t[k].pos !== 'VERB' || AUXILIARIES.has(t[k].lower)) {
      if (t[k].text === ',' || t[k].text === ';' || t[k].lower === 'that' || t[k].lower === 'which') break;
      continue;
    }
    const v = events.find((e) => e.a === k);
    if (v && isPassive(t, k)) return v;
    break;
  }
  // Object: the nearest verb event before the noun, with only determiners, modifiers, names and
  // prepositions between.
  for (let k = noun.a - 1, gap = 0; k >= 0 && gap <= 6; k--, gap++) {
    const v = events.find((e) => e.a === k && e !== noun && e.rule !== 'event.noun');
    if (v) return t[k].pos === 'VERB' ? v : null;
    if (!OBJECT_GAP.has(t[k].pos)) break;
  }
  return null;
}

function subordinateTo(t: Token[], events: EventDraft[], ev: EventDraft): EventDraft['relation'] {
  // "… after Apple received", "after receiving", "the first speech since he was pardoned": the
  // word after/before/because/since within a few words before the trigger, with only the
  // clause's subject (or nothing) between.
  for (let k = ev.a - 1; k >= Math.max(0, ev.a - 5); k--) {
    const w = t[k].lower;
    if (w === 'after' || w === 'before' || w === 'because' || w === 'since') {
      if (k === ev.a - 1 && !t[ev.a].lower.endsWith('ing')) return null;
      const main = events.findLast((e) => e.b <= k && e !== ev && t[e.a].sentence === t[ev.a].sentence && e.rule !== 'event.noun');
      return main ? { to: main, type: w === 'before' ? 'after' : 'before' } : null;
    }
    if (!CLAUSE_GAP.has(t[k].pos) && !AUXILIARIES.has(w) && w !== '-') return null;
  }
  return null;
}
