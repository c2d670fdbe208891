/** Checks one corpus example against extract(); returns what is wrong (empty when it holds). */
import { extract } from '../dist/index.js';
import type { CorpusExample } from '../dist/kinds/corpus-types.js';
import type { Entity, Result } from '../dist/index.js';

function byType(r: Result, type: Entity['type']): Entity[] {
  return r.entities.filter((e) => e.type === type);
}

function findEntity(r: Result, name: string, type?: Entity['type']): Entity | undefined {
  return r.entities.find((e) => (!type || e.type === type) && (e.name === name || e.aliases.includes(name)));
}

export function checkExample(ex: CorpusExample): string[] {
  const r = extract(ex.text);
  const problems: string[] = [];
  const names = (type: Entity['type']) => byType(r, type).map((e) => e.name);
  const want = (type: Entity['type'], list: string[] | undefined) => {
    for (const n of list ?? []) if (!names(type).includes(n)) problems.push(`missing ${type} "${n}" (found: ${JSON.stringify(names(type))})`);
  };
  const refuse = (type: Entity['type'], list: string[] | undefined) => {
    for (const n of list ?? []) {
      const hit = byType(r, type).find((e) => e.name === n || e.mentions.some((m) => m.text === n));
      if (hit) problems.push(`"${n}" must not be a ${type} (found ${hit.id} "${hit.name}")`);
    }
  };
  want('person', ex.people);
  want('organization', ex.organizations);
  want('place', ex.places);
  want('event', ex.events);
  refuse('person', ex.notPeople);
  refuse('organization', ex.notOrganizations);
  refuse('place', ex.notPlaces);
  const nameOf = (id: string | null) => (id ? r.entities.find((e) => e.id === id)?.name ?? id : null);
  const titleHit = (t: NonNullable<CorpusExample['titles']>[number]) =>
    r.titles.find(
      (x) =>
        x.title === t.title &&
        nameOf(x.person) === t.holder &&
        (t.organization === undefined || nameOf(x.organization) === t.organization) &&
        (t.place === undefined || nameOf(x.place) === t.place),
    );
  for (const t of ex.notTitles ?? []) if (titleHit(t)) problems.push(`title ${JSON.stringify(t)} must not be found`);
  for (const t of ex.titles ?? []) {
    const hit = titleHit(t);
    if (!hit) problems.push(`missing title ${JSON.stringify(t)}; found ${JSON.stringify(r.titles.map((x) => ({ holder: nameOf(x.person), title: x.title, organization: nameOf(x.organization), place: nameOf(x.place) })))}`);
  }
  for (const [name, mentions] of ex.sameEntity ?? []) {
    const e = findEntity(r, name);
    if (!e) problems.push(`no entity "${name}"`);
    else for (const m of mentions) if (!e.mentions.some((x) => x.text === m)) problems.push(`"${m}" is not a mention of "${name}" (mentions: ${JSON.stringify(e.mentions.map((x) => x.text))})`);
  }
  for (const [x, y] of ex.distinct ?? []) {
    const ex1 = findEntity(r, x);
    const ex2 = findEntity(r, y);
    if (!ex1 || !ex2 || ex1 === ex2) problems.push(`"${x}" and "${y}" must be two entities`);
  }
  for (const [inner, outer] of ex.within ?? []) {
    const i = findEntity(r, inner, 'place');
    const o = findEntity(r, outer);
    if (!i || !o || i.within !== o.id) problems.push(`"${inner}" must lie within "${outer}" (within: ${i?.within ?? 'no entity'})`);
  }
  for (const [name, edition] of ex.editions ?? []) {
    const e = findEntity(r, name, 'event');
    if (e?.edition !== edition) problems.push(`"${name}" must be edition ${edition} (got ${e?.edition})`);
  }
  const lemmas = [...r.events].sort((a, b) => a.order - b.order).map((e) => e.lemma);
  const timeline = r.events.filter((e) => e.timeline).sort((a, b) => a.order - b.order).map((e) => e.lemma);
  if (ex.sequence) {
    let k = 0;
    for (const l of timeline) if (l === ex.sequence[k]) k++;
    if (k < ex.sequence.length) problems.push(`sequence ${JSON.stringify(ex.sequence)} is not in the timeline ${JSON.stringify(timeline)}`);
  }
  if (ex.timeline && JSON.stringify(timeline) !== JSON.stringify(ex.timeline)) problems.push(`timeline ${JSON.stringify(timeline)}, expected exactly ${JSON.stringify(ex.timeline)}`);
  for (const [earlier, later] of ex.before ?? []) {
    const a = r.events.find((e) => e.lemma === earlier);
    const b = r.events.find((e) => e.lemma === later);
    if (!a || !b) problems.push(`events "${earlier}" and "${later}" must both be found (events ${JSON.stringify(lemmas)})`);
    else if (!(a.order < b.order)) problems.push(`"${earlier}" (order ${a.order}) must come before "${later}" (order ${b.order})`);
  }
  for (const l of ex.notEvents ?? []) if (lemmas.includes(l)) problems.push(`"${l}" must not be an event (events ${JSON.stringify(lemmas)})`);
  for (const l of ex.notTimeline ?? []) if (timeline.includes(l)) problems.push(`"${l}" must not be on the timeline (timeline ${JSON.stringify(timeline)})`);
  for (const [lemma, date] of ex.notDates ?? []) {
    const ev = r.events.find((e) => e.lemma === lemma);
    if (!ev) problems.push(`event "${lemma}" is missing`);
    else if (ev.time?.date === date) problems.push(`event "${lemma}" must not be dated ${date}`);
  }
  for (const [lemma, date] of ex.dates ?? []) {
    const ev = r.events.find((e) => e.lemma === lemma);
    if (ev?.time?.date !== date) problems.push(`event "${lemma}" must be dated ${date} (got ${JSON.stringify(ev?.time)})`);
  }
  for (const [lemma, names] of ex.agents ?? []) {
    const ev = r.events.find((e) => e.lemma === lemma);
    const got = ev ? ev.agents.map(nameOf) : null;
    if (JSON.stringify(got) !== JSON.stringify(names)) problems.push(`event "${lemma}" must have agents ${JSON.stringify(names)} (got ${JSON.stringify(got)})`);
  }
  if (ex.dateline) {
    const got = r.dateline ? { place: nameOf(r.dateline.place), date: r.dateline.date } : null;
    if (JSON.stringify(got) !== JSON.stringify(ex.dateline)) problems.push(`dateline ${JSON.stringify(got)}, expected ${JSON.stringify(ex.dateline)}`);
  }
  return problems;
}
