/**
 * The one wink-nlp instance of this thread, loaded on first use: the model costs ~200 ms and
 * tens of MB, so a thread that never tokenizes (the CLI's main thread in a batch) never loads it.
 */
import { createRequire } from 'node:module';
import type winkNLPType from 'wink-nlp';
import { leanModel } from './wink-model.js';

type Wink = ReturnType<typeof winkNLPType>;
const require = createRequire(import.meta.url);
let instance: Wink | null = null;

/**
 * wink appends every word it has not seen to its lexicon and never forgets it, so one instance
 * grows with the number of documents it reads. After this many documents the instance is
 * replaced (~0.15 s), which keeps a long batch's memory flat.
 */
const DOCUMENTS_PER_INSTANCE = 5000;
let documents = 0;

/** The instance to read one more document with. */
export function winkForDocument(): Wink {
  if (++documents > DOCUMENTS_PER_INSTANCE) {
    documents = 1;
    instance = null;
  }
  return wink();
}

export function wink(): Wink {
  if (!instance) {
    const winkNLP = require('wink-nlp') as typeof winkNLPType;
    // No 'sbd': sentences are found by sentence-breaks.ts, at a fraction of the cost.
    instance = winkNLP(leanModel() as Parameters<typeof winkNLPType>[0], ['pos']);
  }
  return instance;
}
