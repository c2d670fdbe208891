/** Where each entity mention starts and ends, by token, for the linking rules. */
import type { EntityDraft, MentionDraft } from './entities.js';

export interface Located {
  draft: EntityDraft;
  mention: MentionDraft;
}

/** Lists by token index; a plain array underneath (the rules look up every token of a clause). */
export class ByToken<T> {
  private readonly rows: (T[] | undefined)[];

  /** size: one more than the largest index (allocated at once, so the array stays a fast one). */
  constructor(size: number) {
    this.rows = new Array(size);
  }

  get(i: number): T[] | undefined {
    return this.rows[i];
  }

  push(i: number, value: T): void {
    const list = this.rows[i];
    if (list) list.push(value);
    else this.rows[i] = [value];
  }

  lists(): T[][] {
    return this.rows.filter((l): l is T[] => l !== undefined);
  }
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
  for (const list of [...startAt.lists(), ...endAt.lists()]) if (list.length > 1) list.sort((x, y) => y.mention.b - y.mention.a - (x.mention.b - x.mention.a));
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
