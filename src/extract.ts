/**
 * The pipeline, top to bottom: tokens → candidate spans from every finder → resolution →
 * entities and coreference → titles linked to holders → events in time order → Result.
 * Pure: no I/O, no colours, no process state.
 */
import { tokenize } from './document/tokenize.js';
import { findRuns } from './kinds/name-runs.js';
import { findTitleSpans } from './kinds/title/title-spans.js';
import { segmentRun } from './kinds/segment-run.js';
import type { SegmentContext } from './kinds/segment-context.js';
import { findDateline } from './kinds/dateline.js';
import { PRIORITY, candidate, type Candidate } from './kinds/candidate.js';
import { resolveCandidates } from './link/resolve.js';
import { draftEntities, finishEntities, spanText, type EntityDraft } from './link/entities.js';
import { corefPeople } from './link/coreference.js';
import { corefAcronyms } from './link/acronyms.js';
import { findShortMentions } from './link/short-mentions.js';
import { indexMentions } from './link/mention-index.js';
import { linkTitles, resolveTitleReferences, shareCoordinatedTitles, keepTitle } from './link/titles.js';
import { findEvents } from './events/find-events.js';
import { eventToResult } from './events/event-result.js';
import { findGroupPhrases, findGroupReferences } from './kinds/organization/group-phrases.js';
import { findHometownLines } from './kinds/person/hometown-lines.js';
import { qualifyLocalAgencies } from './kinds/organization/place-qualified-agencies.js';
import { linkContainment } from './link/containment.js';
import { namesProduct } from './kinds/organization/product-names.js';
import { rulesFor, ruleCandidates, isStopped, hasStopLists } from './rules/apply-rules.js';
import type { ExtractOptions, Result, Title } from './types.js';

export function extract(text: string, options: ExtractOptions = {}): Result {
  const explain = options.explain ?? false;
  const doc = tokenize(text);
  const rules = rulesFor(options.rules);
  const fromRules = ruleCandidates(doc, rules);
  const runs = findRuns(doc);
  const titleSpans = mergeTitleSpans(findTitleSpans(doc), fromRules.titles);

  const titleAt: SegmentContext['titleAt'] = new Array(doc.tokens.length);
  const titleCovering: SegmentContext['titleCovering'] = new Array(doc.tokens.length);
  for (const sp of titleSpans) {
    titleAt[sp.a] = sp;
    for (let k = sp.a; k < sp.b; k++) titleCovering[k] = sp;
  }
  const ctx: SegmentContext = { doc, titleAt, titleCovering, out: [] };
  for (const run of runs) segmentRun(ctx, run);
  const candidates: Candidate[] = ctx.out;
  for (const c of fromRules.candidates) candidates.push(candidate(c));
  for (const c of findGroupPhrases(doc)) candidates.push(candidate(c));
  for (const c of findHometownLines(doc)) candidates.push(candidate(c));
  const dl = findDateline(doc);
  if (dl?.place) candidates.push(candidate({ type: 'place', a: dl.place[0], b: dl.place[1], rule: 'place.dateline', subtype: 'city', priority: PRIORITY.context }));

  qualifyLocalAgencies(doc, candidates);

  const stopping = hasStopLists(rules);
  const named = candidates.filter((c) => !namesProduct(doc, c) && !(stopping && isStopped(rules, c.type, c.name ?? spanText(doc, c.a, c.b))));
  const accepted = resolveCandidates(named);
  const { drafts, byCandidate } = draftEntities(doc, accepted);
  corefAcronyms(doc, drafts);
  corefPeople(doc, drafts);
  findShortMentions(doc, drafts, runs);
  findGroupReferences(doc, drafts);

  const idx = indexMentions(drafts);
  linkContainment(doc, drafts, idx);
  const linked = linkTitles(doc, titleSpans, idx);
  shareCoordinatedTitles(doc, linked);
  const titleDrafts = resolveTitleReferences(doc, linked.filter((td) => keepTitle(td) && !(stopping && isStopped(rules, 'title', td.role))));
  const eventDrafts = findEvents(doc, drafts, indexMentions(drafts), dl?.date ?? null);

  if (stopping) for (const d of drafts) if (d.mentions.length && isStopped(rules, d.type, spanText(doc, d.mentions[0].a, d.mentions[0].b))) d.mentions = [];
  const { entities, idOf } = finishEntities(doc, drafts, explain);
  const id = (d: EntityDraft | null | undefined) => (d ? idOf.get(d) ?? null : null);

  const titles: Title[] = titleDrafts.map((td, n) => {
    const start = doc.tokens[td.a].start;
    const end = doc.tokens[td.b - 1].end;
    const title: Title = {
      id: `title-${n + 1}`,
      title: td.role,
      person: id(td.holder),
      organization: id(td.organization),
      place: id(td.place),
      text: doc.text.slice(start, end),
      start,
      end,
      sentence: doc.tokens[td.a].sentence,
    };
    if (explain) title.rule = td.rule;
    return title;
  });

  const events = eventDrafts.map((e) => eventToResult(doc, e, id, explain));
  const dlPlace = dl?.place ? accepted.find((c) => c.rule === 'place.dateline') : undefined;
  const types = options.types ? new Set(options.types) : null;
  const result: Result = {
    schema: 'press-extract/1',
    source: options.source ?? '-',
    stats: { chars: text.length, sentences: doc.sentences.length, tokens: doc.tokens.length },
    dateline: dl ? { place: dlPlace ? id(byCandidate.get(dlPlace)) : null, date: dl.date, text: dl.text } : null,
    entities: types ? entities.filter((e) => types.has(e.type)) : entities,
    titles: !types || types.has('title') ? titles : [],
    events: !types || types.has('event') ? events : [],
    errors: [],
  };
  return result;
}

/** Title spans from the finder and from rule packs; a pack's span replaces overlapping ones. */
function mergeTitleSpans<T extends { a: number; b: number }>(found: T[], fromPacks: T[]): T[] {
  if (!fromPacks.length) return found;
  const kept = found.filter((f) => !fromPacks.some((p) => p.a < f.b && f.a < p.b));
  return [...kept, ...fromPacks].sort((x, y) => x.a - y.a);
}
