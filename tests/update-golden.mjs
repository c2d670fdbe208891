// Regenerates the golden outputs of every fixture after an intended change of behaviour:
//   npm run golden        (then review `git diff fixtures/` before committing)
import { readFileSync, writeFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../dist/index.js';
import { toJson } from '../dist/output/json.js';
import { csvHeader, toCsvRows } from '../dist/output/csv.js';
import { CSV_TABLES } from '../dist/output/csv-tables.js';

export function fixtureTexts(dir = 'fixtures') {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...fixtureTexts(full));
    else if (name.endsWith('.txt')) out.push(full);
  }
  return out;
}

export function goldenJson(path) {
  return toJson(extract(readFileSync(path, 'utf8'), { source: path }));
}

export function goldenCsv(path, table) {
  const result = extract(readFileSync(path, 'utf8'), { source: path });
  return csvHeader(table) + toCsvRows(result, table);
}

if (process.argv[1] && process.argv[1].endsWith('update-golden.mjs')) {
  for (const path of fixtureTexts()) {
    writeFileSync(path.replace(/\.txt$/, '.golden.json'), goldenJson(path));
    console.log(`wrote ${path.replace(/\.txt$/, '.golden.json')}`);
  }
  const ref = 'fixtures/xerxes-media-forum.txt';
  for (const table of CSV_TABLES) writeFileSync(ref.replace(/\.txt$/, `.golden.${table}.csv`), goldenCsv(ref, table));
  console.log('wrote the CSV tables of fixtures/xerxes-media-forum.txt');
}
