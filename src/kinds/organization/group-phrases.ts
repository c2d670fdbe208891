/**
 * Unnamed groups that act in the story: "the Azerbaijani delegation" (an organization of
 * subtype group, with the nationality the demonym gives); later "the delegation" refers back.
 */
import type { Document } from '../../document/tokenize.js';
import { type Candidate, PRIORITY } from '../candidate.js';
import { isDemonym } from '../token-tests.js';
import { mentionDraft, type EntityDraft } from '../../link/entities.js';

export const GROUP_NOUNS = new Set(['delegation', 'team', 'contingent', 'troops', 'forces', 'squad', 'crew']);

export function findGroupPhrases(doc: Document): Candidate[] {
  const out: Candidate[] = [];
  const t = doc.tokens;
  for (let i = 0; i + 1 < t.length; i++) {
    if (!GROUP_NOUNS.has(t[i + 1].lower) || !isDemonym(t[i])) continue;
    out.push({ type: 'organization', a: i, b: i + 2, rule: 'organization.demonym-group', subtype: 'group', priority: PRIORITY.context, nationality: t[i].text });
  }
  return out;
}

/** "the delegation" after "the Azerbaijani delegation": a short mention of that group. */
export function findGroupReferences(doc: Document, drafts: EntityDraft[]): void {
  const groups = drafts.filter((d) => d.subtype === 'group' && d.mentions.length);
  if (!groups.length) return;
  const t = doc.tokens;
  const covered = new Uint8Array(t.length);
  for (const d of drafts) for (const m of d.mentions) for (let k = m.a; k < m.b; k++) covered[k] = 1;
  for (let i = 1; i < t.length; i++) {
    if (covered[i] || !GROUP_NOUNS.has(t[i].lower)) continue;
    if (!['the', 'a', 'this', 'that'].includes(t[i - 1].lower)) continue;
    let best: EntityDraft | null = null;
    let at = -1;
    for (const g of groups) {
      const first = g.mentions[0];
      if (first.a < i && first.a > at && t[first.b - 1].lower === t[i].lower) {
        best = g;
        at = first.a;
      }
    }
    if (best) best.mentions.push(mentionDraft(i, i + 1, 'organization.group-reference', true));
  }
}
