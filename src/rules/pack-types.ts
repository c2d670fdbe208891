/**
 * Rule packs: gazetteers, token patterns and stop lists as data (README "Rule packs"). The
 * product's own lexicon-driven rules ship as a pack of the same kind (builtin-pack.ts).
 */
import type { EntityType } from '../types.js';

export type PackEntityType = EntityType | 'title';

/** One token of a pattern. Exactly one of the word tests, plus optional modifiers. */
export interface TokenSpec {
  /** The token's text exactly. */
  text?: string;
  /** The token's text, case-insensitively. */
  lower?: string;
  /** Any of these words, case-insensitively. */
  in?: string[];
  /** The word's shape: "Xxxxx" (capitalised), "XXX" (all capitals), "xxxx" (lower case), "dd" (digits), "X." (initial). */
  shape?: 'Xxxxx' | 'XXX' | 'xxxx' | 'dd' | 'X.';
  /** wink-nlp's universal POS tag, or a list of them. */
  pos?: string | string[];
  /** A lexicon class (see LEXICON_CLASSES). */
  class?: string;
  /** "?" optional, "+" one or more, "*" zero or more (greedy). */
  repeat?: '?' | '+' | '*';
  /** Must match, but is not part of the entity's span (only at the start or the end). */
  context?: boolean;
}

export interface PatternRule {
  name: string;
  type: PackEntityType;
  subtype?: string | null;
  pattern: TokenSpec[];
  /** A sentence that the pattern matches (shown by `press-extract rules`). */
  example?: string;
  /** Overrides the pack's priority for this rule. */
  priority?: number;
}

export interface Gazetteer {
  type: PackEntityType;
  subtype?: string | null;
  names: string[];
  /** name → other forms of the same entity. */
  aliases?: Record<string, string[]>;
  /** Match case-insensitively (default: exact case, as names are written). */
  ignoreCase?: boolean;
  /** Overrides the pack's priority for this list. */
  priority?: number;
}

export interface StopList {
  type: PackEntityType;
  names: string[];
}

export interface RulePack {
  /** Short name used in rule names ("acme" → "acme:acme.product-team"). */
  name: string;
  description?: string;
  /** Higher wins over lower when candidates overlap; user packs default to 100, above every built-in rule. */
  priority?: number;
  gazetteers?: Gazetteer[];
  patterns?: PatternRule[];
  stop?: StopList[];
}
