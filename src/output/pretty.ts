/**
 * The terminal view: the text with entity spans coloured by type, then people with their
 * titles, organizations, places, named events, and the numbered timeline. The only chalk import.
 */
import { Chalk, type ChalkInstance } from 'chalk';
import type { Entity, Result } from '../types.js';

export interface PrettyOptions {
  color: boolean;
  explain?: boolean;
}

export function toPretty(result: Result, text: string | null, options: PrettyOptions): string {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const paint: Record<string, ChalkInstance> = { person: c.cyan, organization: c.yellow, place: c.green, event: c.magenta };
  const byId = new Map(result.entities.map((e) => [e.id, e]));
  const name = (id: string | null) => (id ? byId.get(id)?.name ?? id : null);
  const lines: string[] = [];
  lines.push(c.bold(`── ${result.source} `) + c.dim(`(${result.stats.sentences} sentences, ${result.stats.tokens} tokens)`));
  for (const e of result.errors) lines.push(c.red(`error: ${e.code}: ${e.message}`));
  if (result.dateline) lines.push(`${c.dim('dateline:')} ${result.dateline.text}${result.dateline.date ? ` (${result.dateline.date})` : ''}`);
  if (text !== null && result.entities.length) lines.push('', highlight(text, result.entities, paint), '');
  const rule = (r?: string) => (options.explain && r ? c.dim(` [${r}]`) : '');
  const section = (title: string, list: Entity[], show: (e: Entity) => string) => {
    if (!list.length) return;
    lines.push(c.bold(title));
    for (const e of list) lines.push(`  ${show(e)}`);
  };
  const of = (type: string) => result.entities.filter((e) => e.type === type);
  section('People', of('person'), (e) => {
    const titles = result.titles.filter((t) => t.person === e.id);
    const roles = titles.map((t) => [t.title, name(t.organization) ?? name(t.place)].filter(Boolean).join(', ') + rule(t.rule));
    const aliases = e.aliases.length ? c.dim(` (also: ${e.aliases.join('; ')})`) : '';
    return `${paint.person(e.name)}${aliases}${roles.length ? ` — ${roles.join('; ')}` : ''}${rule(e.mentions[0]?.rule)}`;
  });
  const unheld = result.titles.filter((t) => !t.person);
  if (unheld.length) {
    lines.push(c.bold('Titles without a named holder'));
    for (const t of unheld) lines.push(`  ${t.title}${t.organization || t.place ? `, ${name(t.organization) ?? name(t.place)}` : ''}${rule(t.rule)}`);
  }
  const describe = (e: Entity) => {
    const bits = [e.subtype, e.within ? `in ${name(e.within)}` : null, e.edition ? `edition ${e.edition}` : null].filter(Boolean);
    return `${paint[e.type](e.name)}${bits.length ? c.dim(` (${bits.join(', ')})`) : ''}${e.aliases.length ? c.dim(` also: ${e.aliases.join('; ')}`) : ''}${rule(e.mentions[0]?.rule)}`;
  };
  section('Organizations', of('organization'), describe);
  section('Places', of('place'), describe);
  section('Named events', of('event'), describe);
  const timeline = result.events.filter((e) => e.timeline);
  if (timeline.length) {
    const others = result.events.length - timeline.length;
    lines.push(c.bold('Timeline') + (others ? c.dim(` (${others} more events mentioned; see the JSON)`) : ''));
    // Numbered by position in the timeline; events told as simultaneous share a number.
    let n = 0;
    let lastOrder = -1;
    for (const ev of timeline) {
      if (ev.order !== lastOrder) n++;
      lastOrder = ev.order;
      const who = ev.agents.map(name).join(', ');
      const with_ = ev.participants.map(name).join(', ');
      const parts = [
        who ? paint.person(who) : null,
        c.bold(ev.lemma),
        with_ ? `with ${with_}` : null,
        ev.subject ? `at ${name(ev.subject)}` : null,
        ev.place ? `in ${name(ev.place)}` : null,
        ev.time ? c.dim(`(${ev.time.text}${ev.time.date ? ` = ${ev.time.date}` : ''})`) : null,
      ].filter(Boolean);
      lines.push(`  ${String(n).padStart(2)}. ${parts.join(' ')} ${c.dim(`[${ev.type}]`)}${rule(ev.rule)}`);
    }
  }
  return lines.join('\n') + '\n\n';
}

function highlight(text: string, entities: Entity[], paint: Record<string, ChalkInstance>): string {
  const spans = entities.flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end, type: e.type })));
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  let out = '';
  let at = 0;
  for (const s of spans) {
    if (s.start < at) continue; // nested mentions: the outer one is coloured
    out += text.slice(at, s.start) + paint[s.type](text.slice(s.start, s.end));
    at = s.end;
  }
  return out + text.slice(at);
}
