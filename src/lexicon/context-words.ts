/** Small word lists the context rules use (a place head after a name, an organization's titles, …). */
import { dict } from './dict.js';

/** Lower-case heads that make the name before them a place: "the Hashtrak district". */
export const LOWER_PLACE_HEADS = new Set(['district', 'province', 'region', 'oblast', 'county', 'krai', 'prefecture', 'state', 'governorate']);

/** Titles that belong to organizations ("Acme's CEO"), unlike "Smith's lawyer". */
export const ORG_TITLE_HEADS = new Set(['ceo', 'cfo', 'coo', 'cto', 'president', 'chairman', 'chairwoman', 'chair', 'founder', 'co-founder', 'spokesperson', 'spokesman', 'spokeswoman', 'director', 'executive', 'owner', 'head', 'chief']);

export const AREA_NOUNS = new Set(['area', 'neighborhood', 'neighbourhood', 'suburb', 'quarter', 'locality', 'township', 'metropolitan']);
/** Plural heads after a list of names: "San Mateo and Contra Costa counties". */
export const PLURAL_PLACE_HEADS: Map<string, string> = dict({ counties: 'county', districts: 'district', provinces: 'province', regions: 'region', states: 'state', cities: 'city', oblasts: 'oblast' });

export const LOWER_PLACE_HEADS_OF = new Set(['province', 'city', 'town', 'village', 'region', 'state', 'county', 'district', 'republic', 'island', 'kingdom', 'municipality']);

export const ORG_CONTEXT_AFTER = new Set(['official', 'officials', 'agent', 'agents', 'spokesman', 'spokeswoman', 'spokesperson', 'said', 'says', 'announced', 'reported', 'investigated', 'director', 'chief', 'chairman', 'officers', 'investigators', 'headquarters', 'staff', 'members', 'employees', 'board']);

/**
 * Lower-case nouns that describe an organization and stand right before its name, as in
 * "German airline Lufthansa", "engine maker Europrop", "the magazine Der Spiegel".
 */
export const ORG_DESCRIPTORS: Map<string, string> = dict({
  airline: 'company', carrier: 'company', maker: 'company', manufacturer: 'company', airframer: 'company',
  automaker: 'company', carmaker: 'company', chipmaker: 'company', company: 'company', firm: 'company',
  retailer: 'company', bank: 'company', insurer: 'company', conglomerate: 'company', giant: 'company',
  supplier: 'company', contractor: 'company', startup: 'company', publisher: 'company', operator: 'company',
  magazine: 'media', newspaper: 'media', daily: 'media', weekly: 'media', broadcaster: 'media', website: 'media',
  band: 'group', party: 'group', charity: 'ngo', university: 'education',
});

/** Words before a noun phrase: a name-shaped run after one is used like a thing ("the new MacBook Air"). */
/** Participles after "<acronym>-" that make the acronym an agent ("ISIS-inspired", "FBI-led"). */
export const AGENT_PARTICIPLES = new Set(['inspired', 'led', 'backed', 'funded', 'sponsored', 'affiliated', 'linked', 'owned', 'run', 'controlled', 'allied', 'aligned', 'supported', 'sanctioned', 'approved', 'certified', 'accredited', 'designated', 'operated', 'administered', 'brokered']);

export const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'their', 'our']);

/** Adjectives that do go before a person's name: "the late Joye Frost". */
export const PERSON_ADJECTIVES = new Set(['late', 'former', 'young', 'elder', 'younger', 'older', 'famous', 'legendary', 'acclaimed', 'renowned']);

/** Marks that open an item of a list ("- Donald Brooks West Point, GA", "• Jane Roe, Acme"). */
export const LIST_BULLETS = new Set(['-', '–', '—', '•', '*', '·']);
