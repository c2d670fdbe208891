/** The output contract (../SPEC.md, schema/press-extract.schema.json). */

export type EntityType = 'person' | 'organization' | 'place' | 'event';

export interface Mention {
  text: string;
  start: number;
  end: number;
  sentence: number;
  /** With --explain: the rule that produced the mention. */
  rule?: string;
}

export interface Entity {
  id: string;
  type: EntityType;
  name: string;
  subtype: string | null;
  within: string | null;
  aliases: string[];
  mentions: Mention[];
  /** Named events: the edition number ("eighth", "VIII" → 8). */
  edition?: number;
  /** People: nationality when the text gives it ("the Azerbaijani delegation"). */
  nationality?: string;
}

export interface Title {
  id: string;
  title: string;
  person: string | null;
  organization: string | null;
  place: string | null;
  text: string;
  start: number;
  end: number;
  sentence: number;
  rule?: string;
}

export interface EventTime {
  text: string;
  /** ISO date (YYYY, YYYY-MM or YYYY-MM-DD) when the text fixes it, else null. */
  date: string | null;
}

export interface EventRelation {
  to: string;
  type: 'after' | 'before' | 'during' | 'same-time';
}

export interface EventOccurrence {
  id: string;
  order: number;
  /** A story event (the timeline), or another happening the text mentions (a quote, a plan, an event noun). */
  timeline: boolean;
  type: string;
  trigger: { text: string; start: number; end: number };
  lemma: string;
  agents: string[];
  participants: string[];
  subject: string | null;
  place: string | null;
  time: EventTime | null;
  relation: EventRelation | null;
  text: string;
  start: number;
  end: number;
  sentence: number;
  rule?: string;
}

export interface Dateline {
  place: string | null;
  date: string | null;
  text: string;
}

export interface DocError {
  code: string;
  message: string;
}

export interface Result {
  schema: 'press-extract/1';
  source: string;
  stats: { chars: number; sentences: number; tokens: number };
  dateline: Dateline | null;
  entities: Entity[];
  titles: Title[];
  events: EventOccurrence[];
  errors: DocError[];
}

export type OutputType = EntityType | 'title';

export interface ExtractOptions {
  /** Written to `source`. */
  source?: string;
  /** Keep only these kinds (default: all). */
  types?: OutputType[];
  /** Each mention, title and event carries the rule that produced it. */
  explain?: boolean;
  /** User rule packs (gazetteers, patterns, stop lists), above the built-in rules. */
  rules?: import('./rules/pack-types.js').RulePack[];
}
