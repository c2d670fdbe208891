/**
 * One token of a document (tokenize.ts makes them): its text, exact UTF-16 offsets, sentence,
 * tag and lemma.
 *
 * The lemma is worked out when it is first read. wink-nlp lemmatizes a word it does not know
 * from scratch at every token, which is most of what reading a token's data costs, and the
 * rules read the lemma of about one token in ten (mostly verbs). So a token keeps where its
 * lemma comes from (wink's document data and its index there) until then. wink's cache only
 * grows while a batch runs, and a document's words are all in it once the document is read,
 * so a lemma read later is the one read at once.
 */
import { isLexiconWord, type WinkRawData } from './wink-model.js';

/** wink's its.lemma: a token's lemma, by its index in wink's document data. */
export type WinkLemmaOf = (k: number, rdd: WinkRawData['rdd'], addons: unknown) => string;

/** Where a token's lemma comes from until it is read. */
export interface LemmaSource {
  raw: WinkRawData;
  lemmaOf: WinkLemmaOf;
}

export class Token {
  /** The lemma once worked out or set; null before. */
  private lemmaKnown: string | null;

  constructor(
    /** Index in Document.tokens. */
    public i: number,
    public text: string,
    /** Lower-cased text. */
    public lower: string,
    public start: number,
    public end: number,
    /** 0-based sentence index. */
    public sentence: number,
    /** Universal POS tag from wink-nlp. */
    public pos: string,
    /** True when whitespace precedes the token (or it starts the text). */
    public spaceBefore: boolean,
    /** True when a line break precedes the token. */
    public lineBefore: boolean,
    /** Where the lemma comes from; null when it is given. */
    private readonly lemmaSource: LemmaSource | null,
    /** The token's index in wink's document data. */
    private readonly winkIndex: number,
    lemma: string | null,
  ) {
    this.lemmaKnown = lemma;
  }

  /** Lemma from wink-nlp ("met" → "meet"), with the corrections of lemmaFromWink(). */
  get lemma(): string {
    return (this.lemmaKnown ??= this.lemmaFromWink());
  }

  set lemma(lemma: string) {
    this.lemmaKnown = lemma;
  }

  private lemmaFromWink(): string {
    const source = this.lemmaSource;
    if (!source) return this.lower;
    const known = lemmasOfTag(this.pos);
    let lemma = known.get(this.text);
    if (lemma === undefined) {
      const winkLemma = source.lemmaOf(this.winkIndex, source.raw.rdd, source.raw.addons);
      lemma = this.pos === 'VERB' && winkLemma === this.lower ? unknownVerbLemma(this.lower) : britishSpelling(this.lower, winkLemma ?? this.lower);
      if (known.size >= LEMMA_MEMO_LIMIT) known.clear();
      known.set(this.text, lemma);
    }
    return lemma;
  }
}

/**
 * Lemmas worked out so far, by tag and then by the token's text as written (wink's lexicon is
 * case sensitive). wink's lemma of a word depends on nothing else: its lemmatizer consults only
 * wink's own lexicon, never the words wink learns while a batch runs, and so do our corrections.
 * The same verbs and nouns come back in every release, so most lemmas are read from here. A
 * tag's map is emptied when it reaches LEMMA_MEMO_LIMIT words, which bounds memory in any batch.
 */
const LEMMAS_BY_TAG = new Map<string, Map<string, string>>();
const LEMMA_MEMO_LIMIT = 20_000;

function lemmasOfTag(pos: string): Map<string, string> {
  let known = LEMMAS_BY_TAG.get(pos);
  if (!known) LEMMAS_BY_TAG.set(pos, (known = new Map()));
  return known;
}

/** The base of an -ed or -ing form: the first usual stem that is a word of wink's lexicon. */
export function verbStem(lower: string): string | null {
  const m = /^(.{3,}?)(ed|ing)$/.exec(lower);
  if (!m) return null;
  const stem = m[1];
  const candidates = m[2] === 'ed' ? [stem + 'e', stem, stem.slice(0, -1), `${stem.slice(0, -1)}y`] : [stem, stem + 'e', stem.slice(0, -1)];
  // A doubled final consonant is undone only when doubled ("planned" → "plan", not "fill" → "fil").
  return candidates.find((c, n) => isLexiconWord(c) && !(n === 2 && stem.at(-1) !== stem.at(-2))) ?? null;
}

/**
 * wink leaves the past and -ing forms of verbs it does not know as they are ("texted"): the
 * base is the first of the usual stems that is a word of wink's lexicon ("text").
 */
function unknownVerbLemma(lower: string): string {
  if (isLexiconWord(lower)) return lower;
  return verbStem(lower) ?? lower;
}

/** wink spells every lemma the American way; keep the text's "-ise" ("hospitalised" → "hospitalise"). (wink has no lemma for "dont" or "cannot": the word stands.) */
function britishSpelling(lower: string, lemma: string): string {
  return lemma.endsWith('ize') && /is(e|ed|es|ing)$/.test(lower) ? lemma.slice(0, -3) + 'ise' : lemma;
}

/** Empties the lemmas worked out so far (tests compare lemmas worked out afresh with remembered ones). */
export function forgetLemmas(): void {
  LEMMAS_BY_TAG.clear();
}
