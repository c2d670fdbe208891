/** The lexicon classes a pattern may name with "class": built-in word lists and compromise's lexicon. */
import type { Token } from '../document/tokenize.js';
import { inCompromise, type CompromiseClass } from '../lexicon/compromise.js';
import { HONORIFICS } from '../lexicon/honorifics.js';
import { TITLE_HEADS, TITLE_MODIFIERS } from '../lexicon/titles.js';
import { ORG_HEADS, ORG_SUFFIXES } from '../lexicon/organizations.js';
import { PLACE_HEADS } from '../lexicon/places.js';
import { EVENT_HEADS, ORDINAL_WORDS } from '../lexicon/event-names.js';
import { NAME_PARTICLES } from '../lexicon/name-particles.js';
import { isDemonym } from '../kinds/token-tests.js';

const fromCompromise = (cls: CompromiseClass) => (t: Token) => inCompromise(cls, t.lower);

export const LEXICON_CLASSES: Record<string, (t: Token) => boolean> = Object.assign(Object.create(null), {
  firstName: fromCompromise('firstName'),
  lastName: fromCompromise('lastName'),
  country: fromCompromise('country'),
  city: fromCompromise('city'),
  region: fromCompromise('region'),
  demonym: (t: Token) => isDemonym(t),
  month: fromCompromise('month'),
  weekday: fromCompromise('weekday'),
  honorific: (t: Token) => HONORIFICS.has(t.lower),
  titleHead: (t: Token) => TITLE_HEADS.has(t.lower),
  titleModifier: (t: Token) => TITLE_MODIFIERS.has(t.lower),
  orgHead: (t: Token) => ORG_HEADS.has(t.lower),
  orgSuffix: (t: Token) => ORG_SUFFIXES.has(t.lower),
  placeHead: (t: Token) => PLACE_HEADS.has(t.lower),
  eventHead: (t: Token) => EVENT_HEADS.has(t.lower),
  ordinal: (t: Token) => ORDINAL_WORDS.has(t.lower),
  particle: (t: Token) => NAME_PARTICLES.has(t.lower),
});
