/** Named events: forums, summits, storms, with editions. */
import type { CorpusExample } from '../corpus-types.js';

export const EVENT_NAME_CORPUS: CorpusExample[] = [
  { shows: 'an ordinal edition', text: 'Delegates attended the eighth Baltic Media Forum in Riga.', events: ['Baltic Media Forum'], editions: [['Baltic Media Forum', 8]] },
  { shows: 'a Roman-numeral edition and "the Forum"', text: 'The VIII Baltic Media Forum opened. The Forum will close on Friday.', events: ['Baltic Media Forum'], editions: [['Baltic Media Forum', 8]], sameEntity: [['Baltic Media Forum', ['Baltic Media Forum', 'Forum']]] },
  { shows: 'a summit', text: 'Leaders met at the Nordic Energy Summit.', events: ['Nordic Energy Summit'] },
  { shows: 'a named storm', text: 'Hurricane Dorian struck the islands.', events: ['Hurricane Dorian'] },
  { shows: 'a festival', text: 'The Kaunas Jazz Festival drew crowds.', events: ['Kaunas Jazz Festival'] },
  { shows: 'not a named event: a bare head word', text: 'The forum was well attended.', notPeople: ['forum'] },
];
