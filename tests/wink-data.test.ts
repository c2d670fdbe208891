import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { cachedWinkData, coreFromPackage, installedVersion, LEMMA_POS, lemmaExceptionsFromPackage } from '../dist/document/wink-data.js';

describe("the build-time cache of wink's model data", () => {
  const cached = cachedWinkData();

  it('is there after npm run build, made from the installed package', () => {
    expect(cached).not.toBeNull();
    expect(cached!.version).toBe(installedVersion());
  });

  it('holds the same core model as the package, lexicon decoded', () => {
    const fromPackage = coreFromPackage();
    expect(cached!.core.lexicon).toEqual(fromPackage.lexicon);
    expect(cached!.core.xpansions).toEqual(fromPackage.xpansions);
    expect(cached!.core.features.lexeme.list).toEqual(fromPackage.features.lexeme.list);
    expect(cached!.core).toEqual(fromPackage);
  });

  it("holds the lemmatizer's exception tables, with no prototype, as the package's", () => {
    const fromPackage = lemmaExceptionsFromPackage();
    for (const pos of LEMMA_POS) {
      const table = cached!.lemmaExceptions[pos];
      expect(Object.getPrototypeOf(table)).toBeNull();
      expect(Object.keys(table).length).toBeGreaterThan(1000);
      expect(Object.entries(table)).toEqual(Object.entries(fromPackage[pos]));
      expect(table.constructor).toBeUndefined();
    }
    expect(cached!.lemmaExceptions.verb.went).toBe('go');
  });

  it('is not used when made from another version, or unreadable', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wink-data-'));
    const stale = join(dir, 'stale.v8');
    writeFileSync(stale, serialize({ version: '0.0.1', core: {}, lemmaExceptions: {} }));
    expect(cachedWinkData(stale)).toBeNull();
    const garbage = join(dir, 'garbage.v8');
    writeFileSync(garbage, 'not a serialization');
    expect(cachedWinkData(garbage)).toBeNull();
    expect(cachedWinkData(join(dir, 'missing.v8'))).toBeNull();
    const badJson = join(dir, 'bad-json.v8');
    writeFileSync(badJson, serialize({ version: installedVersion(), lexicon: new Uint32Array(2), xpansions: new Uint32Array(2), json: Buffer.from('{"core":', 'latin1') }));
    expect(cachedWinkData(badJson)).toBeNull();
    const truncated = join(dir, 'truncated.v8');
    writeFileSync(truncated, readFileSync(new URL('../dist/document/wink-data.v8', import.meta.url)).subarray(0, 100000));
    expect(cachedWinkData(truncated)).toBeNull();
  });
});
