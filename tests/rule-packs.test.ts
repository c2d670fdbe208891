// User rule packs: gazetteers, patterns, stop lists, priority over built-in rules, and every
// malformed-file error (exit 2, naming the file, the rule and what is wrong, before any document).
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extract, type Result } from '../dist/index.js';
import { RulePackError } from '../dist/rules/load-pack.js';
import { cli, REFERENCE } from './helpers.js';

const names = (r: Result, type: string) => r.entities.filter((e) => e.type === type).map((e) => e.name);

describe('rule packs through extract()', () => {
  it('a gazetteer finds names and joins aliases to them', () => {
    const rules = [{ name: 'acme', gazetteers: [{ type: 'organization' as const, subtype: 'company', names: ['Acme Roboworks'], aliases: { 'Acme Roboworks': ['Acme'] } }] }];
    const r = extract('Acme Roboworks opened a plant. Later Acme hired 40 people.', { rules, explain: true });
    const acme = r.entities.find((e) => e.name === 'Acme Roboworks')!;
    expect(acme.type).toBe('organization');
    expect(acme.subtype).toBe('company');
    expect(acme.mentions.map((m) => m.text)).toEqual(['Acme Roboworks', 'Acme']);
    expect(acme.mentions[0].rule).toBe('acme:gazetteer:Acme Roboworks');
  });
  it('a title gazetteer adds a role', () => {
    const rules = [{ name: 't', gazetteers: [{ type: 'title' as const, names: ['Chief Happiness Officer'] }] }];
    const r = extract('Dana Whitcombe, Chief Happiness Officer of Northwind Labs, spoke.', { rules });
    expect(r.titles.map((t) => t.title)).toContain('Chief Happiness Officer');
  });
  it('a token pattern with repeats, optional and context tokens', () => {
    const rules = [{ name: 'p', patterns: [{ name: 'guild', type: 'organization' as const, subtype: 'group', pattern: [{ lower: 'the', context: true }, { shape: 'Xxxxx' as const, repeat: '+' as const }, { text: 'Guild' }] }] }];
    const r = extract('Members of the Silver Arrow Guild marched in Leeds.', { rules, explain: true });
    const guild = r.entities.find((e) => e.name === 'Silver Arrow Guild')!;
    expect(guild.subtype).toBe('group');
    expect(guild.mentions[0].rule).toBe('p:guild');
  });
  it('a pattern may use POS and lexicon classes', () => {
    const rules = [{ name: 'p', patterns: [{ name: 'from-city', type: 'place' as const, pattern: [{ lower: 'from', context: true }, { class: 'city' }] }] }];
    const r = extract('Delegates came from Lagos.', { rules, explain: true });
    expect(r.entities.find((e) => e.name === 'Lagos')?.mentions[0].rule).toBe('p:from-city');
  });
  it('a stop list removes a name the built-in rules would report', () => {
    const text = 'The guild said Zorblat Quantum, its robot arm, shipped.';
    expect(names(extract(text), 'person')).toContain('Zorblat Quantum');
    const rules = [{ name: 's', stop: [{ type: 'person' as const, names: ['zorblat quantum'] }] }];
    expect(names(extract(text, { rules }), 'person')).not.toContain('Zorblat Quantum');
  });
  it('user rules take priority over built-in rules', () => {
    const text = 'Marla Kettering announced a new fund.';
    expect(names(extract(text), 'person')).toContain('Marla Kettering');
    const rules = [{ name: 'u', gazetteers: [{ type: 'organization' as const, names: ['Marla Kettering'] }] }];
    const r = extract(text, { rules });
    expect(names(r, 'organization')).toContain('Marla Kettering');
    expect(names(r, 'person')).not.toContain('Marla Kettering');
  });
  it('an invalid pack passed to extract() is rejected', () => {
    expect(() => extract('text', { rules: [{ name: 'bad', patterns: [{ name: 'x', type: 'animal', pattern: [{ lower: 'a' }] }] } as never] })).toThrow(RulePackError);
  });
});

describe('--rules on the command line', () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'press-extract-rules-'))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const pack = (name: string, body: string) => {
    const p = join(dir, name);
    writeFileSync(p, body);
    return p;
  };

  it('the example pack changes the output as examples/README.md says', () => {
    const base = JSON.parse(cli(['examples/acme-release.txt', '-f', 'json']).stdout);
    const withPack = JSON.parse(cli(['examples/acme-release.txt', '-f', 'json', '--rules', 'examples/acme-pack.json']).stdout);
    expect(names(base, 'organization')).not.toContain('Acme Roboworks');
    expect(names(withPack, 'organization')).toEqual(expect.arrayContaining(['Acme Roboworks', 'Roadrunner Guild']));
    expect(withPack.entities.find((e: { name: string }) => e.name === 'Acme Roboworks').aliases).toEqual(['Acme']);
    expect(names(withPack, 'event')).toContain('Project Falcon');
    expect(names(base, 'person')).toContain('Zorblat Quantum');
    expect(names(withPack, 'person')).not.toContain('Zorblat Quantum');
    expect(withPack.titles.map((t: { title: string }) => t.title)).toContain('Chief Happiness Officer');
  });
  it('several packs and batches with workers', () => {
    const extra = pack('extra.json', JSON.stringify({ name: 'extra', gazetteers: [{ type: 'place', names: ['Hashtrak'] }] }));
    const r = cli([REFERENCE, 'examples/acme-release.txt', '-f', 'jsonl', '-j', '2', '-q', '--rules', 'examples/acme-pack.json', '--rules', extra]);
    expect(r.code).toBe(0);
    const docs = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(names(docs[1], 'organization')).toContain('Acme Roboworks');
  });

  const bad: [string, string, RegExp][] = [
    ['not JSON', '{ "name": "x", ', /rules file .*broken\.json: not valid JSON/],
    ['not an object', '[1, 2]', /must be a JSON object/],
    ['no name', '{ "patterns": [] }', /"name" must be a word/],
    ['an unknown field', '{ "name": "x", "gazeteers": [] }', /unknown field "gazeteers"/],
    ['an unknown type', '{ "name": "x", "patterns": [ { "name": "p1", "type": "animal", "pattern": [ { "lower": "cat" } ] } ] }', /rule "p1": unknown type "animal"/],
    ['an unknown lexicon class', '{ "name": "x", "patterns": [ { "name": "p2", "type": "place", "pattern": [ { "class": "planet" } ] } ] }', /rule "p2": token 1: unknown lexicon class "planet"/],
    ['an unknown POS', '{ "name": "x", "patterns": [ { "name": "p3", "type": "place", "pattern": [ { "pos": "NOUNISH" } ] } ] }', /rule "p3": token 1: unknown POS "NOUNISH"/],
    ['an unknown shape', '{ "name": "x", "patterns": [ { "name": "p4", "type": "place", "pattern": [ { "shape": "Aa" } ] } ] }', /rule "p4": token 1: unknown shape "Aa"/],
    ['a token with no word test', '{ "name": "x", "patterns": [ { "name": "p5", "type": "place", "pattern": [ { "repeat": "+" } ] } ] }', /rule "p5": token 1: needs one of/],
    ['context in the middle', '{ "name": "x", "patterns": [ { "name": "p6", "type": "place", "pattern": [ { "lower": "a" }, { "lower": "b", "context": true }, { "lower": "c" } ] } ] }', /rule "p6": token 2: "context" tokens may only open or close/],
    ['a duplicate rule name', '{ "name": "x", "patterns": [ { "name": "p7", "type": "place", "pattern": [ { "lower": "a" } ] }, { "name": "p7", "type": "place", "pattern": [ { "lower": "b" } ] } ] }', /rule "p7": the name is used twice/],
    ['an alias for a missing name', '{ "name": "x", "gazetteers": [ { "type": "place", "names": ["A"], "aliases": { "B": ["b"] } } ] }', /gazetteers\[0\]": alias entry "B" is not one of its names/],
  ];
  for (const [what, body, message] of bad) {
    it(`rejects ${what} with exit 2 before reading any document`, () => {
      const file = pack('broken.json', body);
      const r = cli([REFERENCE, '--rules', file, '-f', 'json']);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stdout).toBe('');
    });
  }
  it('rejects a missing rules file', () => {
    const r = cli([REFERENCE, '--rules', join(dir, 'nope.json')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/nope\.json: cannot read it \(ENOENT\)/);
  });
});

describe('rule pack JSON Schema', () => {
  it('accepts the example pack and the built-in pack', async () => {
    const { default: Ajv2020 } = await import('ajv/dist/2020.js');
    const { readFileSync } = await import('node:fs');
    const { BUILTIN_PACK } = await import('../dist/rules/builtin-pack.js');
    const validate = new Ajv2020({ allErrors: true }).compile(JSON.parse(readFileSync('schema/rule-pack.schema.json', 'utf8')));
    expect(validate(JSON.parse(readFileSync('examples/acme-pack.json', 'utf8'))), JSON.stringify(validate.errors)).toBe(true);
    expect(validate(BUILTIN_PACK), JSON.stringify(validate.errors)).toBe(true);
  });
});
