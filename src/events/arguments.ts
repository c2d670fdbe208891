/** Arguments of an event: agents, participants, the named event it belongs to, place and time. */
import type { Document, Token } from '../document/tokenize.js';
import { firstOfType, type MentionIndex, type Located } from '../link/mention-index.js';
import type { EventDraft } from './event-draft.js';
import type { TimeExpression } from './time-expressions.js';
import { AUXILIARIES, BE, wordBefore } from './tense.js';
import { startsUpper } from '../kinds/token-tests.js';
import { FRAME_VERBS } from './trigger-lexicon.js';
import { tokenAt } from '../document/token-at.js';

const PREPOSITIONS = new Set(['of', 'for', 'with', 'in', 'at', 'by', 'from', 'to', 'on', 'about', 'against', 'between', 'under', 'into', 'after', 'before', 'during']);
const LOCATIVE = new Set(['in', 'at', 'near', 'outside', 'inside', 'to', 'from']);

export function isPassive(t: Token[], i: number): boolean {
  return BE.has(wordBefore(t, i).lower) && /(ed|en|wn|ld|ht|id|ung|ne)$/.test(t[i].lower);
}

/**
 * "after the World Health Organization declared …": "after" (or "before", "until") opens a
 * clause whose subject is the name right before the verb, not a prepositional phrase.
 */
const CLAUSE_OPENERS = new Set(['after', 'before', 'until']);
function opensClause(t: Token[], name: { a: number; b: number }, verb: number): boolean {
  const before = tokenAt(t, name.a - 1).lower === 'the' ? t[name.a - 2] : t[name.a - 1];
  if (!before || !CLAUSE_OPENERS.has(before.lower)) return false;
  for (let k = name.b; k < verb; k++) if (t[k].pos !== 'ADV' && !AUXILIARIES.has(t[k].lower)) return false;
  return true;
}

/** Agents: the subject before the trigger; participants: entities after it in the clause. */
export function fillArguments(doc: Document, ev: EventDraft, idx: MentionIndex, first: number, last: number): void {
  const t = doc.tokens;
  const passive = isPassive(t, ev.a);
  // Subject: the nearest person or organization before the trigger, not inside a prepositional phrase.
  let subject: Located | null = null;
  for (let k = ev.a - 1; k >= first; k--) {
    const here = idx.endAt.get(k + 1)?.find((l) => l.draft.type === 'person' || l.draft.type === 'organization');
    if (here && (opensClause(t, here.mention, ev.a) || (!PREPOSITIONS.has(tokenAt(t, here.mention.a - 1).lower) && !(tokenAt(t, here.mention.a - 1).lower === 'the' && PREPOSITIONS.has(tokenAt(t, here.mention.a - 2).lower))))) {
      subject = here;
      break;
    }
    // ", who died in Moscow", "the Supreme Court, which rejected …": the name before the comma.
    if ((t[k].text === 'who' || t[k].text === 'which') && tokenAt(t, k - 1).text === ',') {
      subject = idx.endAt.get(k - 1)?.find((l) => l.draft.type === 'person' || l.draft.type === 'organization') ?? null;
      break;
    }
    if (t[k].pos === 'VERB') {
      const open = appositiveStart(t, k, ev.a, first);
      if (open >= 0) {
        k = open;
        continue;
      }
    }
    if (t[k].text === ';' || t[k].lower === 'that' || t[k].lower === 'which' || (t[k].pos === 'VERB' && !PARTICIPLE_OK(t, k) && !raisesTo(t, k, ev.a))) break;
  }
  if (subject) (passive ? ev.participants : ev.agents).push(subject.draft);
  ev.grammaticalSubject = subject?.draft ?? null;
  // After the trigger, to the end of the clause.
  for (let k = ev.b; k <= last; k++) {
    if (t[k].text === ';') break;
    // "…, announced Assistant Attorney General X": the release's frame and its speakers.
    if (tokenAt(t, k - 1).text === ',' && t[k].pos === 'VERB' && FRAME_VERBS.has(t[k].lemma)) break;
    const here = idx.startAt.get(k);
    if (!here) continue;
    const loc = here[0];
    const d = loc.draft;
    // ", the Department of Justice announced.": the subject of the release's frame is no
    // participant of the event before it.
    const after = t[loc.mention.b];
    if (after?.pos === 'VERB' && FRAME_VERBS.has(after.lemma)) break;
    if (d.type === 'event') {
      ev.subject ??= d;
    } else if (d.type === 'place') {
      if (!ev.place && (LOCATIVE.has(tokenAt(t, k - 1).lower) || LOCATIVE.has(tokenAt(t, k - 2).lower) || ev.type === 'visit')) ev.place = d;
    } else if (passive && tokenAt(t, k - 1).lower === 'by') {
      ev.agents.push(d);
    } else if (!ev.participants.includes(d) && !ev.agents.includes(d)) {
      ev.participants.push(d);
    }
    k = loc.mention.b - 1;
  }
  // Before the trigger in the sentence, the last named event ("At the Forum, X met …") and the
  // last place after a locative preposition, where none was found after it.
  const wantSubject = !ev.subject;
  const wantPlace = !ev.place;
  if (!wantSubject && !wantPlace) return;
  for (let k = first; k < ev.a; k++) {
    const here = idx.startAt.get(k);
    if (!here) continue;
    if (wantSubject) {
      const event = firstOfType(here, 'event');
      if (event) ev.subject = event.draft;
    }
    if (wantPlace) {
      const place = firstOfType(here, 'place');
      if (place && LOCATIVE.has(tokenAt(t, k - 1).lower)) ev.place = place.draft;
    }
  }
}

/**
 * "X is scheduled to be sentenced", "X agreed to pay": a verb that takes "to" and the trigger
 * (with only auxiliaries and adverbs between) shares its subject with it.
 */
function raisesTo(t: Token[], k: number, trigger: number): boolean {
  if (tokenAt(t, k + 1).lower !== 'to') return false;
  for (let j = k + 2; j < trigger; j++) if (t[j].pos !== 'ADV' && !AUXILIARIES.has(t[j].lower)) return false;
  return true;
}

/**
 * "Luk, reportedly aged about 68, had suffered": a participle inside commas right after a name
 * is an appositive, not the subject's own verb. Returns the opening comma's index, or -1.
 */
function appositiveStart(t: Token[], k: number, trigger: number, first: number): number {
  if (!/(ed|en|ing)$/.test(t[k].lower)) return -1;
  let close = -1;
  for (let j = k + 1; j < trigger; j++) {
    if (t[j].text === ',') {
      close = j;
      break;
    }
    if (t[j].pos === 'VERB' || AUXILIARIES.has(t[j].lower)) return -1;
  }
  if (close < 0) return -1;
  for (let j = k - 1; j > first && k - j <= 3; j--) {
    if (t[j].text === ',') return t[j - 1].pos === 'PROPN' ? j : -1;
    if (t[j].pos !== 'ADV') return -1;
  }
  return -1;
}

/** A verb form inside an appositive or name does not end the subject search. */
function PARTICIPLE_OK(t: Token[], k: number): boolean {
  return startsUpper(t[k].text);
}

/**
 * The time expression nearest to token i in its clause: "stated on Thursday that it had signed"
 * gives Thursday to "stated" only, so "that" (or ";") between them separates the clauses.
 */
export function nearest(t: Token[], times: TimeExpression[], i: number): TimeExpression | null {
  let best: TimeExpression | null = null;
  let dist = Infinity;
  for (const te of times) {
    if (te.modifies >= 0) {
      if (te.modifies === i) return te;
      continue;
    }
    // "debated in 2018", "was arrested yesterday": a time right after the verb is its own.
    if (te.a === i + 1 || (te.a === i + 2 && TIME_PREPOSITIONS.has(t[i + 1].lower))) return te;
    if (te.b <= i && acrossClause(t, te.b, i)) continue;
    const d = te.a >= i ? te.a - i : i - te.b;
    if (d < dist) {
      dist = d;
      best = te;
    }
  }
  return best;
}

/**
 * Is a time before the trigger cut off from it: by "that" or ";" (another clause), or by another
 * verb that it belongs to ("drafted in January and debated in 2018": January is the drafting's).
 */
function acrossClause(t: Token[], from: number, to: number): boolean {
  // A time told before the sentence's first verb ("Between July and November 2014, Ho
  // participated in a conspiracy in which co-conspirators sent …") covers the whole sentence.
  let fronted = true;
  for (let k = from - 1; k >= 0 && t[k].sentence === t[from].sentence && fronted; k--) if (t[k].pos === 'VERB') fronted = false;
  for (let k = from; k < to; k++) {
    if (t[k].lower === 'that' || t[k].text === ';') return true;
    if (!fronted && t[k].pos === 'VERB' && tokenAt(t, k - 1).lower !== 'to' && !AUXILIARIES.has(t[k].lower)) return true;
  }
  return false;
}
const TIME_PREPOSITIONS = new Set(['in', 'on', 'during', 'at']);

/**
 * "he performed", "she also wrestled", "PG&E stated it scheduled the blackouts": an actor the
 * text names elsewhere, so no summary. Not the "it" of a passive ("it was intimated there …").
 */
const PERSONAL_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'it']);
export function hasPersonalSubject(t: Token[], i: number): boolean {
  let k = i - 1;
  let passive = false;
  while (k >= 0 && (t[k].pos === 'ADV' || AUXILIARIES.has(t[k].lower))) {
    if (BE.has(t[k].lower)) passive = true;
    k--;
  }
  return k >= 0 && PERSONAL_PRONOUNS.has(t[k].lower) && !(passive && t[k].lower === 'it' && !t[i].lower.endsWith('ing'));
}
