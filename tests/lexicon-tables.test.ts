import { describe, it, expect } from 'vitest';
import { agoDate, MONTHS } from '../dist/events/dates.js';
import { VERB_TRIGGERS } from '../dist/events/trigger-lexicon.js';
import { singularTitleWord, isTitleWord } from '../dist/kinds/title/title-spans.js';
import { inCompromise } from '../dist/lexicon/compromise.js';
import { isCalendarWord, startsWithLetter } from '../dist/kinds/token-tests.js';
import { isRunWord } from '../dist/kinds/name-runs.js';
import { ByToken } from '../dist/link/by-token.js';
import { tokenize } from '../dist/document/tokenize.js';

// The lookup tables the rules ask at every token. They were rebuilt for speed (Maps instead of
// objects, one table per group of compromise classes, a plural table for titles); these pin
// down what they answer.

describe('word tables', () => {
  it('never answer with Object members for words from the text', () => {
    // A plain object found Object.prototype.constructor for "constructor": "constructor years
    // ago" was dated "NaN".
    expect(agoDate('constructor', 'years', '2020-05-01')).toBeNull();
    expect(agoDate('toString', 'days', '2020-05-01')).toBeNull();
    expect(agoDate('two', 'years', '2020-05-01')).toBe('2018');
    expect(MONTHS.get('constructor')).toBeUndefined();
    expect(VERB_TRIGGERS.get('__proto__')).toBeUndefined();
  });

  it('keep the British -ise forms added next to the -ize verbs', () => {
    expect(VERB_TRIGGERS.get('hospitalise')).toBe(VERB_TRIGGERS.get('hospitalize'));
  });
});

describe('plural title words', () => {
  it('map to their singular: -s, -ies and -men', () => {
    expect(singularTitleWord('attorneys')).toBe('attorney');
    expect(singularTitleWord('deputies')).toBe('deputy');
    expect(singularTitleWord('chairmen')).toBe('chairman');
    expect(isTitleWord('prosecutors')).toBe(true);
  });

  it('leave singulars and other words alone', () => {
    expect(singularTitleWord('attorney')).toBeNull();
    expect(singularTitleWord('documents')).toBeNull();
    expect(singularTitleWord('women')).toBeNull();
  });
});

describe("compromise's classes", () => {
  it('answer small and large classes of the same word', () => {
    // "baker": a word that is also a name (small table) and a common word (large table), asked
    // in turn, so that the answer kept for the last word never crosses tables.
    expect(inCompromise('personWord', 'baker')).toBe(true);
    expect(inCompromise('common', 'baker')).toBe(true);
    expect(inCompromise('personWord', 'baker')).toBe(true);
    expect(inCompromise('firstName', 'baker')).toBe(false);
    expect(inCompromise('city', 'baker')).toBe(false);
    expect(inCompromise('country', 'france')).toBe(true);
    expect(inCompromise('firstName', 'france')).toBe(false);
    expect(inCompromise('country', 'united states')).toBe(true);
  });

  it("take compromise's month and weekday forms into the calendar words", () => {
    const word = (text: string) => tokenize(text).tokens[0];
    expect(isCalendarWord(word('Tues'))).toBe(true);
    expect(isCalendarWord(word('Sept.'))).toBe(true);
    expect(isCalendarWord(word('Mondays'))).toBe(true);
    expect(isCalendarWord(word('Monroe'))).toBe(false);
  });
});

describe('token predicates with an ASCII fast path', () => {
  it('startsWithLetter answers ASCII and Unicode alike', () => {
    expect(startsWithLetter('Igor')).toBe(true);
    expect(startsWithLetter('əliyev')).toBe(true);
    expect(startsWithLetter('Əliyev')).toBe(true);
    expect(startsWithLetter('2019')).toBe(false);
    expect(startsWithLetter('"')).toBe(false);
    expect(startsWithLetter('')).toBe(false);
  });

  it('isRunWord leaves out addresses but keeps names with dots', () => {
    const words = tokenize('Justice.gov and @TheJusticeDept and U.S. and St. Louis').tokens;
    const at = (text: string) => words.find((t) => t.text === text);
    expect(isRunWord(at('Justice.gov'))).toBe(false);
    expect(isRunWord(at('U.S.'))).toBe(true);
    expect(isRunWord(at('St.'))).toBe(true);
    expect(isRunWord(at('Louis'))).toBe(true);
  });
});

describe('ByToken', () => {
  it('keeps lists by token index, in order of pushing', () => {
    const by = new ByToken<string>(10);
    by.push(3, 'a');
    by.push(3, 'b');
    by.push(9, 'c');
    expect(by.get(3)).toEqual(['a', 'b']);
    expect(by.get(4)).toBeUndefined();
    expect(by.get(12)).toBeUndefined();
  });
  it('sorts each list of more than one value in place', () => {
    const by = new ByToken<string>(10);
    for (const w of ['bb', 'a', 'ccc']) by.push(2, w);
    by.push(5, 'dddd');
    by.sortLists((x, y) => y.length - x.length);
    expect(by.get(2)).toEqual(['ccc', 'bb', 'a']);
    expect(by.get(5)).toEqual(['dddd']);
    expect(by.get(3)).toBeUndefined();
  });
});
