/** Every rule is a record with a name, a kind, a readable pattern and an example (`press-extract rules`). */
export interface RuleInfo {
  name: string;
  kind: 'person' | 'title' | 'organization' | 'place' | 'event' | 'event-occurrence' | 'time' | 'link';
  pattern: string;
  example: string;
}
