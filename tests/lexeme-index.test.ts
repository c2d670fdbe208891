import { describe, expect, it } from 'vitest';
import { lazyLexemeHash, WordListIndex } from '../dist/document/lexeme-index.js';

const words = ['the', 'governor', 'constructor', '__proto__', 'toString', 'Governor', '😊', 'a'];

describe('WordListIndex', () => {
  it('finds every word of its list at its position, and nothing else', () => {
    const index = new WordListIndex(words);
    words.forEach((w, k) => expect(index.indexOf(w)).toBe(k));
    for (const absent of ['', 'gov', 'governors', 'GOVERNOR', 'valueOf', 'hasOwnProperty', 'th']) expect(index.indexOf(absent)).toBe(-1);
  });

  it('keeps a large list apart: every one of 50,000 words is found at its own id', () => {
    const many = Array.from({ length: 50000 }, (_, k) => `w${k.toString(36)}`);
    const index = new WordListIndex(many);
    for (let k = 0; k < many.length; k += 7) expect(index.indexOf(many[k])).toBe(k);
    expect(index.indexOf('w')).toBe(-1);
  });
});

describe('lazyLexemeHash', () => {
  it('reads as { word: id } for the listed words and undefined for the rest, as wink expects', () => {
    const hash = lazyLexemeHash(new WordListIndex(words));
    expect(hash.governor).toBe(1);
    expect(hash.governor).toBe(1);
    expect(hash['__proto__']).toBe(3);
    expect(hash.constructor).toBe(2);
    expect(hash.valueOf).toBeUndefined();
    expect(hash.unseen).toBeUndefined();
  });

  it('holds what wink adds, over an absent word it was asked for before', () => {
    const hash = lazyLexemeHash(new WordListIndex(words));
    expect(hash.qxz).toBeUndefined();
    hash.qxz = 8;
    expect(hash.qxz).toBe(8);
    hash.fresh = 9;
    expect(hash.fresh).toBe(9);
    expect(hash.the).toBe(0);
  });

  it('gives each instance its own words: what one learns, another does not see', () => {
    const index = new WordListIndex(words);
    const one = lazyLexemeHash(index);
    const two = lazyLexemeHash(index);
    one.learnt = 8;
    expect(two.learnt).toBeUndefined();
    expect(two.the).toBe(0);
  });

  it('takes every word at once after so many first sightings, and then holds no Proxy', () => {
    const hash = lazyLexemeHash(new WordListIndex(words), 3);
    expect(hash.the).toBe(0);
    expect(hash.qxz).toBeUndefined();
    expect(Object.getPrototypeOf(hash)).not.toBeNull(); // still the Proxy
    expect(hash.governor).toBe(1); // the third sighting
    expect(Object.getPrototypeOf(hash)).toBeNull();
    expect(Object.keys(hash).sort()).toEqual([...words, 'qxz'].sort());
    words.forEach((w, k) => expect(hash[w]).toBe(k));
    expect(hash.qxz).toBeUndefined();
    expect(hash.unseen).toBeUndefined();
    hash.unseen = 9;
    expect(hash.unseen).toBe(9);
  });
});
