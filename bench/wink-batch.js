// One process of the bench's parallel ceiling: wink-nlp's readDoc (default pipeline) over the
// records of a JSONL file, nothing else. `node bench/wink-batch.js FILE` reads them all; the bench
// runs one such process on the whole batch and N at once on N parts of it, which shows how much
// N cores give a workload that shares nothing (not a heap, not a message) on this machine.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const winkNLP = require('wink-nlp');
const nlp = winkNLP(require('wink-eng-lite-web-model'));
let tokens = 0;
for (const line of readFileSync(process.argv[2], 'utf8').split('\n')) {
  if (line.trim()) tokens += nlp.readDoc(JSON.parse(line).text).tokens().length();
}
if (tokens === 0) process.exit(1);
