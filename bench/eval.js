// `npm run eval`: extraction quality in one table — the project's gold set (bench/gold), the
// MEANTIME peer benchmark (bench/meantime), and compromise as the baseline on the same texts.
// `--check` exits 1 when a figure falls below its floor in bench/floors.json (CI runs it).
// `--json FILE` also writes the figures as JSON.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { extract } from '../dist/index.js';
import { evaluate, goldPairs } from '../dist/eval/evaluate.js';
import { prf } from '../dist/eval/score.js';
import { normalise } from '../dist/eval/gold.js';

const require = createRequire(import.meta.url);
const nlp = require('compromise');
const args = process.argv.slice(2);
const check = args.includes('--check');
const jsonOut = args.includes('--json') ? args[args.indexOf('--json') + 1] : null;
const started = Date.now();

// ---- compromise as an extractor with the same Result shape (entities only) ----
const SPAN_TRIM = /^[\s\p{P}]+|[\s\p{P}]+$/gu;
function compromiseSpans(text) {
  const doc = nlp(text);
  const out = [];
  for (const [type, view] of [['person', doc.people()], ['place', doc.places()], ['organization', doc.organizations()]]) {
    for (const m of view.json({ offset: true })) {
      const o = m.offset;
      if (!o) continue;
      let s = text.slice(o.start, o.start + o.length);
      const lead = s.length - s.replace(/^[\s\p{P}]+/u, '').length;
      s = s.replace(SPAN_TRIM, '');
      if (!s) continue;
      out.push({ type, start: o.start + lead, end: o.start + lead + s.length, text: s });
    }
  }
  return out;
}
function compromiseResult(text, source) {
  const byKey = new Map();
  for (const sp of compromiseSpans(text)) {
    const key = `${sp.type}:${normalise(sp.text)}`;
    if (!byKey.has(key)) byKey.set(key, { id: `${sp.type}-${byKey.size + 1}`, type: sp.type, name: sp.text, subtype: null, within: null, aliases: [], mentions: [] });
    byKey.get(key).mentions.push({ text: sp.text, start: sp.start, end: sp.end, sentence: 0 });
  }
  return { schema: 'press-extract/1', source, stats: { chars: text.length, sentences: 0, tokens: 0 }, dateline: null, entities: [...byKey.values()], titles: [], events: [], errors: [] };
}

// ---- gold set (tuned on) and held-out set (never tuned on) ----
const { pairs } = goldPairs('bench/gold', []);
const ours = evaluate(pairs);
const base = evaluate(pairs, compromiseResult);
const held = existsSync('bench/heldout') ? goldPairs('bench/heldout', []).pairs : [];
const heldOurs = held.length ? evaluate(held) : null;
const heldBase = held.length ? evaluate(held, compromiseResult) : null;

// ---- MEANTIME ----
const TYPE_OF = { person: 'PER', organization: 'ORG', place: 'LOC' };
const NOT_NAMES = new Set(['person.title-reference', 'organization.group-reference', 'organization.demonym-group']);
const meantimePath = 'bench/meantime/meantime-airbus-apple.jsonl';
const mt = { named: { tp: 0, fp: 0, fn: 0 }, namedBase: { tp: 0, fp: 0, fn: 0 }, trig: { tp: 0, fp: 0, fn: 0 }, trigBase: { tp: 0, fp: 0, fn: 0 }, agree: 0, links: 0, linksBase: 0, agreeBase: 0 };
let meantimeDocs = 0;
function spanScore(gold, pred, counts, overlap) {
  const used = new Set();
  let tp = 0;
  for (const g of gold) {
    const k = pred.findIndex((p, i) => !used.has(i) && p.type === g.type && (overlap ? p.start < g.end && g.start < p.end : p.start === g.start && p.end === g.end));
    if (k >= 0) {
      used.add(k);
      tp++;
    }
  }
  counts.tp += tp;
  counts.fp += pred.length - tp;
  counts.fn += gold.length - tp;
  return used;
}
if (existsSync(meantimePath)) {
  for (const line of readFileSync(meantimePath, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const d = JSON.parse(line);
    meantimeDocs++;
    const r = extract(d.text, { source: d.doc_id, explain: true });
    // MEANTIME annotates only the first sentences of each article: score inside that region.
    const annotatedEnd = Math.max(...[...d.entity_mentions, ...d.event_mentions, ...d.timex3].map((m) => m.end ?? 0));
    const stop = d.text.slice(annotatedEnd).search(/[.!?]["”]?(\s|$)/);
    const cutoff = stop === -1 ? d.text.length : annotatedEnd + stop + 1;
    const inside = (m) => m.end <= cutoff;
    const goldNamed = d.entity_mentions.filter((m) => ['PER', 'ORG', 'LOC'].includes(m.type) && ['NAM', 'PRE.NAM'].includes(m.syntactic_type));
    const dedupe = (list) => [...new Map(list.map((m) => [`${m.type}:${m.start}:${m.end}`, m])).values()];
    const goldSpans = dedupe(goldNamed.map((m) => ({ type: m.type, start: m.start, end: m.end })));
    const ourSpans = dedupe(r.entities.filter((e) => TYPE_OF[e.type]).flatMap((e) => e.mentions.filter((m) => !NOT_NAMES.has(m.rule) && inside(m)).map((m) => ({ type: TYPE_OF[e.type], start: m.start, end: m.end }))));
    spanScore(goldSpans, ourSpans, mt.named, false);
    const baseSpans = dedupe(compromiseSpans(d.text).filter(inside).map((s) => ({ type: TYPE_OF[s.type], start: s.start, end: s.end })));
    spanScore(goldSpans, baseSpans, mt.namedBase, false);
    // Event triggers (span overlap), and order agreement on gold BEFORE/AFTER links.
    const goldEv = d.event_mentions.map((m) => ({ type: 'E', start: m.start, end: m.end, id: m.m_id }));
    // In text order, so the greedy span matching does not depend on the events' time order.
    const ourEv = r.events.filter((e) => inside(e.trigger)).map((e) => ({ type: 'E', start: e.trigger.start, end: e.trigger.end, order: e.order })).sort((x, y) => x.start - y.start);
    spanScore(goldEv, ourEv, mt.trig, true);
    const verbs = nlp(d.text).verbs().json({ offset: true }).map((v) => ({ type: 'E', start: v.offset.start, end: v.offset.start + v.offset.length })).filter(inside);
    spanScore(goldEv, verbs, mt.trigBase, true);
    const orderOf = new Map();
    for (const g of goldEv) {
      const hit = ourEv.find((p) => p.start < g.end && g.start < p.end);
      if (hit) orderOf.set(g.id, hit.order);
    }
    for (const rel of d.relations) {
      if (rel.kind !== 'TLINK' || (rel.reltype !== 'BEFORE' && rel.reltype !== 'AFTER')) continue;
      const a = orderOf.get(rel.source);
      const b = orderOf.get(rel.target);
      if (a === undefined || b === undefined) continue;
      mt.links++;
      if ((rel.reltype === 'BEFORE' && a < b) || (rel.reltype === 'AFTER' && a > b)) mt.agree++;
    }
  }
}

// ---- the table ----
const f = (x) => (x === null || x === undefined ? '—' : x.toFixed(3));
const g = ours.metrics;
const b = base.metrics;
const rows = [
  ['gold.people.f1', 'person F1 (gold set)', g.people.f1, b.people.f1, 0.92],
  ['gold.people.precision', '  person precision', g.people.precision, b.people.precision, null],
  ['gold.people.recall', '  person recall', g.people.recall, b.people.recall, null],
  ['gold.titles.f1', 'title pairs F1 (holder, role)', g.titles.f1, null, 0.85],
  ['gold.organizations.f1', 'organization F1 (gold set)', g.organizations.f1, b.organizations.f1, 0.85],
  ['gold.places.f1', 'place F1 (gold set)', g.places.f1, b.places.f1, 0.88],
  ['gold.events.f1', 'named-event F1 (gold set)', g.events.f1, null, null],
  ['gold.sequence.f1', 'event sequence F1 (LCS, gold set)', g.sequence.f1, null, 0.7],
  ['heldout.people.f1', 'person F1 (held-out set)', heldOurs?.metrics.people.f1, heldBase?.metrics.people.f1, 0.92],
  ['heldout.titles.f1', 'title pairs F1 (held-out set)', heldOurs?.metrics.titles.f1, null, 0.85],
  ['heldout.organizations.f1', 'organization F1 (held-out set)', heldOurs?.metrics.organizations.f1, heldBase?.metrics.organizations.f1, 0.85],
  ['heldout.places.f1', 'place F1 (held-out set)', heldOurs?.metrics.places.f1, heldBase?.metrics.places.f1, 0.88],
  ['heldout.sequence.f1', 'event sequence F1 (held-out set)', heldOurs?.metrics.sequence.f1, null, 0.7],
  ['meantime.named.f1', 'MEANTIME named mentions F1 (exact)', meantimeDocs ? prf(mt.named).f1 : null, meantimeDocs ? prf(mt.namedBase).f1 : null, 0.75],
  ['meantime.named.precision', '  named precision', meantimeDocs ? prf(mt.named).precision : null, meantimeDocs ? prf(mt.namedBase).precision : null, null],
  ['meantime.named.recall', '  named recall', meantimeDocs ? prf(mt.named).recall : null, meantimeDocs ? prf(mt.namedBase).recall : null, null],
  ['meantime.triggers.f1', 'MEANTIME event triggers F1 (overlap)', meantimeDocs ? prf(mt.trig).f1 : null, meantimeDocs ? prf(mt.trigBase).f1 : null, 0.6],
  ['meantime.order.agreement', `MEANTIME order agreement (${mt.links} links)`, mt.links ? mt.agree / mt.links : null, null, 0.8],
];
const floors = JSON.parse(readFileSync('bench/floors.json', 'utf8'));
const w = Math.max(...rows.map((r) => r[1].length));
const lines = [`quality on ${ours.documents} gold documents, ${held.length} held-out documents and ${meantimeDocs} MEANTIME documents (compromise column: nlp().people()/places()/organizations(); triggers: verbs())`, ''];
lines.push(`${'metric'.padEnd(w)}  ${'ours'.padStart(6)}  ${'compromise'.padStart(10)}  ${'target'.padStart(6)}  ${'floor'.padStart(6)}`);
const failures = [];
for (const [key, label, o, c, t] of rows) {
  const floor = floors[key];
  lines.push(`${label.padEnd(w)}  ${f(o).padStart(6)}  ${f(c).padStart(10)}  ${(t === null ? '' : f(t)).padStart(6)}  ${(floor === undefined ? '' : f(floor)).padStart(6)}`);
  if (floor !== undefined && o !== null && o !== undefined && o < floor) failures.push(`${key} = ${f(o)} is below its floor ${f(floor)}`);
}
lines.push('', `(${((Date.now() - started) / 1000).toFixed(1)} s)`);
console.log(lines.join('\n'));
if (jsonOut) writeFileSync(jsonOut, JSON.stringify({ rows: rows.map(([key, label, o, c, t]) => ({ key, label, ours: o, compromise: c, target: t })) }, null, 2) + '\n');
if (failures.length) {
  for (const m of failures) console.error(`eval: ${m}`);
  if (check) process.exit(1);
}
