/** Named events: head words with subtype ("Xerxes Media Forum", "G20 Summit"). */
import { dict } from './dict.js';
export const EVENT_HEADS: Map<string, string> = dict({
  forum: 'forum', summit: 'summit', conference: 'conference', congress: 'conference',
  convention: 'conference', symposium: 'conference', festival: 'festival', fest: 'festival',
  games: 'other', olympics: 'other', championship: 'other', championships: 'other', cup: 'other',
  open: 'other', expo: 'other', exposition: 'other', fair: 'other', week: 'other', day: 'other',
  awards: 'other', ceremony: 'other', marathon: 'other', election: 'other', elections: 'other',
  referendum: 'other', war: 'other', operation: 'other', hurricane: 'other', storm: 'other',
  typhoon: 'other', cyclone: 'other', tournament: 'other', grand: 'other', prix: 'other',
  meeting: 'other', dialogue: 'conference', talks: 'other', session: 'other', show: 'other',
  series: 'other', initiative: 'other',
});

/** Heads that lead the name ("Hurricane Harvey", "Operation Desert Storm"). */
export const EVENT_LEADS: Map<string, string> = dict({ hurricane: 'other', typhoon: 'other', cyclone: 'other', storm: 'other', operation: 'other' });

/** Heads that need more than one capitalised word before them ("Memorial Day", not "Day"). */
export const WEAK_EVENT_HEADS = new Set(['day', 'week', 'open', 'cup', 'show', 'series', 'session', 'meeting', 'talks', 'initiative', 'fair', 'grand']);

/** Ordinal words and numerals that give an edition ("eighth", "8th", "VIII"). */
export const ORDINAL_WORDS: Map<string, number> = dict({
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9,
  tenth: 10, eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15,
  sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20,
});
