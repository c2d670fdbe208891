/** An event draft as the SPEC's event object. */
import type { Document } from '../document/tokenize.js';
import type { EntityDraft } from '../link/entities.js';
import type { EventOccurrence, EventTime } from '../types.js';
import type { EventDraft } from './find-events.js';

export function eventToResult(doc: Document, ev: EventDraft, id: (d: EntityDraft | null) => string | null, explain: boolean): EventOccurrence {
  const sent = doc.sentences[ev.sentence];
  const start = doc.tokens[ev.a].start;
  const end = doc.tokens[ev.b - 1].end;
  let time: EventTime | null = null;
  if (ev.time) time = { text: ev.time.text, date: ev.time.date };
  else if (ev.cue && ev.cue.type !== 'during' && ev.cue.b > ev.cue.a) time = { text: doc.text.slice(doc.tokens[ev.cue.a].start, doc.tokens[ev.cue.b - 1].end), date: null };
  const out: EventOccurrence = {
    id: ev.id,
    order: ev.order,
    timeline: ev.timeline,
    type: ev.type,
    trigger: { text: doc.text.slice(start, end), start, end },
    lemma: ev.lemma,
    agents: uniqueIds(ev.agents, id),
    participants: uniqueIds(ev.participants, id),
    subject: id(ev.subject),
    place: id(ev.place),
    time,
    relation: ev.relation ? { to: ev.relation.to.id, type: ev.relation.type } : null,
    text: doc.text.slice(sent.start, sent.end),
    start: sent.start,
    end: sent.end,
    sentence: ev.sentence,
  };
  if (explain) out.rule = ev.rule;
  return out;
}

function uniqueIds(list: EntityDraft[], id: (d: EntityDraft | null) => string | null): string[] {
  const out: string[] = [];
  for (const d of list) {
    const v = id(d);
    if (v && !out.includes(v)) out.push(v);
  }
  return out;
}
