/**
 * wink's lexeme index (word → id), filled in as words are asked for instead of at start-up.
 *
 * wink looks every token up as `hash[word]` in an object holding all 87,593 words of its
 * lexicon. Building that object costs a cold start ~90 ms (a third of loading the model), and a
 * document asks for a few hundred of its words. Here the object starts empty; its prototype is
 * a Proxy that answers a word it does not yet hold from a compact bucket index of the lexicon
 * list and copies the answer onto the object, so the next ask is an ordinary own-property read
 * (the hot path wink's code was compiled for). A word not in the lexicon is copied as
 * `undefined`, which wink reads as "absent" and overwrites when it learns the word.
 *
 * A first sighting through the Proxy costs ~2 µs, against ~0.05 µs for an own property, and a
 * batch keeps meeting new words (names, numbers) for as long as it runs. So once a thread has
 * had MATERIALIZE_AFTER first sightings (a batch, some 50-100 releases in), the object takes
 * every lexicon word at once (~60 ms, what wink's own loader spends at every start) and drops
 * the Proxy: from then on it is the plain object wink's loader builds.
 */

/** First sightings before the whole lexicon is copied on (the reference release makes 477). */
export const MATERIALIZE_AFTER = 8192;

/** 2^15 buckets: ~2.7 words each over wink's lexicon, ~2 string comparisons per ask. */
const BUCKET_BITS = 15;
const BUCKET_MASK = (1 << BUCKET_BITS) - 1;

function bucketOf(word: string): number {
  let h = word.length;
  for (let k = 0; k < word.length; k++) h = (h * 31 + word.charCodeAt(k)) | 0;
  return h & BUCKET_MASK;
}

/** Where each word of a fixed list is, by a hash of its letters: two typed arrays, no strings copied. */
export class WordListIndex {
  /** Ids of the words in bucket b are ids[start[b]] … ids[start[b + 1] - 1]. */
  private readonly start = new Int32Array(BUCKET_MASK + 2);
  private readonly ids: Int32Array;

  constructor(readonly words: readonly string[]) {
    const { start } = this;
    const buckets = new Int32Array(words.length);
    for (let k = 0; k < words.length; k++) {
      const b = bucketOf(words[k]);
      buckets[k] = b;
      start[b + 1]++;
    }
    for (let b = 1; b < start.length; b++) start[b] += start[b - 1];
    const next = start.slice();
    this.ids = new Int32Array(words.length);
    for (let k = 0; k < words.length; k++) this.ids[next[buckets[k]]++] = k;
  }

  /** The word's id (its position in the list), or -1. */
  indexOf(word: string): number {
    const b = bucketOf(word);
    const { ids, words } = this;
    for (let k = this.start[b], end = this.start[b + 1]; k < end; k++) {
      if (words[ids[k]] === word) return ids[k];
    }
    return -1;
  }
}

/**
 * A fresh `hash` object for wink's lexeme feature: reads as `{ [word]: id }` for every word of
 * `intrinsic`, and holds whatever wink adds to it. One per wink instance (wink writes to it).
 */
export function lazyLexemeHash(intrinsic: WordListIndex, materializeAfter = MATERIALIZE_AFTER): Record<string, number> {
  let sightings = 0;
  const lookup = new Proxy(Object.create(null) as object, {
    get(_target, word) {
      if (typeof word !== 'string') return undefined;
      if (++sightings >= materializeAfter) {
        materialize();
        return hash[word];
      }
      const id = intrinsic.indexOf(word);
      const value = id < 0 ? undefined : id;
      Object.defineProperty(hash, word, { value, writable: true, enumerable: true, configurable: true });
      return value;
    },
  });
  const hash = Object.create(lookup) as Record<string, number>;

  /** Every lexicon word not yet copied on, then no Proxy: a word absent now is absent. */
  function materialize(): void {
    Object.setPrototypeOf(hash, null);
    const { words } = intrinsic;
    for (let k = 0; k < words.length; k++) {
      if (!(words[k] in hash)) hash[words[k]] = k;
    }
  }
  return hash;
}
