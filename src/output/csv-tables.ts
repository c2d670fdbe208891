/** The CSV tables and their columns (kept apart from csv.ts so that naming them loads no CSV library). */
export type CsvTable = 'entities' | 'mentions' | 'titles' | 'events';
export const CSV_TABLES: CsvTable[] = ['entities', 'mentions', 'titles', 'events'];

export const CSV_COLUMNS: Record<CsvTable, string[]> = {
  entities: ['source', 'id', 'type', 'subtype', 'name', 'within', 'aliases', 'mentions', 'first_start', 'first_end'],
  mentions: ['source', 'entity', 'type', 'text', 'start', 'end', 'sentence', 'rule'],
  titles: ['source', 'id', 'title', 'person', 'person_name', 'organization', 'organization_name', 'place', 'place_name', 'text', 'start', 'end', 'sentence'],
  events: ['source', 'id', 'order', 'type', 'lemma', 'trigger', 'start', 'end', 'agents', 'participants', 'subject', 'place', 'time', 'date', 'relation', 'relation_to', 'sentence'],
};
