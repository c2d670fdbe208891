/**
 * wink-eng-lite-web-model, loaded lean. The package's own loader deep-copies its 3 MB core
 * model (JSON.stringify + JSON.parse), decodes the lexicon's base64 one character at a time,
 * and loads the sentence, NER, sentiment and negation automata, which our ['pos'] pipeline
 * never runs. This loader reads the package's data once per thread (wink-data.ts: from a
 * build-time cache, decoded), copies only the parts that change, and gives those four pipes
 * empty automata. It follows
 * read-core-model.js and load-core-model.js of the version pinned in package-lock.json (1.8.1);
 * `tests/document.test.ts` checks that tokens, tags and lemmas equal the package loader's.
 */
import Module, { createRequire } from 'node:module';
import { lazyLexemeHash, WordListIndex } from './lexeme-index.js';
import { cachedWinkData, coreFromPackage, LEMMA_POS, WINK_MODEL_DIST as DIST, type CoreModel, type Features, type LemmaExceptions } from './wink-data.js';

const require = createRequire(import.meta.url);

/** An automaton that recognises nothing, in wink's export format. */
const EMPTY_MACHINE = JSON.stringify([100, 0, { 0: {} }, {}, {}, {}]);

/**
 * The package's data, read once per thread (from the build-time cache when it is there): every
 * model loaded here copies what wink changes and shares the rest.
 */
interface PackageData {
  core: CoreModel;
  /** Only from the cache; null: lemmatize.js requires the package's own tables. */
  lemmaExceptions: LemmaExceptions | null;
}
let shared: PackageData | null = null;

function packageData(): PackageData {
  if (!shared) {
    const cached = cachedWinkData();
    shared = cached ?? { core: coreFromPackage(), lemmaExceptions: null };
  }
  return shared;
}

function leanCore(): CoreModel {
  const original = packageData().core;
  // Copy what gets changed or grown (wink appends unseen words to the feature lists), share
  // the rest (strings, tables, the packed lexicon, which wink only reads).
  const features: Record<string, Features> = {};
  for (const f in original.features) features[f] = { ...original.features[f], list: [...original.features[f].list] };
  const model: CoreModel = { ...original, packing: { ...original.packing }, features };
  const { packing, pos } = model;
  for (const f in packing.layout) {
    if (packing.layout[f][3] === 0) features[f].hash = indexOf(features[f].list);
  }
  // wink's own loader indexes all 87,593 words here (~90 ms); ours fills in the asked ones.
  intrinsicLexemes ??= new WordListIndex(original.features.lexeme.list);
  features.lexeme.hash = lazyLexemeHash(intrinsicLexemes);
  const clusters = features.posClusters.list as unknown as (string | Set<number>)[];
  for (let k = 0; k < clusters.length; k++) clusters[k] = new Set((clusters[k] as string).split('_').map((e) => pos.hash[e] || 0));
  // As load-core-model.js.
  packing.efList = [];
  for (const f in packing.layout) {
    const layout = packing.layout[f];
    if (layout[3] === 0) {
      features[f].intrinsicSize = features[f].list.length;
      features[f].index = features[f].list.length;
      features[f].maxIndex = layout[1] >>> layout[2];
    }
    if (layout[4] === 1) packing.efList.push(f);
  }
  features.lexeme.intrinsicSize = features.lexeme.list.length;
  features.lexeme.index = features.lexeme.list.length;
  return model;
}

/**
 * wink's lemmatizer (lemmatize.js), unchanged. It requires its three exception tables, which
 * are JavaScript that takes ~25 ms to compile; with the build-time cache, those modules are
 * put in require's cache first, with the cached tables as their exports.
 */
function lemmatizer(): unknown {
  const tables = packageData().lemmaExceptions;
  if (tables) {
    for (const pos of LEMMA_POS) {
      const path = require.resolve(`${DIST}wn-${pos}-exceptions.js`);
      if (require.cache[path]) continue;
      const module = new Module(path);
      module.filename = path;
      module.exports = tables[pos];
      module.loaded = true;
      require.cache[path] = module;
    }
  }
  return require(DIST + 'lemmatize.js');
}

function indexOf(list: string[]): Record<string, number> {
  const hash = Object.create(null) as Record<string, number>;
  for (let k = 0; k < list.length; k++) hash[list[k]] = k;
  return hash;
}

/**
 * Where each word of wink's own lexicon is (not the words wink learns while reading), built
 * once per thread from the package's list, which nothing changes.
 */
let intrinsicLexemes: WordListIndex | undefined;

/**
 * Is this lower-case word (letters a-z only) an ordinary word of wink's own lexicon? wink's
 * lexicon is case sensitive, so this is asked of a capitalised word's lower-case form. Asks
 * the lexicon index directly, leaving wink's lexeme hash as wink's reading made it.
 */
export function isLexiconWord(lower: string): boolean {
  return intrinsicLexemes !== undefined && intrinsicLexemes.indexOf(lower) >= 0 && /^[a-z]+$/.test(lower);
}

/** The model object winkNLP() takes, with a lean core and no sentences, NER, sentiment or negation. */
export function leanModel(): unknown {
  const model = Object.create(null);
  model.core = leanCore;
  model.sbd = () => ({ machines: [EMPTY_MACHINE], setter: () => undefined, transformers: [null] });
  model.pos = require(DIST + 'load-pos-model.js');
  model.metaCER = require(DIST + 'load-cer-meta-model.js');
  model.ner = () => ({ machines: [EMPTY_MACHINE], transformers: [null] });
  model.negation = () => ({ machines: [EMPTY_MACHINE], setter: () => undefined });
  model.sa = () => ({ machines: [EMPTY_MACHINE], setter: () => undefined });
  model.featureFn = require(DIST + 'feature.js');
  model.addons = Object.create(null);
  // Stems and readability are never asked for by our pipeline: loaded on first use (wink calls
  // them only from its.stem and its.readabilityStats), not at every start.
  model.addons.stem = (word: string) => (require(DIST + 'porter-stemmer.js') as (w: string) => string)(word);
  model.addons.lemmatize = lemmatizer();
  const addons = model.addons;
  model.addons.readabilityStats = (rdd: unknown, ...args: unknown[]) =>
    rawDataAsked ? ({ rdd, addons } as WinkRawData) : (require(DIST + 'readability-stats.js') as (...a: unknown[]) => unknown)(rdd, ...args);
  model.addons.wordVectors = undefined;
  return model;
}

/**
 * A wink document's raw data ("rdd": its tokens as packed numbers, and the cache that decodes
 * them) with its model's addons: what its.value, its.pos and its.lemma take to read one token.
 */
export interface WinkRawData {
  rdd: { numOfTokens: number };
  addons: unknown;
}

/** Set while rawDataOf() asks a document for its raw data. */
let rawDataAsked = false;

/**
 * The raw data of a document read by a lean model. `tokens().out(its.x)` reads the same data,
 * but through a checked, generic map over all tokens, once per property: reading each token's
 * value, tag and lemma in one loop of our own costs less (tokenize.ts). wink hands its raw data
 * to one hook only, the readability addon, and that addon is ours (leanModel): asked from
 * here, it gives the data back instead of computing readability.
 */
export function rawDataOf(doc: { out(f: unknown): unknown }, its: { readabilityStats: unknown }): WinkRawData {
  rawDataAsked = true;
  try {
    return doc.out(its.readabilityStats) as WinkRawData;
  } finally {
    rawDataAsked = false;
  }
}
