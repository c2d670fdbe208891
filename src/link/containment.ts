/**
 * Containment the text states: "Hashtrakhan, Russia" puts Hashtrakhan within Russia; a place
 * named in an "of" complement contains the place or organization around it when that one is a
 * place ("Southern District of Florida" within Florida).
 */
import type { Document } from '../document/tokenize.js';
import type { EntityDraft } from './entities.js';
import { firstOfType, type MentionIndex } from './mention-index.js';
import { tokenAt } from '../document/token-at.js';

const CONTAINERS = new Set(['country', 'region', 'district', 'city']);

export function linkContainment(doc: Document, drafts: EntityDraft[], idx: MentionIndex): void {
  const t = doc.tokens;
  for (const d of drafts) {
    if (d.type !== 'place' || d.within) continue;
    for (const m of d.mentions) {
      if (tokenAt(t, m.b).text !== ',') continue;
      const next = firstOfType(idx.startAt.get(m.b + 1), 'place');
      if (next && next.draft !== d && CONTAINERS.has(next.draft.subtype ?? '') && !contains(next.draft, d)) {
        d.within = next.draft;
        break;
      }
    }
  }
}

/** Would making `inner` lie within `outer` create a cycle? */
function contains(inner: EntityDraft, outer: EntityDraft): boolean {
  for (let w = inner.within; w; w = w.within) if (w === outer) return true;
  return false;
}
