/** An event occurrence while it is being found, linked and ordered (see find-events.ts). */
import type { EntityDraft } from '../link/entities.js';
import type { EventRelation } from '../types.js';
import type { TimeExpression, RelativeCue } from './time-expressions.js';

export interface EventDraft {
  /** A story event (the sequence), rather than another happening the text mentions. */
  timeline: boolean;
  /** Trigger token range. */
  a: number;
  b: number;
  lemma: string;
  type: string;
  rule: string;
  sentence: number;
  /** Paragraph index (a line break before the sentence starts a new one). */
  paragraph: number;
  agents: EntityDraft[];
  participants: EntityDraft[];
  subject: EntityDraft | null;
  /** The subject before the trigger: the agent, or the patient of a passive ("X was arrested"). */
  grammaticalSubject: EntityDraft | null;
  /** The subject is "he", "she", "they" …: an actor the text names elsewhere. */
  pronounSubject: boolean;
  place: EntityDraft | null;
  time: TimeExpression | null;
  cue: RelativeCue | null;
  /** Told as still to come ("will pay", "is scheduled to be sentenced"). */
  future: boolean;
  relation: { to: EventDraft; type: EventRelation['type'] } | null;
  order: number;
  id: string;
}
