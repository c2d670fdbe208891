/**
 * Rule packs in the pipeline: the built-in pack and the user's packs give candidates (and extra
 * title spans); stop lists take names away again.
 */
import type { Document } from '../document/tokenize.js';
import type { Candidate } from '../kinds/candidate.js';
import type { TitleSpan } from '../kinds/title/title-spans.js';
import type { RulePack } from './pack-types.js';
import { compileRules, matchRules, stopped, isEntityType, type CompiledRules } from './compile-pack.js';
import { BUILTIN_PACK } from './builtin-pack.js';
import { checkRulePack } from './load-pack.js';

let builtin: CompiledRules | null = null;
const compiled = new WeakMap<RulePack[], CompiledRules>();

/** The compiled rules for a call: built-in first, then the user's packs (compiled once per list). */
export function rulesFor(user: RulePack[] | undefined): CompiledRules[] {
  builtin ??= compileRules([BUILTIN_PACK]);
  if (!user?.length) return [builtin];
  let c = compiled.get(user);
  if (!c) {
    user.forEach((p, n) => checkRulePack(p, `rules option [${n}]`));
    c = compileRules(user);
    compiled.set(user, c);
  }
  return [builtin, c];
}

export function ruleCandidates(doc: Document, rules: CompiledRules[]): { candidates: Candidate[]; titles: TitleSpan[] } {
  const candidates: Candidate[] = [];
  const titles: TitleSpan[] = [];
  for (const r of rules) {
    for (const m of matchRules(doc, r)) {
      if (isEntityType(m.type)) {
        candidates.push({ type: m.type, a: m.a, b: m.b, rule: m.rule, subtype: m.subtype, priority: m.priority, name: m.name, alias: m.name !== undefined });
      } else {
        const head = doc.tokens[m.b - 1];
        titles.push({ plural: false, a: m.a, b: m.b, role: doc.text.slice(doc.tokens[m.a].start, head.end), head: head.lower, capitalised: /^\p{Lu}/u.test(doc.tokens[m.a].text), weak: false });
      }
    }
  }
  return { candidates, titles };
}

/** Is this name on a stop list of any pack for this type? */
export function isStopped(rules: CompiledRules[], type: 'person' | 'organization' | 'place' | 'event' | 'title', text: string): boolean {
  return rules.some((r) => stopped(r, type, text));
}

export function hasStopLists(rules: CompiledRules[]): boolean {
  return rules.some((r) => r.stop.size > 0);
}
