/** The one wink-nlp instance, loaded on first use (the model load is ~200 ms). */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

type Wink = ReturnType<typeof winkNLP>;
let instance: Wink | null = null;

export function wink(): Wink {
  if (!instance) instance = winkNLP(model, ['sbd', 'pos']);
  return instance;
}
