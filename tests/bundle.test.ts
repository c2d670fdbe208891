import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const dependencies = Object.keys(JSON.parse(readFileSync('package.json', 'utf8')).dependencies);

describe('the bundled CLI (dist/bundle/)', () => {
  it('is what bin/press-extract.js runs', () => {
    expect(readFileSync('bin/press-extract.js', 'utf8')).toContain("from '../dist/bundle/main.js'");
  });

  it('holds the worker entry next to main, where the pool looks for it', () => {
    const files = readdirSync('dist/bundle');
    expect(files).toContain('main.js');
    expect(files).toContain('worker.js');
  });

  it('imports only its own files, Node built-ins and the dependencies, never tsc output in dist/', () => {
    let seen = 0;
    for (const file of readdirSync('dist/bundle').filter((f) => f.endsWith('.js'))) {
      const source = readFileSync(`dist/bundle/${file}`, 'utf8');
      // Static imports open a line in rolldown's output; dynamic ones are import("…") calls.
      const statics = [...source.matchAll(/^import\b[^;]*?["']([^"']+)["'];?$/gm)].map((m) => m[1]);
      const dynamics = [...source.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]);
      const specifiers = [...statics, ...dynamics];
      seen += specifiers.length;
      for (const s of specifiers) {
        const own = s.startsWith('./') && !s.includes('/', 2);
        const builtin = s.startsWith('node:');
        const dependency = dependencies.some((d) => s === d || s.startsWith(`${d}/`));
        expect(own || builtin || dependency, `${file} imports ${s}`).toBe(true);
      }
    }
    expect(seen).toBeGreaterThan(20);
  });
});
