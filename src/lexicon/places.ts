/** Place evidence: head words with subtypes, lead words, and prepositions of location. */
import { dict } from './dict.js';

/** Last word of a place name ("Hashtrak district", "Brotherhood Garden"). Lower case → subtype. */
export const PLACE_HEADS: Map<string, string> = dict({
  district: 'district', province: 'region', region: 'region', oblast: 'region', krai: 'region',
  county: 'district', parish: 'district', borough: 'district', precinct: 'district', municipality: 'city', state: 'region',
  territory: 'region', prefecture: 'region', canton: 'region', governorate: 'region', republic: 'country',
  kingdom: 'country', emirate: 'country', island: 'region', islands: 'region', peninsula: 'region',
  valley: 'region', city: 'city', town: 'city', village: 'city',
  garden: 'landmark', gardens: 'landmark', park: 'landmark', monument: 'landmark', memorial: 'landmark',
  square: 'landmark', corner: 'landmark', cathedral: 'landmark', mosque: 'landmark', temple: 'landmark', palace: 'facility',
  bridge: 'landmark', tower: 'landmark', stadium: 'facility', arena: 'facility', airport: 'facility',
  station: 'facility', apartments: 'facility', factory: 'facility', port: 'facility', harbor: 'facility', harbour: 'facility', building: 'facility',
  hall: 'facility', prison: 'facility', penitentiary: 'facility', base: 'facility', street: 'facility',
  avenue: 'facility', road: 'facility', drive: 'facility', lane: 'facility', parkway: 'facility', highway: 'facility', boulevard: 'facility', river: 'landmark',
  lake: 'landmark', mountain: 'landmark', mountains: 'landmark', mount: 'landmark', sea: 'region',
  ocean: 'region', bay: 'region', gulf: 'region', strait: 'region', desert: 'region', forest: 'region',
  coast: 'region', beach: 'landmark', plaza: 'landmark', mall: 'facility', complex: 'facility',
  reservation: 'region', reserve: 'region', heights: 'city', springs: 'city', falls: 'landmark',
  'convention center': 'facility', 'convention centre': 'facility', 'shopping center': 'facility', 'medical center': 'facility',
  'community center': 'facility', hotel: 'facility', motel: 'facility', hostel: 'facility', cemetery: 'landmark', clubhouse: 'facility', courthouse: 'facility', embassy: 'facility', 'space center': 'facility', 'trade center': 'facility', 'space station': 'facility',
});

/** "<Lead> of <Name>" is a place ("Republic of Azerbaijan", "province of Hashtrakhan"). */
export const PLACE_LEADS: Map<string, string> = dict({
  republic: 'country', kingdom: 'country', state: 'region', province: 'region', region: 'region',
  district: 'district', city: 'city', town: 'city', village: 'city', county: 'district',
  commonwealth: 'country', isle: 'region', islands: 'region', island: 'region', gulf: 'region',
  'sea': 'region', bay: 'region', lake: 'landmark', mount: 'landmark', port: 'facility',
  principality: 'country', emirate: 'country', federation: 'country', territory: 'region',
  monument: 'landmark', park: 'landmark', garden: 'landmark', square: 'landmark',
});

/** Lower-case nouns that, with "the … of <Name>", describe a named landmark. */
export const LANDMARK_NOUNS = new Set(['monument', 'memorial', 'statue', 'tomb', 'park', 'garden', 'square', 'museum']);

/** Prepositions after which a capitalised name is likely a place ("in Hashtrakhan"). */
export const LOCATIVE_PREPOSITIONS = new Set(['in', 'at', 'near', 'outside', 'across', 'throughout', 'inside', 'within']);

/** Compass words and their adjectives ("north", "Southern"). */
export const COMPASS_WORDS = new Set([
  'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central',
  'northeast', 'northwest', 'southeast', 'southwest',
]);

/** Compass and regional adjectives that lead place names ("Southern District", "North Korea"). */
export const DIRECTION_WORDS = new Set([...COMPASS_WORDS, 'middle', 'upper', 'lower', 'greater', 'new']);

/** US state abbreviations common in datelines and "City, St." pairs. */
export const STATE_ABBREVIATIONS = new Set([
  'ala.', 'ariz.', 'ark.', 'calif.', 'colo.', 'conn.', 'del.', 'fla.', 'ga.', 'ill.', 'ind.',
  'kan.', 'ky.', 'la.', 'md.', 'mass.', 'mich.', 'minn.', 'miss.', 'mo.', 'mont.', 'neb.', 'nev.',
  'n.h.', 'n.j.', 'n.m.', 'n.y.', 'n.c.', 'n.d.', 'okla.', 'ore.', 'pa.', 'r.i.', 's.c.', 's.d.',
  'tenn.', 'tex.', 'vt.', 'va.', 'wash.', 'w.va.', 'wis.', 'wyo.', 'd.c.',
]);

/** Short forms of countries and well-known aliases. Key: alias; value: canonical name. */
export const PLACE_ALIASES: Map<string, string> = dict({
  'u.s.': 'United States', us: 'United States', usa: 'United States', 'u.s.a.': 'United States',
  'united states of america': 'United States', america: 'United States', 'u.k.': 'United Kingdom',
  uk: 'United Kingdom', britain: 'United Kingdom', 'great britain': 'United Kingdom',
  'soviet union': 'Soviet Union', ussr: 'Soviet Union', 'd.c.': 'Washington, D.C.', uae: 'United Arab Emirates', 'u.a.e.': 'United Arab Emirates',
});

/** Words that end a county-like division's name, which a possessive may precede ("Prince George's County", "St. Mary's Parish"). */
export const COUNTY_WORDS = new Set(['county', 'parish', 'borough']);

/** US state and territory postal codes, as written after a town ("Hartsville, SC"). */
export const US_STATE_CODES = new Set([
  'AL', 'AK', 'AZ', 'AR', 'CA', 'CO', 'CT', 'DE', 'FL', 'GA', 'HI', 'ID', 'IL', 'IN', 'IA', 'KS',
  'KY', 'LA', 'ME', 'MD', 'MA', 'MI', 'MN', 'MS', 'MO', 'MT', 'NE', 'NV', 'NH', 'NJ', 'NM', 'NY',
  'NC', 'ND', 'OH', 'OK', 'OR', 'PA', 'RI', 'SC', 'SD', 'TN', 'TX', 'UT', 'VT', 'VA', 'WA', 'WV',
  'WI', 'WY', 'DC', 'PR', 'GU', 'VI', 'AS', 'MP',
]);

/** Words that begin a two-word town name ("St. Louis", "Fort Worth", "Lake Station", "New Castle"). */
export const TOWN_FIRST_WORDS = new Set([
  'st.', 'st', 'saint', 'ste.', 'fort', 'ft.', 'mount', 'mt.', 'lake', 'port', 'new', 'north', 'south',
  'east', 'west', 'upper', 'lower', 'san', 'santa', 'los', 'las', 'el', 'la', 'le', 'des', 'grand',
  'great', 'little', 'palm', 'glen', 'cedar', 'big', 'key',
]);

/** Words that end a two-word town name, besides PLACE_HEADS ("Hickory Grove", "High Point"). */
export const TOWN_LAST_WORDS = new Set([
  'grove', 'point', 'hill', 'hills', 'creek', 'ridge', 'bluff', 'bluffs', 'rapids', 'mills', 'junction',
  'crossing', 'woods', 'harbor', 'harbour', 'center', 'centre', 'shores', 'landing', 'gap', 'bend',
  'haven', 'plains', 'prairie', 'meadows', 'sound', 'cave', 'chapel',
]);
