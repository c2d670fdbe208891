/**
 * Rule packs compiled once into matchers: token patterns (with optional, repeated and context
 * tokens), gazetteers indexed by their first word, stop lists and extra title phrases.
 */
import type { Document, Token } from '../document/tokenize.js';
import { formsOf, nameWords } from './name-words.js';
import type { EntityType } from '../types.js';
import type { RulePack, TokenSpec, PackEntityType } from './pack-types.js';
import { LEXICON_CLASSES } from './lexicon-classes.js';
import { isInitial, startsUpper } from '../kinds/token-tests.js';

export const USER_PACK_PRIORITY = 100;

interface Element {
  test: (t: Token) => boolean;
  /** The lower-cased words this element can match, when it tests words (for indexing). */
  firstWords?: string[];
  min: number;
  max: number;
  context: boolean;
}

export interface CompiledPattern {
  /** Index in CompiledRules.patterns. */
  id: number;
  /** Words of which at least one must be in the sentence (from the pattern's first required word test). */
  needs: Set<string> | null;
  rule: string;
  type: PackEntityType;
  subtype: string | null;
  priority: number;
  elements: Element[];
}

interface GazetteerEntry {
  words: string[];
  ignoreCase: boolean;
  type: PackEntityType;
  subtype: string | null;
  /** The canonical name: aliases are grouped under it. */
  name: string;
  /** This form is an alias of `name`. */
  alias: boolean;
  rule: string;
  priority: number;
}

/** What the rules do with one lower-cased word. */
interface WordRules {
  /** Patterns that need this word somewhere in the sentence. */
  allows: CompiledPattern[];
  /** Patterns whose first token is this word. */
  starts: CompiledPattern[];
  /** Gazetteer entries whose first word this is, longest first. */
  gazetteer: GazetteerEntry[];
}

export interface CompiledRules {
  patterns: CompiledPattern[];
  /** Patterns whose first token is no fixed word: tried everywhere. */
  patternsAnywhere: CompiledPattern[];
  /** Patterns with a required word. */
  needing: CompiledPattern[];
  /** By lower-cased word: one lookup per token serves patterns and gazetteers. */
  words: Map<string, WordRules>;
  stop: Map<PackEntityType, Set<string>>;
}

function shapeTest(shape: NonNullable<TokenSpec['shape']>): (t: Token) => boolean {
  switch (shape) {
    case 'Xxxxx':
      // startsUpper first: most tokens fail it without a regex.
      return (t) => startsUpper(t.text) && /\p{Ll}/u.test(t.text);
    case 'XXX':
      return (t) => /^[\p{Lu}\d.&-]+$/u.test(t.text) && (t.text.match(/\p{Lu}/gu)?.length ?? 0) >= 2;
    case 'xxxx':
      return (t) => /^\p{Ll}/u.test(t.text);
    case 'dd':
      return (t) => /^\d+$/.test(t.text);
    case 'X.':
      return (t) => isInitial(t);
  }
}

function compileSpec(spec: TokenSpec): Element {
  const tests: ((t: Token) => boolean)[] = [];
  if (spec.text !== undefined) tests.push((t) => t.text === spec.text);
  if (spec.lower !== undefined) {
    const w = spec.lower.toLowerCase();
    tests.push((t) => t.lower === w);
  }
  if (spec.in !== undefined) {
    const set = new Set(spec.in.map((w) => w.toLowerCase()));
    tests.push((t) => set.has(t.lower));
  }
  if (spec.shape !== undefined) tests.push(shapeTest(spec.shape));
  if (spec.pos !== undefined) {
    const set = new Set(([] as string[]).concat(spec.pos));
    tests.push((t) => set.has(t.pos));
  }
  if (spec.class !== undefined) tests.push(LEXICON_CLASSES[spec.class]);
  const repeat = spec.repeat;
  const [one, two] = tests;
  return {
    test: tests.length === 1 ? one : tests.length === 2 ? (t) => one(t) && two(t) : (t) => tests.every((f) => f(t)),
    firstWords: spec.text !== undefined ? [spec.text.toLowerCase()] : spec.lower !== undefined ? [spec.lower.toLowerCase()] : spec.in?.map((w) => w.toLowerCase()),
    min: repeat === '?' || repeat === '*' ? 0 : 1,
    max: repeat === '+' || repeat === '*' ? Infinity : 1,
    context: !!spec.context,
  };
}

/** The product's own pack: its rule names carry no pack prefix ("place.landmark-of"). */
export const BUILTIN_PACK_NAME = 'builtin';

export function compileRules(packs: RulePack[], defaultPriority = USER_PACK_PRIORITY): CompiledRules {
  const out: CompiledRules = { patterns: [], patternsAnywhere: [], needing: [], words: new Map(), stop: new Map() };
  const word = (w: string): WordRules => {
    let r = out.words.get(w);
    if (!r) out.words.set(w, (r = { allows: [], starts: [], gazetteer: [] }));
    return r;
  };
  for (const pack of packs) {
    const priority = pack.priority ?? defaultPriority;
    const prefix = pack.name === BUILTIN_PACK_NAME ? '' : `${pack.name}:`;
    for (const p of pack.patterns ?? []) {
      const elements = p.pattern.map(compileSpec);
      const needed = elements.find((e) => e.min > 0 && e.firstWords);
      out.patterns.push({ id: out.patterns.length, needs: needed ? new Set(needed.firstWords) : null, rule: `${prefix}${p.name}`, type: p.type, subtype: p.subtype ?? null, priority: p.priority ?? priority, elements });
    }
    for (const g of pack.gazetteers ?? []) {
      for (const name of g.names) {
        for (const [k, form] of formsOf(g, name).entries()) {
          const words = nameWords(form).map(([text, lower]) => (g.ignoreCase ? lower : text));
          if (!words.length) continue;
          const entry: GazetteerEntry = { words, ignoreCase: !!g.ignoreCase, type: g.type, subtype: g.subtype ?? null, name, alias: k > 0, rule: `${prefix}gazetteer:${name}`, priority: g.priority ?? priority };
          word(words[0].toLowerCase()).gazetteer.push(entry);
        }
      }
    }
    for (const s of pack.stop ?? []) {
      const set = out.stop.get(s.type) ?? new Set<string>();
      for (const n of s.names) set.add(n.toLowerCase());
      out.stop.set(s.type, set);
    }
  }
  for (const r of out.words.values()) r.gazetteer.sort((x, y) => y.words.length - x.words.length);
  for (const p of out.patterns) {
    if (p.needs) {
      out.needing.push(p);
      for (const w of p.needs) word(w).allows.push(p);
    }
    const head = p.elements[0];
    if (head.min > 0 && head.firstWords) {
      for (const w of head.firstWords) word(w).starts.push(p);
    } else out.patternsAnywhere.push(p);
  }
  return out;
}

export interface RuleMatch {
  type: PackEntityType;
  subtype: string | null;
  a: number;
  b: number;
  rule: string;
  priority: number;
  /** Canonical name for gazetteer aliases. */
  name?: string;
}


/**
 * Token ranges matched by each element, written to `ends` (element e spans ends[e] to
 * ends[e + 1]; ends[0] is the start): true when the pattern matches. Greedy, with
 * backtracking over repeats. No allocation: it runs at every token of every document.
 */
function matchElements(elements: Element[], tokens: Token[], e: number, pos: number, last: number, ends: number[]): boolean {
  ends[e] = pos;
  if (e === elements.length) return true;
  const el = elements[e];
  let count = 0;
  while (count < el.max && pos + count <= last && el.test(tokens[pos + count])) count++;
  for (let c = count; c >= el.min; c--) if (matchElements(elements, tokens, e + 1, pos + c, last, ends)) return true;
  return false;
}

/** Every pattern and gazetteer match in the document (non-overlapping per rule, left to right). */
export function matchRules(doc: Document, rules: CompiledRules): RuleMatch[] {
  const out: RuleMatch[] = [];
  const ends: number[] = [];
  const t = doc.tokens;
  // Per pattern (by id), the token where it may match next in this sentence: matches of one
  // pattern do not overlap, and a pattern whose required word is not in the sentence is not
  // tried at all (Infinity).
  const resume = new Float64Array(rules.patterns.length);
  let last = 0;
  const tryPattern = (p: CompiledPattern, i: number) => {
    if (resume[p.id] > i) return;
    const head = p.elements[0];
    if (head.min > 0 && !head.test(t[i])) return;
    if (!matchElements(p.elements, t, 0, i, last, ends)) return;
    // The match is what its non-context elements cover.
    let a = -1;
    let b = -1;
    for (let k = 0; k < p.elements.length; k++) {
      if (p.elements[k].context || ends[k + 1] <= ends[k]) continue;
      if (a < 0) a = ends[k];
      b = ends[k + 1];
    }
    if (a < 0) return;
    out.push({ type: p.type, subtype: p.subtype, a, b, rule: p.rule, priority: p.priority });
    resume[p.id] = b;
  };
  const wordRules: (WordRules | undefined)[] = [];
  // The patterns tried at every token of this sentence: those with no first word, less those
  // whose required word the sentence lacks (most sentences: then none).
  const anywhere: CompiledPattern[] = [];
  for (const s of doc.sentences) {
    last = s.last;
    resume.fill(0);
    for (const p of rules.needing) resume[p.id] = Infinity;
    let wordsFound = false;
    for (let i = s.first; i <= s.last; i++) {
      const w = (wordRules[i - s.first] = rules.words.get(t[i].lower));
      if (w) {
        wordsFound = true;
        for (const p of w.allows) resume[p.id] = 0;
      }
    }
    anywhere.length = 0;
    for (const p of rules.patternsAnywhere) if (resume[p.id] === 0) anywhere.push(p);
    if (!wordsFound && !anywhere.length) continue;
    for (let i = s.first; i <= s.last; i++) {
      const w = wordRules[i - s.first];
      if (w) for (const p of w.starts) tryPattern(p, i);
      for (const p of anywhere) tryPattern(p, i);
    }
    for (let i = s.first; i <= s.last; i++) {
      const entries = wordRules[i - s.first]?.gazetteer;
      if (!entries) continue;
      for (const g of entries) {
        if (i + g.words.length - 1 > s.last) continue;
        let ok = true;
        for (let k = 0; k < g.words.length && ok; k++) ok = (g.ignoreCase ? t[i + k].lower : t[i + k].text) === g.words[k];
        if (!ok) continue;
        // Part of a longer name ("Michael Bloomberg" is not the company "Bloomberg").
        const before = i > s.first ? t[i - 1] : undefined;
        const after = i + g.words.length <= s.last ? t[i + g.words.length] : undefined;
        if ((before && /^\p{Lu}/u.test(before.text) && !before.lineBefore && i - 1 !== s.first) || (after && /^\p{Lu}\p{Ll}/u.test(after.text))) continue;
        out.push({ type: g.type, subtype: g.subtype, a: i, b: i + g.words.length, rule: g.rule, priority: g.priority, name: g.alias ? g.name : undefined });
        break;
      }
    }
  }
  return out;
}

/** Is this text on the stop list for this type? */
export function stopped(rules: CompiledRules, type: PackEntityType, text: string): boolean {
  return rules.stop.get(type)?.has(text.toLowerCase()) ?? false;
}

export function isEntityType(type: PackEntityType): type is EntityType {
  return type !== 'title';
}
