/**
 * The writer of one output format, loaded on demand: chalk and csv-stringify cost ~15 ms each
 * to import, which a JSON run should not pay.
 */
import type { Result } from '../types.js';
import type { CsvTable } from './csv-tables.js';
import { toJson, toJsonLine } from './json.js';

export type Format = 'pretty' | 'json' | 'jsonl' | 'csv';

export interface WriterOptions {
  format: Format;
  table: CsvTable;
  explain: boolean;
  color: boolean;
}

/** Formats one document; `text` is the input (the pretty view shows it), null when unread. */
export type Writer = (result: Result, text: string | null) => string;

export async function loadWriter(o: WriterOptions): Promise<Writer> {
  switch (o.format) {
    case 'json':
      return (r) => toJson(r);
    case 'jsonl':
      return (r) => toJsonLine(r);
    case 'csv': {
      const { toCsvRows } = await import('./csv.js');
      return (r) => toCsvRows(r, o.table);
    }
    case 'pretty': {
      const { toPretty } = await import('./pretty.js');
      return (r, text) => toPretty(r, text, { color: o.color, explain: o.explain });
    }
  }
}
