// Per-rule corpus examples (src/kinds/*/corpus.ts), positive and negative, each a test.
import { describe, it, expect } from 'vitest';
import { PERSON_CORPUS } from '../dist/kinds/person/corpus.js';
import { TITLE_CORPUS } from '../dist/kinds/title/corpus.js';
import { ORGANIZATION_CORPUS } from '../dist/kinds/organization/corpus.js';
import { PLACE_CORPUS } from '../dist/kinds/place/corpus.js';
import { EVENT_NAME_CORPUS } from '../dist/kinds/event/corpus.js';
import { EVENT_CORPUS } from '../dist/events/corpus.js';
import { checkExample } from './corpus-check.js';

const CORPORA = { people: PERSON_CORPUS, titles: TITLE_CORPUS, organizations: ORGANIZATION_CORPUS, places: PLACE_CORPUS, 'named events': EVENT_NAME_CORPUS, events: EVENT_CORPUS };

for (const [kind, corpus] of Object.entries(CORPORA)) {
  describe(`${kind} corpus`, () => {
    for (const ex of corpus) {
      it(ex.shows, () => expect(checkExample(ex)).toEqual([]));
    }
  });
}
