/**
 * CSV tables (RFC 4180 via csv-stringify), `source` first so batches concatenate:
 * entities, mentions, titles or events, one row each.
 */
import { stringify } from 'csv-stringify/sync';
import type { Result } from '../types.js';
import { CSV_COLUMNS, type CsvTable } from './csv-tables.js';

export function csvHeader(table: CsvTable): string {
  return stringify([CSV_COLUMNS[table]]);
}

function rows(result: Result, table: CsvTable): (string | number | null)[][] {
  const src = result.source;
  const names = new Map(result.entities.map((e) => [e.id, e.name]));
  const nameOf = (id: string | null) => (id ? names.get(id) ?? '' : '');
  switch (table) {
    case 'entities':
      return result.entities.map((e) => [src, e.id, e.type, e.subtype ?? '', e.name, e.within ?? '', e.aliases.join('|'), e.mentions.length, e.mentions[0]?.start ?? '', e.mentions[0]?.end ?? '']);
    case 'mentions':
      return result.entities.flatMap((e) => e.mentions.map((m) => [src, e.id, e.type, m.text, m.start, m.end, m.sentence, m.rule ?? '']));
    case 'titles':
      return result.titles.map((t) => [src, t.id, t.title, t.person ?? '', nameOf(t.person), t.organization ?? '', nameOf(t.organization), t.place ?? '', nameOf(t.place), t.text, t.start, t.end, t.sentence]);
    case 'events':
      return result.events.map((e) => [src, e.id, e.order, e.type, e.lemma, e.trigger.text, e.trigger.start, e.trigger.end, e.agents.join('|'), e.participants.join('|'), e.subject ?? '', e.place ?? '', e.time?.text ?? '', e.time?.date ?? '', e.relation?.type ?? '', e.relation?.to ?? '', e.sentence]);
  }
}

/** The rows of one document (no header). */
export function toCsvRows(result: Result, table: CsvTable): string {
  const r = rows(result, table);
  return r.length ? stringify(r) : '';
}
