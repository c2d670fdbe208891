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

/**
 * The candidate with every field in one order, absent ones undefined. Rules build candidates as
 * literals with their fields in different orders and subsets; V8 gives each variant its own
 * hidden class, so code reading candidates (resolution, drafts, containment) saw many shapes,
 * ran slower and was re-optimized again and again. One shape for all keeps it monomorphic.
 */
export function candidate(c: Candidate): Candidate {
  return { type: c.type, a: c.a, b: c.b, rule: c.rule, subtype: c.subtype, priority: c.priority, name: c.name, edition: c.edition, within: c.within, alias: c.alias, nationality: c.nationality };
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
