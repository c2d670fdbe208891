/** Where each entity mention starts and ends, by token, for the linking rules. */
import type { EntityDraft, MentionDraft } from './entities.js';

export interface Located {
  draft: EntityDraft;
  mention: MentionDraft;
}

export interface MentionIndex {
  /** Outermost mention starting at a token. */
  startAt: Map<number, Located[]>;
  endAt: Map<number, Located[]>;
  /** Token index → the mentions covering it. */
  covering: (i: number) => Located[];
}

export function indexMentions(drafts: EntityDraft[]): MentionIndex {
  const startAt = new Map<number, Located[]>();
  const endAt = new Map<number, Located[]>();
  const all: Located[] = [];
  for (const draft of drafts) {
    for (const mention of draft.mentions) {
      const loc = { draft, mention };
      all.push(loc);
      push(startAt, mention.a, loc);
      push(endAt, mention.b, loc);
    }
  }
  // Longest first, so that [0] is the outermost mention.
  for (const list of [...startAt.values(), ...endAt.values()]) list.sort((x, y) => y.mention.b - y.mention.a - (x.mention.b - x.mention.a));
  // Token → mentions covering it, built on first use (mentions are short, so this is linear).
  let byToken: Map<number, Located[]> | null = null;
  const covering = (i: number): Located[] => {
    if (!byToken) {
      byToken = new Map();
      for (const l of all) for (let k = l.mention.a; k < l.mention.b; k++) push(byToken, k, l);
    }
    return byToken.get(i) ?? [];
  };
  return { startAt, endAt, covering };
}

function push(map: Map<number, Located[]>, k: number, v: Located): void {
  const list = map.get(k);
  if (list) list.push(v);
  else map.set(k, [v]);
}
