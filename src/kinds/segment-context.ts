/** What the run segmenter shares with its helpers: the document, title spans and the candidates so far. */
import type { Document } from '../document/tokenize.js';
import { candidate, type Candidate } from './candidate.js';
import type { TitleSpan } from './title/title-spans.js';

export interface SegmentContext {
  doc: Document;
  /** Title span starting at a token index. */
  titleAt: (TitleSpan | undefined)[];
  /** Title span covering a token index (a run may start inside one: "Acting" is not in the run). */
  titleCovering: (TitleSpan | undefined)[];
  out: Candidate[];
}

export function add(ctx: SegmentContext, c: Candidate): Candidate {
  const added = candidate(c);
  ctx.out.push(added);
  return added;
}
