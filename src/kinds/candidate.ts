/** A candidate entity span proposed by a rule, before overlaps are resolved. */
import type { EntityType } from '../types.js';

export interface Candidate {
  type: EntityType;
  /** First token. */
  a: number;
  /** One past the last token. */
  b: number;
  /** Rule name, e.g. "person.after-title". */
  rule: string;
  subtype: string | null;
  /** Higher wins when two candidates overlap without nesting. */
  priority: number;
  /** Canonical name when it differs from the span text (e.g. an edition stripped). */
  name?: string;
  edition?: number;
  /** Place or organization this one lies in, as another candidate (set by containment rules). */
  within?: Candidate;
  /** `name` is the canonical name of this alias form (a gazetteer alias): the text is an alias. */
  alias?: boolean;
  /** Groups: the demonym that gives their nationality. */
  nationality?: string;
}

/** Priorities: strong lexical evidence beats shape; shape beats nothing. */
export const PRIORITY = {
  userGazetteer: 100,
  suffix: 90,
  honorific: 85,
  title: 80,
  head: 70,
  lead: 70,
  acronym: 65,
  context: 60,
  lexicon: 50,
  firstName: 45,
  shape: 20,
  weak: 10,
} as const;
