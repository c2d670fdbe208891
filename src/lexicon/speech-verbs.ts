/** Verbs of saying: a capitalised name next to one is a person ("said Smith", "Jones noted"). */
export const SPEECH_VERBS = new Set([
  'said', 'says', 'told', 'tells', 'noted', 'notes', 'added', 'adds', 'stated', 'states',
  'explained', 'explains', 'announced', 'announces', 'remarked', 'commented', 'argued', 'wrote',
  'writes', 'asked', 'asks', 'replied', 'insisted', 'emphasized', 'emphasised', 'stressed',
  'thanked', 'warned', 'testified', 'admitted', 'acknowledged', 'claimed', 'recalled', 'tweeted',
]);

/** Verbs that precede their speaker in quotes ("…, said Smith"); "told Smith" names the listener. */
export const INVERTED_SPEECH_VERBS = new Set(['said', 'says', 'added', 'adds', 'noted', 'stated', 'explained', 'wrote', 'continued', 'remarked', 'commented', 'according']);
