/** Where each entity mention starts and ends, by token, for the linking rules. */
import type { EntityDraft, MentionDraft } from './entities.js';
import type { EntityType } from '../types.js';
import { ByToken } from './by-token.js';

export interface Located {
  draft: EntityDraft;
  mention: MentionDraft;
}

export interface MentionIndex {
  /** Outermost mention starting at a token. */
  startAt: ByToken<Located>;
  endAt: ByToken<Located>;
  /** Token index → the mentions covering it. */
  covering: (i: number) => Located[];
}

export function indexMentions(drafts: EntityDraft[]): MentionIndex {
  let size = 1;
  for (const draft of drafts) for (const mention of draft.mentions) size = Math.max(size, mention.b + 1);
  const startAt = new ByToken<Located>(size);
  const endAt = new ByToken<Located>(size);
  const all: Located[] = [];
  for (const draft of drafts) {
    for (const mention of draft.mentions) {
      const loc = { draft, mention };
      all.push(loc);
      startAt.push(mention.a, loc);
      endAt.push(mention.b, loc);
    }
  }
  // Longest first, so that [0] is the outermost mention.
  const longestFirst = (x: Located, y: Located) => y.mention.b - y.mention.a - (x.mention.b - x.mention.a);
  startAt.sortLists(longestFirst);
  endAt.sortLists(longestFirst);
  // Token → mentions covering it, built on first use (mentions are short, so this is linear).
  let byToken: ByToken<Located> | null = null;
  const covering = (i: number): Located[] => {
    if (!byToken) {
      byToken = new ByToken(size);
      for (const l of all) for (let k = l.mention.a; k < l.mention.b; k++) byToken.push(k, l);
    }
    return byToken.get(i) ?? [];
  };
  return { startAt, endAt, covering };
}

/** The first (outermost) mention of an entity of this type in a list of the index, if any. */
export function firstOfType(list: Located[] | undefined, type: EntityType): Located | undefined {
  if (list) for (const l of list) if (l.draft.type === type) return l;
  return undefined;
}
