/** The one wink-nlp instance, loaded on first use (the model load is ~200 ms). */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

type Wink = ReturnType<typeof winkNLP>;
let instance: Wink | null = null;
let intrinsic = 0;

export function wink(): Wink {
  if (!instance) {
    instance = winkNLP(model, ['sbd', 'pos']);
    // wink appends unseen words after its own lexicon: the first unseen word's id is the size.
    intrinsic = instance.readDoc('qxzqxzqxzunseen').tokens().out(instance.its.uniqueId)[0] as unknown as number;
  }
  return instance;
}

/** Lexeme ids below this are words of wink's own lexicon. */
export function lexiconSize(): number {
  wink();
  return intrinsic;
}
