/** `press-extract rules`: the built-in rule catalogue as a table or JSON. */
import { BUILTIN_RULES } from '../rules/builtin-rules.js';

export function runRules(format: 'table' | 'json'): number {
  if (format === 'json') {
    process.stdout.write(JSON.stringify(BUILTIN_RULES, null, 2) + '\n');
    return 0;
  }
  const w = Math.max(...BUILTIN_RULES.map((r) => r.name.length));
  const k = Math.max(...BUILTIN_RULES.map((r) => r.kind.length));
  const lines = [`${'name'.padEnd(w)}  ${'kind'.padEnd(k)}  pattern — example`];
  for (const r of BUILTIN_RULES) lines.push(`${r.name.padEnd(w)}  ${r.kind.padEnd(k)}  ${r.pattern} — “${r.example}”`);
  process.stdout.write(lines.join('\n') + '\n');
  return 0;
}
