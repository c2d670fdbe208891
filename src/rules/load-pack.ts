/**
 * Reading and checking a rule pack: a pack that does not parse, or names an unknown type, POS,
 * shape or lexicon class, is rejected with the file, the rule and what is wrong, before any
 * document is read.
 */
import { readFileSync } from 'node:fs';
import type { RulePack, TokenSpec } from './pack-types.js';
import { LEXICON_CLASSES } from './lexicon-classes.js';

export class RulePackError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RulePackError';
  }
}

const TYPES = new Set(['person', 'organization', 'place', 'event', 'title']);
const SHAPES = new Set(['Xxxxx', 'XXX', 'xxxx', 'dd', 'X.']);
const POS = new Set(['ADJ', 'ADP', 'ADV', 'AUX', 'CCONJ', 'DET', 'INTJ', 'NOUN', 'NUM', 'PART', 'PRON', 'PROPN', 'PUNCT', 'SCONJ', 'SYM', 'VERB', 'X']);
const WORD_TESTS = ['text', 'lower', 'in', 'shape', 'pos', 'class'] as const;

export function readRulePack(path: string): RulePack {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (e) {
    throw new RulePackError(`rules file ${path}: cannot read it (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (e) {
    throw new RulePackError(`rules file ${path}: not valid JSON (${(e as Error).message})`);
  }
  return checkRulePack(data, path);
}

/** Validates a parsed pack; `where` names it in messages (a path, or "rules option"). */
export function checkRulePack(data: unknown, where: string): RulePack {
  const fail = (rule: string | null, what: string): never => {
    throw new RulePackError(`rules file ${where}${rule ? `: rule "${rule}"` : ''}: ${what}`);
  };
  if (!data || typeof data !== 'object' || Array.isArray(data)) fail(null, 'must be a JSON object with "name" and any of "gazetteers", "patterns", "stop"');
  const pack = data as RulePack;
  if (typeof pack.name !== 'string' || !/^[\w.-]+$/.test(pack.name)) fail(null, '"name" must be a word (letters, digits, ".", "-", "_")');
  const known = new Set(['name', 'description', 'priority', 'gazetteers', 'patterns', 'stop']);
  for (const k of Object.keys(pack)) if (!known.has(k)) fail(null, `unknown field "${k}"`);
  if (pack.priority !== undefined && typeof pack.priority !== 'number') fail(null, '"priority" must be a number');
  for (const [k, list] of [['gazetteers', pack.gazetteers], ['patterns', pack.patterns], ['stop', pack.stop]] as const) {
    if (list !== undefined && !Array.isArray(list)) fail(null, `"${k}" must be a list`);
  }
  (pack.gazetteers ?? []).forEach((g, n) => {
    const label = `gazetteers[${n}]`;
    if (!TYPES.has(g?.type)) fail(label, `unknown type "${g?.type}" (use ${[...TYPES].join(', ')})`);
    if (!Array.isArray(g.names) || g.names.some((x) => typeof x !== 'string' || !x.trim())) fail(label, '"names" must be a list of non-empty strings');
    if (g.priority !== undefined && typeof g.priority !== 'number') fail(label, '"priority" must be a number');
    if (g.aliases !== undefined) {
      if (typeof g.aliases !== 'object' || Array.isArray(g.aliases)) fail(label, '"aliases" must map a name to a list of forms');
      for (const [name, forms] of Object.entries(g.aliases)) {
        if (!g.names.includes(name)) fail(label, `alias entry "${name}" is not one of its names`);
        if (!Array.isArray(forms) || forms.some((x) => typeof x !== 'string')) fail(label, `aliases of "${name}" must be a list of strings`);
      }
    }
  });
  const names = new Set<string>();
  (pack.patterns ?? []).forEach((p, n) => {
    const label = typeof p?.name === 'string' ? p.name : `patterns[${n}]`;
    if (typeof p?.name !== 'string' || !p.name) fail(label, 'every pattern needs a "name"');
    if (names.has(p.name)) fail(label, 'the name is used twice');
    names.add(p.name);
    if (!TYPES.has(p.type)) fail(label, `unknown type "${p.type}" (use ${[...TYPES].join(', ')})`);
    if (!Array.isArray(p.pattern) || p.pattern.length === 0) fail(label, '"pattern" must be a non-empty list of token specs');
    p.pattern.forEach((spec, k) => checkSpec(spec, k, p.pattern.length, (what) => fail(label, `token ${k + 1}: ${what}`)));
    if (p.pattern.every((s) => s.context)) fail(label, 'at least one token must be part of the entity (not "context")');
  });
  (pack.stop ?? []).forEach((s, n) => {
    const label = `stop[${n}]`;
    if (!TYPES.has(s?.type)) fail(label, `unknown type "${s?.type}"`);
    if (!Array.isArray(s.names) || s.names.some((x) => typeof x !== 'string')) fail(label, '"names" must be a list of strings');
  });
  return pack;
}

function checkSpec(spec: TokenSpec, k: number, length: number, fail: (what: string) => never): void {
  if (!spec || typeof spec !== 'object') fail('must be an object such as {"lower": "team"}');
  const allowed = new Set<string>([...WORD_TESTS, 'repeat', 'context']);
  for (const key of Object.keys(spec)) if (!allowed.has(key)) fail(`unknown key "${key}"`);
  if (!WORD_TESTS.some((t) => spec[t] !== undefined)) fail(`needs one of ${WORD_TESTS.join(', ')}`);
  if (spec.shape !== undefined && !SHAPES.has(spec.shape)) fail(`unknown shape "${spec.shape}" (use ${[...SHAPES].join(', ')})`);
  for (const p of ([] as string[]).concat(spec.pos ?? [])) if (!POS.has(p)) fail(`unknown POS "${p}"`);
  if (spec.class !== undefined && !LEXICON_CLASSES[spec.class]) fail(`unknown lexicon class "${spec.class}" (use ${Object.keys(LEXICON_CLASSES).join(', ')})`);
  if (spec.in !== undefined && (!Array.isArray(spec.in) || spec.in.some((w) => typeof w !== 'string'))) fail('"in" must be a list of words');
  if (spec.repeat !== undefined && !['?', '+', '*'].includes(spec.repeat)) fail(`"repeat" must be "?", "+" or "*"`);
  if (spec.context && k !== 0 && k !== length - 1) fail('"context" tokens may only open or close a pattern');
}
