/**
 * Chronological order: explicit dates first, then cues ("had pleaded" and "previously" before
 * the event they are told against; "then", "after …", "the next day" after; "at the same time"
 * shares a number); events the text cannot place keep narrative order after the last placed one.
 */
import type { EventDraft } from './find-events.js';

export function orderEvents(events: EventDraft[], docDate: string | null): EventDraft[] {
  // Relations from cues.
  for (let n = 0; n < events.length; n++) {
    const ev = events[n];
    const prev = events[n - 1];
    const cue = ev.cue;
    if (!cue || !prev) continue;
    if (cue.noun) {
      const target = [...events.slice(0, n)].reverse().find((o) => o.lemma === cue.noun || nounOf(o.lemma) === cue.noun);
      if (target) ev.relation = { to: target, type: cue.type };
    } else {
      ev.relation = { to: prev, type: cue.type };
    }
  }
  // A date for every event: its own, else inherited from the event told just before in the
  // same sentence or paragraph flow; "today" is the document date.
  const key: (string | null)[] = [];
  const sub: number[] = [];
  let lastDate: string | null = null;
  for (let n = 0; n < events.length; n++) {
    const ev = events[n];
    let date = ev.time?.date ?? null;
    if (!date && ev.relation && ev.relation.type !== 'before') date = key[events.indexOf(ev.relation.to)] ?? null;
    if (!date) date = lastDate;
    key.push(date);
    if (ev.time?.date) lastDate = ev.time.date;
    sub.push(n);
  }
  // Past perfect and "previously"/"before" cues: just before the event they are told against.
  for (let n = 0; n < events.length; n++) {
    const ev = events[n];
    if (ev.relation?.type === 'before' && !ev.time?.date) {
      const to = events.indexOf(ev.relation.to);
      key[n] = key[to];
      sub[n] = sub[to] - 0.5;
    }
  }
  const rank = events.map((_, n) => n);
  rank.sort((x, y) => {
    const kx = key[x] ?? docDate ?? '';
    const ky = key[y] ?? docDate ?? '';
    if (kx !== ky && kx && ky) return kx < ky ? -1 : 1;
    return sub[x] - sub[y];
  });
  let order = 0;
  let prev: EventDraft | null = null;
  const sorted = rank.map((n) => events[n]);
  for (const ev of sorted) {
    const same = prev && ev.relation?.to === prev && ev.relation.type === 'same-time';
    if (!same) order++;
    ev.order = order;
    prev = ev;
  }
  sorted.forEach((ev, n) => (ev.id = `event-occurrence-${n + 1}`));
  return sorted;
}

function nounOf(lemma: string): string {
  const map: Record<string, string> = { meet: 'meeting', visit: 'visit', travel: 'trip', interview: 'interview', sentence: 'sentencing' };
  return map[lemma] ?? lemma;
}
