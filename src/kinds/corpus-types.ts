/**
 * Corpus examples, Duckling-style: each rule's positive and negative examples sit beside the
 * rules, and tests/corpus.test.ts turns every example into a test.
 */
export interface TitleExpectation {
  holder: string | null;
  title: string;
  organization?: string | null;
  place?: string | null;
}

export interface CorpusExample {
  /** What the example shows (the test name). */
  shows: string;
  text: string;
  /** Entities that must be found, by type and exact name. */
  people?: string[];
  organizations?: string[];
  places?: string[];
  events?: string[];
  /** Names that must NOT be found as that type (nor as any mention of it). */
  notPeople?: string[];
  notOrganizations?: string[];
  notPlaces?: string[];
  /** Titles that must be found. */
  titles?: TitleExpectation[];
  /** Titles that must not be found (same matching as `titles`). */
  notTitles?: TitleExpectation[];
  /** Mentions that must belong to one entity: [name, mention texts]. */
  sameEntity?: [string, string[]][];
  /** Names that must be different entities. */
  distinct?: [string, string][];
  /** Places inside other places: [place, container]. */
  within?: [string, string][];
  /** Event entity edition: [name, edition]. */
  editions?: [string, number][];
  /** Event sequence lemmas that must appear in this order (a subsequence of the timeline). */
  sequence?: string[];
  /** The whole timeline, exactly (lemmas in order). */
  timeline?: string[];
  /** Pairs of event lemmas (timeline or not) whose order must be strictly [earlier, later]. */
  before?: [string, string][];
  /** Lemmas that must not be events at all. */
  notEvents?: string[];
  /** Lemmas that may be listed as events but must not be on the timeline (quotes, retellings). */
  notTimeline?: string[];
  /** Event time dates: [lemma, ISO]. */
  dates?: [string, string][];
  /** Agents of the first event with that lemma, by entity name, in order: [lemma, names]. */
  agents?: [string, string[]][];
  /** Dates an event must not get: [lemma, ISO]. */
  notDates?: [string, string][];
  /** Datelines: the expected place name and date. */
  dateline?: { place: string | null; date: string | null };
}
