/**
 * wink-eng-lite-web-model, loaded lean. The package's own loader deep-copies its 3 MB core
 * model (JSON.stringify + JSON.parse), decodes the lexicon's base64 one character at a time,
 * and loads the NER, sentiment and negation automata, which our ['sbd', 'pos'] pipeline never
 * runs. This loader copies only the parts that change, decodes with Buffer, and gives those
 * three pipes empty automata. It follows
 * read-core-model.js and load-core-model.js of the version pinned in package-lock.json (1.8.1);
 * `tests/document.test.ts` checks that tokens, tags and lemmas equal the package loader's.
 */
import { createRequire } from 'node:module';
import { lazyLexemeHash, WordListIndex } from './lexeme-index.js';

const require = createRequire(import.meta.url);
const DIST = 'wink-eng-lite-web-model/dist/';

/** An automaton that recognises nothing, in wink's export format. */
const EMPTY_MACHINE = JSON.stringify([100, 0, { 0: {} }, {}, {}, {}]);

interface Features {
  list: string[];
  hash: Record<string, number>;
  intrinsicSize: number;
  index: number;
  maxIndex: number;
}
interface CoreModel {
  packing: { layout: Record<string, number[]>; efList: string[] };
  features: Record<string, Features>;
  pos: { hash: Record<string, number> };
  lexicon: string | Uint32Array;
  xpansions: string | Uint32Array;
}

function leanCore(): CoreModel {
  const original = require(DIST + 'languages/cur/models/eng-core-web-model.json') as CoreModel;
  // The JSON module object is shared by every loader in this thread: copy what gets changed or
  // grown (wink appends unseen words to the feature lists), share the rest (strings, tables).
  const features: Record<string, Features> = {};
  for (const f in original.features) features[f] = { ...original.features[f], list: [...original.features[f].list] };
  const model: CoreModel = { ...original, packing: { ...original.packing }, features };
  const { packing, pos } = model;
  model.lexicon = words32(original.lexicon as string);
  model.xpansions = words32(original.xpansions as string);
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

function words32(base64: string): Uint32Array {
  const bytes = Buffer.from(base64, 'base64');
  // A fresh, aligned copy: Buffer may sit at any offset of a shared pool.
  return new Uint32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
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

/** The model object winkNLP() takes, with a lean core and no NER, sentiment or negation. */
export function leanModel(): unknown {
  const model = Object.create(null);
  model.core = leanCore;
  model.sbd = require(DIST + 'load-sbd-model.js');
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
  model.addons.lemmatize = require(DIST + 'lemmatize.js');
  model.addons.readabilityStats = (...args: unknown[]) => (require(DIST + 'readability-stats.js') as (...a: unknown[]) => unknown)(...args);
  model.addons.wordVectors = undefined;
  return model;
}
