/** Minimal glob expansion for quoted patterns ("corpus/**\/*.txt"): *, ?, [..], and **. */
import { readdirSync } from 'node:fs';
import { join, sep } from 'node:path';

export function hasGlob(p: string): boolean {
  return /[*?[]/.test(p);
}

function segmentToRegex(seg: string): RegExp {
  let re = '';
  for (let i = 0; i < seg.length; i++) {
    const ch = seg[i];
    if (ch === '*') re += '[^/]*';
    else if (ch === '?') re += '[^/]';
    else if (ch === '[') {
      const close = seg.indexOf(']', i);
      if (close === -1) re += '\\[';
      else {
        re += `[${seg.slice(i + 1, close).replace(/^!/, '^')}]`;
        i = close;
      }
    } else re += ch.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

/** Expand a glob to the matching paths, sorted. Hidden files match only an explicit dot. */
export function expandGlob(pattern: string): string[] {
  const parts = pattern.split(/[\\/]/);
  const absolute = pattern.startsWith('/');
  const out: string[] = [];
  const walk = (dir: string, k: number) => {
    if (k === parts.length) {
      out.push(dir);
      return;
    }
    const seg = parts[k];
    if (seg === '' && k === 0) return walk(absolute ? '/' : '.', k + 1);
    if (!hasGlob(seg)) return walk(dir === '.' && k === 0 ? seg : join(dir, seg), k + 1);
    let entries;
    try {
      entries = readdirSync(dir === '' ? '.' : dir, { withFileTypes: true });
    } catch {
      return;
    }
    entries.sort((x, y) => (x.name < y.name ? -1 : x.name > y.name ? 1 : 0));
    if (seg === '**') {
      walk(dir, k + 1);
      for (const e of entries) if (e.isDirectory() && !e.name.startsWith('.')) walk(join(dir, e.name), k);
      return;
    }
    const re = segmentToRegex(seg);
    for (const e of entries) {
      if (e.name.startsWith('.') && !seg.startsWith('.')) continue;
      if (re.test(e.name)) walk(join(dir, e.name), k + 1);
    }
  };
  walk('', 0);
  return [...new Set(out.map((p) => (p.startsWith(`.${sep}`) ? p.slice(2) : p)))].sort();
}
