/**
 * The data of wink-eng-lite-web-model that every start reads: its core model and its
 * lemmatizer's exception tables.
 *
 * The package ships the core model as 3 MB of JSON with its lexicon in base64 (~90 ms to read,
 * decode and parse), and the exception tables as JavaScript (~25 ms to compile). `npm run build`
 * keeps both in one file (dist/document/wink-data.v8, written by build-wink-data.ts): the
 * packed arrays decoded, the rest as ASCII-only JSON (see WinkCache), read in about half the
 * time. The cache says which version of the package it was made from; if that is not the
 * installed version, or the file is missing or unreadable, the data is read from the package.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { deserialize, serialize } from 'node:v8';

const require = createRequire(import.meta.url);
export const WINK_MODEL_DIST = 'wink-eng-lite-web-model/dist/';
const CACHE = new URL('../document/wink-data.v8', import.meta.url);

export interface Features {
  list: string[];
  hash: Record<string, number>;
  intrinsicSize: number;
  index: number;
  maxIndex: number;
}

/** The package's core model with its packed lexicon and expansions decoded to words. */
export interface CoreModel {
  packing: { layout: Record<string, number[]>; efList: string[] };
  features: Record<string, Features>;
  pos: { hash: Record<string, number> };
  lexicon: Uint32Array;
  xpansions: Uint32Array;
}

export const LEMMA_POS = ['adjective', 'noun', 'verb'] as const;
export type LemmaPos = (typeof LEMMA_POS)[number];
/** word → lemma, as the package's wn-<pos>-exceptions.js export (objects with no prototype). */
export type LemmaExceptions = Record<LemmaPos, Record<string, string>>;

export interface WinkData {
  version: string;
  core: CoreModel;
  lemmaExceptions: LemmaExceptions;
}

/**
 * What the cache file holds, in V8's serialization: the two packed arrays as they are, and the
 * rest of the data as JSON text with every non-ASCII character escaped.
 *
 * JSON, not V8's serializer, for the rest: JSON.parse internalizes short strings (V8's
 * deserializer does not), so the words, lemmas and tags are the same kind of string as when read
 * from the package, which our rules compare and look up millions of times in a batch; and V8
 * deserializes an object of thousands of keys one hidden class at a time (~35 ms for the
 * exception tables). ASCII-only text is read without decoding UTF-8 (the package's file has
 * emoji, and decoding its 3 MB took ~30 ms).
 */
interface WinkCache {
  version: string;
  lexicon: Uint32Array;
  xpansions: Uint32Array;
  /**
   * JSON of { core, lemmaExceptions } (the core without lexicon and xpansions), as ASCII bytes:
   * decoded as Latin-1, they make a one-byte string, which JSON.parse reads fastest.
   */
  json: Uint8Array;
}

/** The installed package's version. */
export function installedVersion(): string {
  return (require('wink-eng-lite-web-model/package.json') as { version: string }).version;
}

/** The core model as the package ships it, lexicon and expansions decoded. */
export function coreFromPackage(): CoreModel {
  const json = require(WINK_MODEL_DIST + 'languages/cur/models/eng-core-web-model.json') as Omit<CoreModel, 'lexicon' | 'xpansions'> & { lexicon: string; xpansions: string };
  return { ...json, lexicon: words32(json.lexicon), xpansions: words32(json.xpansions) };
}

export function lemmaExceptionsFromPackage(): LemmaExceptions {
  const tables = {} as LemmaExceptions;
  for (const pos of LEMMA_POS) tables[pos] = require(`${WINK_MODEL_DIST}wn-${pos}-exceptions.js`) as Record<string, string>;
  return tables;
}

function words32(base64: string): Uint32Array {
  const bytes = Buffer.from(base64, 'base64');
  // A fresh, aligned copy: Buffer may sit at any offset of a shared pool.
  return new Uint32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
}

/** The bytes of the build-time cache, made from the installed package. */
export function serializeWinkData(): Buffer {
  const { lexicon, xpansions, ...core } = coreFromPackage();
  const text = JSON.stringify({ core, lemmaExceptions: lemmaExceptionsFromPackage() }).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  const cache: WinkCache = { version: installedVersion(), lexicon, xpansions, json: Buffer.from(text, 'latin1') };
  return serialize(cache);
}

/** The build-time cache, if it is there and made from the installed version; else null. */
export function cachedWinkData(file: URL | string = CACHE): WinkData | null {
  let cache: WinkCache;
  let parsed: { core: Omit<CoreModel, 'lexicon' | 'xpansions'>; lemmaExceptions: LemmaExceptions };
  try {
    cache = deserialize(readFileSync(file)) as WinkCache;
    if (cache?.version !== installedVersion()) return null;
    parsed = JSON.parse(Buffer.from(cache.json.buffer, cache.json.byteOffset, cache.json.byteLength).toString('latin1'));
    if (!(cache.lexicon instanceof Uint32Array) || !(cache.xpansions instanceof Uint32Array) || !parsed.core?.features || !parsed.lemmaExceptions) return null;
  } catch {
    return null;
  }
  const { core, lemmaExceptions } = parsed;
  for (const pos of LEMMA_POS) {
    // No prototype, as the package's: a table must not answer "constructor" from
    // Object.prototype. A fresh null-prototype object is also a dictionary from the start.
    const table = Object.create(null) as Record<string, string>;
    for (const word in lemmaExceptions[pos]) table[word] = lemmaExceptions[pos][word];
    lemmaExceptions[pos] = table;
  }
  return { version: cache.version, core: { ...core, lexicon: cache.lexicon, xpansions: cache.xpansions }, lemmaExceptions };
}
