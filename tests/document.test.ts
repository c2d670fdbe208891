import { describe, it, expect } from 'vitest';
import { tokenize } from '../dist/document/tokenize.js';
import { decodeInput, InputError } from '../dist/document/read.js';
import { tokenAt, NO_TOKEN } from '../dist/document/token-at.js';

describe('tokenize: offsets into the input as read', () => {
  it('keeps every token equal to its slice', () => {
    const text = 'Park named after General Leader Heydər Əliyev.\r\nMr. O\u2019Brien\u2019s \u201cbook\u201d can\'t\u00a0wait,\tJ. Michael Luttig said.';
    const doc = tokenize(text);
    for (const t of doc.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('parts a caption from the credit label glued to it ("Jo JorgensenImage: …"), the label on a line of its own', () => {
    const text = 'Jo JorgensenImage: Jo Jorgensen for President.\nPhil CollinsPhoto: Party.\nThe Image: it stays. GIMPImage: one.';
    const doc = tokenize(text);
    for (const t of doc.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    const words = doc.tokens.map((t) => t.text);
    expect(words.slice(0, 4)).toEqual(['Jo', 'Jorgensen', 'Image', ':']);
    expect(words).toContain('Collins');
    expect(words).toContain('Photo');
    expect(words).toContain('GIMPImage'); // no lower-case letter before the label: no caption
    const label = doc.tokens[2];
    expect(label.lineBefore).toBe(true);
    expect(label.sentence).toBeGreaterThan(doc.tokens[1].sentence);
    expect(doc.tokens[1].lemma).toBe('jorgensen');
  });

  it('merges words that wink-nlp splits on letters outside Latin-1', () => {
    const doc = tokenize('A park named after Heydər Əliyev and Nguyễn Thị Minh Khai.');
    const words = doc.tokens.map((t) => t.text);
    expect(words).toContain('Heydər');
    expect(words).toContain('Əliyev');
    expect(words).toContain('Nguyễn');
    expect(words).toContain('Thị');
    expect(words).not.toContain('ə');
  });

  it('splits sentences at line breaks so headlines stand alone', () => {
    const doc = tokenize('Justice Department Honors Director\n\n2018-04-13\n\nToday, the Department met.');
    expect(doc.sentences.length).toBe(3);
    expect(doc.text.slice(doc.sentences[1].start, doc.sentences[1].end)).toBe('2018-04-13');
  });

  const sentencesOf = (text: string) => {
    const doc = tokenize(text);
    return doc.sentences.map((s) => text.slice(s.start, s.end));
  };

  it('ends a sentence at terminal punctuation, keeping its closing quote and opening the next quote', () => {
    expect(sentencesOf('The jury convicted him. He faces ten years! Was it fair? No.')).toEqual(['The jury convicted him.', 'He faces ten years!', 'Was it fair?', 'No.']);
    expect(sentencesOf('"We will act," he said. "That is our duty." Smith agreed.')).toEqual(['"We will act," he said.', '"That is our duty."', 'Smith agreed.']);
    expect(sentencesOf('The fund closed (it had opened in 2010.) Then it reopened.')).toEqual(['The fund closed (it had opened in 2010.)', 'Then it reopened.']);
  });

  it('ends a sentence after an abbreviation only before a capitalised function word', () => {
    expect(sentencesOf('He worked for Tyson Foods Inc. The company paid. She moved to Washington, D.C. According to records, she left.')).toEqual([
      'He worked for Tyson Foods Inc.',
      'The company paid.',
      'She moved to Washington, D.C.',
      'According to records, she left.',
    ]);
    // Not before a name or a title word, nor after an initial, nor after a title before a name.
    expect(sentencesOf('U.S. Attorney John J. Smith met Mr. Keith and Dr. Who in St. Louis at 9 a.m. Tuesday.')).toHaveLength(1);
  });

  it('does not end a sentence before a lower-case word or a comma (ellipses, "et al.", web addresses)', () => {
    expect(sentencesOf('He said the deal would . . . hurt buyers.')).toHaveLength(1);
    expect(sentencesOf('United States v. Acme Corp., et al., No. 15-1234, was filed.')).toHaveLength(1);
    expect(sentencesOf('Details are at www.justice.gov/usao and Backpage.com was seized.')).toHaveLength(1);
    expect(sentencesOf('Awardees include the Wisconsin Dept. of Justice and the Ohio Dept. of Health.')).toHaveLength(1);
  });

  it('handles CRLF, tabs and non-breaking spaces without shifting offsets', () => {
    const text = 'The delegation\r\n\tmet\u00a0Igor Babushkin\r\non Tuesday.';
    const doc = tokenize(text);
    const igor = doc.tokens.find((t) => t.text === 'Igor')!;
    expect(text.slice(igor.start, igor.end)).toBe('Igor');
    expect(igor.start).toBe(text.indexOf('Igor'));
  });
});

describe('decodeInput: bytes to text', () => {
  const bytes = (s: string) => new TextEncoder().encode(s);
  it('drops a leading BOM so offsets start at the text', () => {
    expect(decodeInput(bytes('\ufeffHello world'))).toBe('Hello world');
  });
  it('rejects invalid UTF-8 with the offset of the bad byte', () => {
    const bad = new Uint8Array([0x48, 0x69, 0x20, 0xff, 0x20, 0x41]);
    expect(() => decodeInput(bad)).toThrow(/not valid UTF-8 \(first bad byte at offset 3\)/);
  });
  it('rejects binary input', () => {
    expect(() => decodeInput(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]))).toThrow(InputError);
  });
  it('rejects empty and whitespace-only input', () => {
    expect(() => decodeInput(bytes(''))).toThrow(/empty/);
    expect(() => decodeInput(bytes(' \n\t '))).toThrow(/empty/);
  });
  it('rejects input over the size limit', () => {
    expect(() => decodeInput(bytes('abc def'), 3)).toThrow(/larger than the limit/);
  });
});

describe('words that are names of JavaScript object members', () => {
  it('do not break the lexicon lookups', async () => {
    const { extract } = await import('../dist/index.js');
    const text = 'The constructor toString valueOf hasOwnProperty __proto__ said Gov. Constructor met Mr. Valueof in Toledo.';
    const r = extract(text);
    expect(r.errors).toEqual([]);
    expect(r.entities.some((e) => e.type === 'place' && e.name === 'Toledo')).toBe(true);
  });
});

describe('the lean wink model loader', () => {
  it('gives the same tokens, tags, lemmas and lexicon ids as the package loader', async () => {
    const { createRequire } = await import('node:module');
    const { readFileSync, readdirSync } = await import('node:fs');
    const require = createRequire(import.meta.url);
    const { wink } = await import('../dist/document/nlp.js');
    // Our pipeline is ['pos'] (sentences: src/document/sentence-breaks.ts); wink tags the same
    // with or without its sentence detector.
    const reference = require('wink-nlp')(require('wink-eng-lite-web-model'), ['sbd', 'pos']);
    const lean = wink();
    const texts = [readFileSync('fixtures/xerxes-media-forum.txt', 'utf8'), ...readdirSync('fixtures/corpus/doj').filter((f) => f.endsWith('.txt')).map((f) => readFileSync(`fixtures/corpus/doj/${f}`, 'utf8'))];
    for (const text of texts) {
      for (const its of ['value', 'pos', 'lemma', 'type'] as const) {
        expect(lean.readDoc(text).tokens().out(lean.its[its])).toEqual(reference.readDoc(text).tokens().out(reference.its[its]));
      }
    }
    // Intrinsic lexicon ids decide which words are "known": both loaders must agree.
    const probe = 'the governor qxzqxzunseen delegation';
    expect(lean.readDoc(probe).tokens().out(lean.its.uniqueId).slice(0, 2)).toEqual(reference.readDoc(probe).tokens().out(reference.its.uniqueId).slice(0, 2));
  });

  it('still stems and gives readability, though those addons are loaded on first use', async () => {
    const { createRequire } = await import('node:module');
    const require = createRequire(import.meta.url);
    const { wink } = await import('../dist/document/nlp.js');
    const reference = require('wink-nlp')(require('wink-eng-lite-web-model'), ['pos']);
    const lean = wink();
    const text = 'The cats were running quickly. Readability is easily measured.';
    expect(lean.readDoc(text).tokens().out(lean.its.stem)).toEqual(reference.readDoc(text).tokens().out(reference.its.stem));
    expect(lean.readDoc(text).out(lean.its.readabilityStats)).toEqual(reference.readDoc(text).out(reference.its.readabilityStats));
  });
});

describe('lemmas', () => {
  it('every token has one, also contractions wink gives none for ("dont", "cannot")', () => {
    const doc = tokenize('They dont know what happened. We cannot wait. Three were hospitalised.');
    for (const t of doc.tokens) expect(typeof t.lemma).toBe('string');
    expect(doc.tokens.find((t) => t.text === 'hospitalised')?.lemma).toBe('hospitalise');
  });
});

describe('lemmas worked out on first read', () => {
  it('are the lemmas wink gives, whether read at once or after other documents taught wink new words', async () => {
    const { readFileSync, readdirSync } = await import('node:fs');
    const { wink } = await import('../dist/document/nlp.js');
    const files = readdirSync('fixtures/corpus/doj').filter((f) => f.endsWith('.txt')).slice(0, 6);
    const texts = files.map((f) => readFileSync(`fixtures/corpus/doj/${f}`, 'utf8'));
    const unread = texts.map((text) => tokenize(text));
    const lemmasAtOnce = texts.map((text) => tokenize(text).tokens.map((t) => t.lemma));
    // Read only now, after every text (and its new words) went through wink.
    expect(unread.map((d) => d.tokens.map((t) => t.lemma))).toEqual(lemmasAtOnce);
    // And they are wink's own lemmas where our corrections do not apply (a word of one token,
    // not a verb wink leaves as it is, no British "-ise").
    const its = wink().its;
    const winkLemmas = wink().readDoc(texts[0]).tokens().out(its.lemma as unknown as typeof its.value) as string[];
    const winkValues = wink().readDoc(texts[0]).tokens().out(its.value) as string[];
    const byValue = new Map(winkValues.map((v, k) => [v, winkLemmas[k]]));
    let compared = 0;
    for (const t of unread[0].tokens) {
      const lemma = byValue.get(t.text);
      if (lemma === undefined || t.pos === 'VERB' || /is(e|ed|es|ing)$/.test(t.lower)) continue;
      expect(t.lemma).toBe(lemma);
      compared++;
    }
    expect(compared).toBeGreaterThan(200);
  });

  it('are the same when remembered from other documents as when worked out afresh', async () => {
    const { readFileSync, readdirSync } = await import('node:fs');
    const { forgetLemmas } = await import('../dist/document/token.js');
    const files = readdirSync('fixtures/corpus/doj').filter((f) => f.endsWith('.txt')).slice(0, 12);
    const texts = files.map((f) => readFileSync(`fixtures/corpus/doj/${f}`, 'utf8'));
    const afresh = texts.map((text) => {
      forgetLemmas();
      return tokenize(text).tokens.map((t) => `${t.text}/${t.pos}/${t.lemma}`);
    });
    // Now every text's words are remembered, most of them from other texts too.
    forgetLemmas();
    for (const text of [...texts].reverse()) for (const t of tokenize(text).tokens) void t.lemma;
    expect(texts.map((text) => tokenize(text).tokens.map((t) => `${t.text}/${t.pos}/${t.lemma}`))).toEqual(afresh);
  });
});

describe('tokenAt: neighbours at the ends of a document', () => {
  const { tokens } = tokenize('The court met.');
  it('returns the token inside the list', () => {
    expect(tokenAt(tokens, 0).text).toBe('The');
    expect(tokenAt(tokens, tokens.length - 1).text).toBe('.');
  });
  it('returns the empty token before the first and after the last', () => {
    for (const k of [-1, -2, tokens.length, tokens.length + 3]) {
      const t = tokenAt(tokens, k);
      expect(t).toBe(NO_TOKEN);
      expect([t.text, t.lower, t.pos, t.lemma]).toEqual(['', '', '', '']);
      expect(t.lower === 'the').toBe(false);
    }
  });
  it('has the fields of a token, in the same order (one hidden class for both)', () => {
    expect(Object.keys(NO_TOKEN)).toEqual(Object.keys(tokens[0]));
  });
});
