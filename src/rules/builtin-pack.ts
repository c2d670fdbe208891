/**
 * The product's own rule pack: the rules that are plain token patterns and word lists, in the
 * same format as a user's pack (README "Rule packs"). The finders that need more than a pattern
 * (segmenting capitalised runs, titles, coreference) are code in src/kinds and src/link; their
 * rules are listed in builtin-rules.ts.
 */
import type { RulePack } from './pack-types.js';
import { KNOWN_ORGANIZATIONS } from '../lexicon/organizations.js';
import { LANDMARK_NOUNS } from '../lexicon/places.js';
import { PRIORITY } from '../kinds/candidate.js';
import { BUILTIN_PACK_NAME } from './compile-pack.js';

const ELECTION_WORDS = ['election', 'elections', 'primary', 'primaries', 'caucus', 'caucuses', 'referendum', 'runoff'];
const ELECTION_KINDS = ['presidential', 'general', 'parliamentary', 'legislative', 'local', 'municipal', 'midterm', 'primary', 'gubernatorial', 'mayoral', 'senate', 'federal', 'state'];
const HOLIDAYS = ['Halloween', 'Christmas', 'Christmas Eve', 'Thanksgiving', 'Easter', 'Ramadan', 'Eid al-Fitr', 'Eid al-Adha', 'Diwali', 'Hanukkah', 'Passover', 'Yom Kippur', 'Rosh Hashanah', 'Lunar New Year', "New Year's Day", "New Year's Eve", 'Independence Day', 'Memorial Day', 'Labor Day', 'Veterans Day', 'Victory Day', 'Bastille Day', 'Canada Day', 'Australia Day', 'Mardi Gras', 'Carnival', 'Oktoberfest', 'Nowruz', 'Kwanzaa', "Valentine's Day", "Mother's Day", "Father's Day", 'Earth Day', 'Black Friday'];

const NAMED_AFTER_NOUNS = [...LANDMARK_NOUNS, 'street', 'avenue', 'school', 'library', 'airport', 'stadium', 'bridge', 'hall'];

/** The well-known organizations of one subtype. */
function knownOrganizations(subtype: string): string[] {
  return [...KNOWN_ORGANIZATIONS].filter(([, s]) => s === subtype).map(([name]) => name);
}

export const BUILTIN_PACK: RulePack = {
  name: BUILTIN_PACK_NAME,
  description: 'press-extract built-in patterns and gazetteers',
  priority: PRIORITY.head,
  patterns: [
    {
      name: 'place.landmark-of',
      type: 'place',
      subtype: 'landmark',
      example: 'laid flowers at the monument of the Great Order',
      pattern: [{ in: [...LANDMARK_NOUNS], shape: 'xxxx' }, { lower: 'of' }, { lower: 'the', repeat: '?' }, { shape: 'Xxxxx', repeat: '+' }],
    },
    {
      name: 'event.election-year',
      type: 'event',
      subtype: 'other',
      example: 'nominees for the 2020 United States presidential election',
      pattern: [{ shape: 'dd' }, { pos: 'PROPN', repeat: '*' }, { in: ELECTION_KINDS, repeat: '?' }, { in: ELECTION_WORDS }],
    },
    {
      name: 'event.election-place',
      type: 'event',
      subtype: 'other',
      example: 'after the Iowa caucuses and the New Hampshire primaries',
      pattern: [{ pos: 'PROPN', shape: 'Xxxxx', repeat: '+' }, { in: ELECTION_KINDS, repeat: '?' }, { in: ELECTION_WORDS }],
    },
    {
      name: 'organization.air-carrier',
      type: 'organization',
      subtype: 'company',
      example: 'Air France and Air India ordered new jets',
      pattern: [{ text: 'Air' }, { class: 'country' }],
    },
    {
      name: 'place.washington-dc',
      type: 'place',
      subtype: 'city',
      priority: PRIORITY.head + 5,
      example: 'the awards were given in Washington, D.C., on Friday',
      pattern: [{ text: 'Washington' }, { text: ',' }, { in: ['D.C.', 'DC'] }],
    },
    {
      name: 'place.named-after',
      type: 'place',
      subtype: 'landmark',
      priority: PRIORITY.context,
      example: 'a park named after General Leader Heydər Əliyev',
      pattern: [{ in: NAMED_AFTER_NOUNS, shape: 'xxxx' }, { lower: 'named' }, { lower: 'after' }, { shape: 'Xxxxx', repeat: '+' }],
    },
  ],
  // Known names outrank the shape rules (a "… Union" head, a person-shaped "Lockheed Martin").
  gazetteers: [
    { type: 'organization', subtype: 'company', ignoreCase: true, priority: PRIORITY.head + 5, names: knownOrganizations('company') },
    { type: 'organization', subtype: 'media', ignoreCase: true, priority: PRIORITY.head + 5, names: knownOrganizations('media') },
    { type: 'event', subtype: 'festival', priority: PRIORITY.head + 5, names: HOLIDAYS },
    { type: 'organization', subtype: 'government', ignoreCase: true, priority: PRIORITY.head + 5, names: knownOrganizations('government') },
  ],
};
