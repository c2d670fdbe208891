// Inter-annotator agreement on the event sequence: 18 gold documents were annotated a second
// time, independently and from the guidelines alone (bench/agreement/<name>.sequence.json);
// this prints the same LCS F1 that `npm run eval` gives our sequences, between the two
// annotations, and ours on the same documents. Run: node bench/agreement.js (after npm run build).
import { readdirSync, readFileSync } from 'node:fs';
import { extract } from '../dist/index.js';
import { lcs, timelineLemmas } from '../dist/eval/score.js';
import { sequenceLemmas } from '../dist/eval/gold.js';

const sum = { second: [0, 0, 0], ours: [0, 0, 0] };
const add = (k, a, g) => {
  sum[k][0] += lcs(a, g);
  sum[k][1] += a.length;
  sum[k][2] += g.length;
};
const files = readdirSync('bench/agreement').filter((f) => f.endsWith('.sequence.json')).sort();
for (const file of files) {
  const name = file.replace('.sequence.json', '');
  const gold = sequenceLemmas(JSON.parse(readFileSync(`bench/gold/${name}.gold.json`, 'utf8')));
  const second = sequenceLemmas(JSON.parse(readFileSync(`bench/agreement/${file}`, 'utf8')));
  const ours = timelineLemmas(extract(readFileSync(`bench/gold/${name}.txt`, 'utf8'), { source: name }));
  add('second', second, gold);
  add('ours', ours, gold);
}
const f1 = ([common, a, g]) => ((2 * common) / (a + g)).toFixed(3);
console.log(`sequence F1 against the gold set on ${files.length} documents:`);
console.log(`  second annotator  ${f1(sum.second)}`);
console.log(`  press-extract     ${f1(sum.ours)}`);
