// The real bin on real files: formats, stdin, JSONL input, --out, batches, bad input, exit codes.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtempSync, writeFileSync, readFileSync, mkdirSync, rmSync, existsSync, chmodSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { parse } from 'csv-parse/sync';
import { cli, REFERENCE, BIN } from './helpers.js';

/** How many texts the gold set has (it grows when held-out documents join it). */
const goldTexts = () => readdirSync('bench/gold').filter((f) => f.endsWith('.txt')).length;

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'press-extract-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('one document', () => {
  it('--format json prints the golden document', () => {
    const r = cli([REFERENCE, '--format', 'json']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(readFileSync('fixtures/xerxes-media-forum.golden.json', 'utf8'));
  });
  it('defaults to json when stdout is not a terminal', () => {
    const r = cli([REFERENCE]);
    expect(JSON.parse(r.stdout).schema).toBe('press-extract/1');
  });
  it('reads stdin with "-" and with no path, source "-"', () => {
    const text = readFileSync(REFERENCE, 'utf8');
    for (const args of [['-'], []]) {
      const r = cli([...args, '-f', 'json'], { input: text });
      expect(r.code).toBe(0);
      const doc = JSON.parse(r.stdout);
      expect(doc.source).toBe('-');
      expect(doc.entities.some((e: { name: string }) => e.name === 'Heydər Əliyev')).toBe(true);
    }
  });
  it('--format pretty lists people with titles and the timeline, without colour when piped', () => {
    const r = cli([REFERENCE, '-f', 'pretty']);
    expect(r.stdout).toContain('Igor Babushkin — governor, Hashtrak district');
    expect(r.stdout).toContain('Timeline');
    expect(r.stdout).not.toMatch(/\x1b\[/);
  });
  it('--types keeps only the kinds asked for', () => {
    const doc = JSON.parse(cli([REFERENCE, '-f', 'json', '--types', 'person,title']).stdout);
    expect(new Set(doc.entities.map((e: { type: string }) => e.type))).toEqual(new Set(['person']));
    expect(doc.titles.length).toBeGreaterThan(0);
    expect(doc.events).toEqual([]);
  });
  it('--explain puts the rule on every mention, title and event', () => {
    const doc = JSON.parse(cli([REFERENCE, '-f', 'json', '--explain']).stdout);
    for (const e of doc.entities) for (const m of e.mentions) expect(typeof m.rule).toBe('string');
    for (const t of doc.titles) expect(typeof t.rule).toBe('string');
    for (const e of doc.events) expect(typeof e.rule).toBe('string');
  });
});

describe('batches', () => {
  it('a folder gives one JSONL line per file, in path order', () => {
    const r = cli(['fixtures/corpus', '-f', 'jsonl', '-q']);
    expect(r.code).toBe(0);
    const sources = r.stdout.trim().split('\n').map((l) => JSON.parse(l).source);
    expect(sources.length).toBe(9);
    expect(sources).toEqual([...sources].sort());
  });
  it('--jobs 1 and --jobs 2 give byte-identical output', () => {
    const one = cli(['fixtures/corpus', 'bench/gold', '-f', 'jsonl', '-j', '1', '-q']);
    const two = cli(['fixtures/corpus', 'bench/gold', '-f', 'jsonl', '-j', '2', '-q']);
    expect(one.code).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    // One line per document: the 9 fixture texts and every gold-set text.
    expect(one.stdout.trim().split('\n').length).toBe(9 + goldTexts());
  });
  it('a glob pattern is expanded', () => {
    const r = cli(['fixtures/corpus/*/*.txt', '-f', 'jsonl', '-q']);
    expect(r.stdout.trim().split('\n').length).toBe(9);
  });
  it('CSV re-parses to one row per entity, with a header and source first', () => {
    const r = cli(['fixtures/corpus', '-f', 'csv', '-q']);
    const rows = parse(r.stdout, { columns: true }) as Record<string, string>[];
    const jsonl = cli(['fixtures/corpus', '-f', 'jsonl', '-q']).stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(rows.length).toBe(jsonl.reduce((n, d) => n + d.entities.length, 0));
    expect(Object.keys(rows[0])[0]).toBe('source');
  });
  it('CSV --table titles and events', () => {
    for (const table of ['titles', 'events', 'mentions']) {
      const r = cli([REFERENCE, '-f', 'csv', '-t', table]);
      expect(r.stdout).toBe(readFileSync(`fixtures/xerxes-media-forum.golden.${table}.csv`, 'utf8'));
    }
  });
  it('--format json with several documents writes one JSON array', () => {
    const r = cli(['fixtures/corpus/wikinews', '-f', 'json', '-q']);
    const arr = JSON.parse(r.stdout);
    expect(arr.length).toBe(3);
  });
  it('--out writes one JSON per input, mirroring the tree', () => {
    const out = join(tmp, 'out');
    const r = cli(['fixtures/corpus', '--out', out, '-q']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    const doc = JSON.parse(readFileSync(join(out, 'doj', 'release_00008.json'), 'utf8'));
    expect(doc.source).toBe('fixtures/corpus/doj/release_00008.txt');
    expect(existsSync(join(out, 'wikinews', '2019-004.json'))).toBe(true);
  });
  it('--out naming a file is a usage error before any document, without a stack trace', () => {
    const file = join(tmp, 'not-a-folder');
    writeFileSync(file, 'x');
    const r = cli(['fixtures/corpus/wikinews', '--out', file, '-q']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`--out ${file}: not a folder`);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(readFileSync(file, 'utf8')).toBe('x');
  });
  it('--out: a file that cannot be written fails alone; the others are written', () => {
    const out = join(tmp, 'out-blocked');
    mkdirSync(join(out, '2019-004.json'), { recursive: true });
    const r = cli(['fixtures/corpus/wikinews', '--out', out, '-q']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/2019-004\.txt: cannot write .*2019-004\.json \(EISDIR\)/);
    const written = readdirSync(out).filter((f) => f !== '2019-004.json');
    expect(written.length).toBe(2);
    for (const f of written) expect(JSON.parse(readFileSync(join(out, f), 'utf8')).schema).toBe('press-extract/1');
  });
  it('prints a one-line summary on stderr for batches, none with --quiet', () => {
    expect(cli(['fixtures/corpus/wikinews', '-f', 'jsonl']).stderr).toMatch(/3 documents in [\d.]+ s \([\d.]+ files\/s\)/);
    expect(cli(['fixtures/corpus/wikinews', '-f', 'jsonl', '-q']).stderr).toBe('');
  });
});

describe('--input jsonl', () => {
  it('reads {"id","text"} records and keeps their order', () => {
    const text = readFileSync(REFERENCE, 'utf8');
    const lines = [JSON.stringify({ id: 'a', text }), JSON.stringify({ id: 'b', text: 'Attorney General Jeff Sessions spoke in Boston.' })].join('\n');
    const r = cli(['--input', 'jsonl', '-j', '2', '-q'], { input: lines });
    expect(r.code).toBe(0);
    const docs = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(docs.map((d) => d.source)).toEqual(['a', 'b']);
    expect(docs[1].entities.find((e: { type: string }) => e.type === 'person').name).toBe('Jeff Sessions');
  });
  it('field names are settable', () => {
    const r = cli(['--input', 'jsonl', '--id-field', 'doc', '--text-field', 'body', '-q'], { input: JSON.stringify({ doc: 7, body: 'Mayor Jane Roe visited Denver.' }) + '\n' });
    expect(JSON.parse(r.stdout).source).toBe('7');
  });
  it('a broken line is reported with its line number and the rest is written', () => {
    const input = ['{"id":"x","text":"Jane Roe met John Doe in Paris."}', '{not json', '{"id":"y","text":"Governor Ann Lee spoke."}'].join('\n');
    const r = cli(['--input', 'jsonl', '-q'], { input });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/stdin:2: line 2 is not JSON/);
    const docs = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(docs.map((d) => d.source)).toEqual(['x', 'stdin:2', 'y']);
    expect(docs[1].errors[0].code).toBe('bad-jsonl');
  });
  it('works as a streaming filter in a pipeline', () => {
    const r = spawnSync('sh', ['-c', `printf '%s\\n' '{"id":"1","text":"Jane Roe, the mayor of Denver, spoke."}' | node ${BIN} --input jsonl -q | head -c 100000`], { encoding: 'utf8' });
    expect(JSON.parse(r.stdout).titles[0].title).toBe('mayor');
  });
});

describe('bad input never loses other work', () => {
  const cases: [string, (dir: string) => string, RegExp][] = [
    ['an unreadable path', (d) => join(d, 'missing.txt'), /missing\.txt: no such file or directory/],
    ['a directory without text files', (d) => { const p = join(d, 'empty-dir'); mkdirSync(p); writeFileSync(join(p, 'a.pdf'), 'x'); return p; }, /empty-dir: directory has no text files/],
    ['a binary file', (d) => { const p = join(d, 'bin.txt'); writeFileSync(p, Buffer.from([0x50, 0x4b, 3, 4, 0, 0, 1, 2])); return p; }, /bin\.txt: input looks binary/],
    ['invalid UTF-8', (d) => { const p = join(d, 'latin1.txt'); writeFileSync(p, Buffer.from('Caf\xe9 owner Jos\xe9 spoke.', 'latin1')); return p; }, /latin1\.txt: input is not valid UTF-8/],
    ['an empty file', (d) => { const p = join(d, 'empty.txt'); writeFileSync(p, ''); return p; }, /empty\.txt: input is empty/],
    ['a 50 MB file', (d) => { const p = join(d, 'huge.txt'); writeFileSync(p, Buffer.alloc(50 * 1024 * 1024, 'a ')); return p; }, /huge\.txt: input is 50\.0 MB, larger than the limit/],
  ];
  for (const [what, make, message] of cases) {
    it(`${what}: clear message naming it, an error entry, the rest written, exit 1`, () => {
      const bad = make(tmp);
      const r = cli([REFERENCE, bad, 'fixtures/corpus/wikinews/2019-004.txt', '-f', 'jsonl', '-q']);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(message);
      const docs = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
      expect(docs.length).toBe(3);
      expect(docs[0].entities.length).toBeGreaterThan(0);
      expect(docs[1].source).toBe(bad);
      expect(docs[1].errors.length).toBe(1);
      expect(docs[2].entities.length).toBeGreaterThan(0);
    });
  }
  it('an unreadable file (no permission) is reported', () => {
    if (process.getuid?.() === 0) return; // root reads everything; covered by the missing-path case
    const p = join(tmp, 'secret.txt');
    writeFileSync(p, 'text');
    chmodSync(p, 0);
    expect(cli([p]).code).toBe(1);
  });
});

describe('usage and pipes', () => {
  it('usage errors exit 2 with the usage hint', () => {
    for (const args of [['--format', 'xml', REFERENCE], ['--jobs', 'zero', REFERENCE], ['--types', 'animal', REFERENCE], ['--no-such-option']]) {
      const r = cli(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/press-extract --help/);
    }
  });
  it('--version and --help', () => {
    expect(cli(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    const help = cli(['--help']);
    expect(help.code).toBe(0);
    for (const opt of ['--format', '--table', '--types', '--out', '--jobs', '--input', '--explain', '--no-color', '--quiet', 'Examples:']) expect(help.stdout).toContain(opt);
  });
  it('output to a closed pipe ends quietly', () => {
    const r = spawnSync('sh', ['-c', `node ${BIN} bench/gold fixtures/corpus -f jsonl -j 1 -q | head -1 > /dev/null; echo "exit=$?"`], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe('exit=0');
  });
});

describe('subcommands', () => {
  it('tokenize prints tokens with offsets as JSONL and CSV', () => {
    const lines = cli(['tokenize', REFERENCE]).stdout.trim().split('\n').map((l) => JSON.parse(l));
    const text = readFileSync(REFERENCE, 'utf8');
    expect(lines.find((t) => t.text === 'Heydər')).toMatchObject({ pos: 'PROPN' });
    for (const t of lines) expect(text.slice(t.start, t.end)).toBe(t.text);
    const csv = parse(cli(['tokenize', REFERENCE, '-f', 'csv']).stdout, { columns: true });
    expect(csv.length).toBe(lines.length);
  });
  it('rules lists every built-in rule with kind, pattern and example', () => {
    const rules = JSON.parse(cli(['rules', '-f', 'json']).stdout);
    expect(rules.length).toBeGreaterThan(30);
    for (const r of rules) expect(r).toMatchObject({ name: expect.any(String), kind: expect.any(String), pattern: expect.any(String), example: expect.any(String) });
    expect(cli(['rules']).stdout).toContain('title.appositive');
  });
  it('eval prints precision, recall and F1 per type', () => {
    const r = cli(['eval', '--gold', 'bench/gold', '-f', 'json']);
    expect(r.code).toBe(0);
    const s = JSON.parse(r.stdout);
    expect(s.documents).toBe(goldTexts());
    for (const k of ['people', 'organizations', 'places', 'events', 'titles', 'sequence']) expect(s.metrics[k].f1).toBeGreaterThan(0);
  });
});

describe('the worker pool', () => {
  it('retires workers after their share of documents and still gives the one-thread output, in order', async () => {
    const { runOrdered } = await import('../dist/cli/pool.js');
    const { loadWriter } = await import('../dist/output/writer.js');
    const { readFileSync: read, readdirSync: list } = await import('node:fs');
    const texts = list('bench/gold').filter((f) => f.endsWith('.txt')).slice(0, 12).map((f) => read(`bench/gold/${f}`, 'utf8'));
    const fmt = { format: 'jsonl' as const, table: 'entities' as const, explain: false, color: false, wantJson: false };
    const write = await loadWriter(fmt);
    async function* jobs() {
      for (let k = 0; k < texts.length; k++) yield { seq: k, source: `doc-${k}`, text: texts[k], outName: `doc-${k}.json` };
    }
    const run = async (n: number, retireAfter?: number) => {
      const out: string[] = [];
      await runOrdered(jobs(), { jobs: n, fmt, write, retireAfter }, (p) => void out.push(p.out));
      return out;
    };
    const one = await run(1);
    const retiring = await run(2, 2);
    expect(one.length).toBe(12);
    expect(retiring).toEqual(one);
  }, 60_000);
});

describe('a very large input in a batch', () => {
  it('over LARGE_INPUT (4 MB) is extracted in order beside the small ones', () => {
    const dir = mkdtempSync(join(tmpdir(), 'press-extract-large-'));
    try {
      const release = readFileSync(REFERENCE, 'utf8');
      writeFileSync(join(dir, 'a-large.txt'), Array.from({ length: Math.ceil(4_200_000 / release.length) }, () => release).join('\n\n'));
      writeFileSync(join(dir, 'b-small.txt'), release);
      const r = cli([dir, '-f', 'jsonl', '-j', '2', '-q']);
      expect(r.code).toBe(0);
      const docs = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
      expect(docs.map((d) => d.source.split('/').pop())).toEqual(['a-large.txt', 'b-small.txt']);
      expect(docs[0].stats.chars).toBeGreaterThan(4_000_000);
      expect(docs[0].entities.map((e: { name: string }) => e.name)).toContain('Alejandro Ismailov');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
