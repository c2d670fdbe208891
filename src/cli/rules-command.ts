/** `press-extract rules`: the built-in rule catalogue as a table or JSON. */
import { BUILTIN_RULES } from '../rules/builtin-rules.js';
import { BUILTIN_PACK } from '../rules/builtin-pack.js';
import type { RuleInfo } from '../kinds/rule.js';
import type { TokenSpec } from '../rules/pack-types.js';

/** A pattern in the pack notation, written out: [in: monument|park] of the? [Xxxxx]+ */
function showPattern(pattern: TokenSpec[]): string {
  return pattern
    .map((s) => {
      const word = s.text ?? s.lower ?? (s.in ? `(${s.in.join('|')})` : s.class ? `<${s.class}>` : s.shape ?? `{${([] as string[]).concat(s.pos ?? []).join('|')}}`);
      return `${s.context ? '(' : ''}${word}${s.repeat ?? ''}${s.context ? ')' : ''}`;
    })
    .join(' ');
}

/** Every built-in rule: the finders' rules and the built-in pack's patterns and gazetteers. */
export function allBuiltinRules(): RuleInfo[] {
  const fromPack: RuleInfo[] = (BUILTIN_PACK.patterns ?? []).map((p) => ({ name: p.name, kind: p.type === 'title' ? 'title' : p.type, pattern: showPattern(p.pattern), example: p.example ?? '' }));
  for (const g of BUILTIN_PACK.gazetteers ?? []) {
    fromPack.push({ name: `gazetteer:<name> (${g.subtype ?? g.type})`, kind: g.type === 'title' ? 'title' : g.type, pattern: `one of ${g.names.length} known names`, example: g.names[0] ?? '' });
  }
  return [...BUILTIN_RULES, ...fromPack];
}

export function runRules(format: 'table' | 'json'): number {
  const rules = allBuiltinRules();
  if (format === 'json') {
    process.stdout.write(JSON.stringify(rules, null, 2) + '\n');
    return 0;
  }
  const w = Math.max(...rules.map((r) => r.name.length));
  const k = Math.max(...rules.map((r) => r.kind.length));
  const lines = [`${'name'.padEnd(w)}  ${'kind'.padEnd(k)}  pattern — example`];
  for (const r of rules) lines.push(`${r.name.padEnd(w)}  ${r.kind.padEnd(k)}  ${r.pattern} — “${r.example}”`);
  process.stdout.write(lines.join('\n') + '\n');
  return 0;
}
