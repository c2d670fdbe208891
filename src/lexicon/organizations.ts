/** Organization evidence: head words, legal suffixes and leading words ("Department of …"). */
import { dict } from './dict.js';

/** Last word of an organization name ("Media Development Agency"). Lower case. */
export const ORG_HEADS: Map<string, string> = dict({
  agency: 'government', department: 'government', office: 'government', bureau: 'government',
  ministry: 'government', committee: 'government', commission: 'government', council: 'government',
  court: 'government', administration: 'government', division: 'government', authority: 'government',
  board: 'government', service: 'government', services: 'government', directorate: 'government',
  secretariat: 'government', inspectorate: 'government', assembly: 'government', parliament: 'government',
  congress: 'government', senate: 'government', cabinet: 'government', government: 'government',
  police: 'government', patrol: 'government', army: 'government', navy: 'government', guard: 'government',
  corps: 'government', command: 'government', marshals: 'government', prosecutors: 'government',
  'task force': 'government', 'air force': 'government', force: 'government', unit: 'government', section: 'government', branch: 'government',
  reserve: 'government', sheriff: 'government',
  university: 'education', college: 'education', school: 'education', academy: 'education',
  institute: 'education', institution: 'education', schools: 'education',
  association: 'ngo', federation: 'ngo', union: 'ngo', foundation: 'ngo', society: 'ngo',
  organization: 'ngo', organisation: 'ngo', coalition: 'ngo', alliance: 'ngo', movement: 'ngo',
  trust: 'ngo', fund: 'ngo', church: 'ngo', center: 'ngo', centre: 'ngo', league: 'group',
  party: 'group', club: 'group', team: 'group', front: 'group', cartel: 'group', gang: 'group',
  network: 'media', news: 'media', times: 'media', post: 'media', journal: 'media', press: 'media',
  television: 'media', tv: 'media', radio: 'media', channel: 'media', herald: 'media', tribune: 'media',
  gazette: 'media', magazine: 'media', broadcasting: 'media', enforcement: 'government', laboratory: 'other',
  lab: 'other', museum: 'other', research: 'company', investigations: 'government', proceedings: 'media',
  company: 'company', corporation: 'company', bank: 'company', group: 'company', holdings: 'company',
  partners: 'company', industries: 'company', systems: 'company', technologies: 'company',
  airlines: 'company', airways: 'company', lines: 'company', motors: 'company', enterprises: 'company',
  laboratories: 'company', pharmaceuticals: 'company', pharmacy: 'company', hospital: 'other', clinic: 'other',
  exchange: 'company', insurance: 'company', capital: 'company', securities: 'company',
  consulting: 'company', solutions: 'company', international: 'company', worldwide: 'company',
  computer: 'company', computers: 'company', aircraft: 'company', airplanes: 'company', aerospace: 'company',
  construction: 'company', circus: 'company', productions: 'company', bakery: 'company', restaurant: 'company', brotherhood: 'group', brothers: 'company', tribe: 'government', tribes: 'government', nation: 'government', nations: 'government',
  // Plurals in -ics name a company's trade ("Truth Aquatics", "General Dynamics").
  aquatics: 'company', athletics: 'company', logistics: 'company', dynamics: 'company', analytics: 'company',
  electronics: 'company', robotics: 'company', graphics: 'company', genetics: 'company', diagnostics: 'company',
  treasury: 'government', investigation: 'government', democrats: 'group', republicans: 'group',
});

/**
 * Plurals of organization heads that, ending a name, name the several bodies it lists ("U.S.
 * Attorneys Offices"), not an owner whose apostrophe was lost ("the Justice Departments
 * efforts").
 */
export const PLURAL_NAME_HEADS = new Set(['offices']);

/** Plurals of organization heads that name one body ("United Nations", "Confederated Salish and Kootenai Tribes"), not a possessive. */
export const PLURAL_ORG_HEADS = new Set(['nations', 'tribes']);

/**
 * Plural heads that end what a department is "of" as its subject ("Department of Health and
 * Human Services", "Department of Social Services"): there the "s" is the name's, even before
 * a unit ("… Services Office of Inspector General"), not a lost possessive.
 */
export const PLURAL_SUBJECT_HEADS = new Set(['services']);

/**
 * What a department or ministry is "of" when that is one thing, never a plural: "Department of
 * Justice", "Ministry of Defence". Written with an "s" ("Department of Justices commitment"),
 * it is a possessive whose apostrophe was lost (true plurals that name bodies, "Department of
 * Corrections", "Bureau of Prisons", are not here).
 */
export const SINGULAR_DEPARTMENT_SUBJECTS = new Set([
  'justice', 'defense', 'defence', 'labor', 'labour', 'state', 'treasury', 'commerce', 'energy',
  'education', 'agriculture', 'interior', 'health', 'transportation', 'transport', 'finance',
  'trade', 'culture', 'industry', 'environment', 'tourism', 'housing', 'revenue', 'taxation',
]);

/** First words of a local agency's name that its town and state may precede ("Alvin, Texas, Police Department"). */
export const LOCAL_AGENCY_WORDS = new Set(['police', 'sheriff', 'sheriffs', 'fire', 'marshal', 'marshals', 'constable', 'constables']);

/** Leads of a name whose "of" complement is a subject of SINGULAR_DEPARTMENT_SUBJECTS. */
export const DEPARTMENT_LEADS = new Set(['department', 'ministry']);

/** Legal-form suffixes: the name before them is a company ("EADS N.V.", "Acme Inc."). */
export const ORG_SUFFIXES = new Set([
  'inc.', 'inc', 'ltd.', 'ltd', 'llc', 'l.l.c.', 'llp', 'n.v.', 'nv', 'ag', 'gmbh', 's.a.', 'sa',
  'plc', 'co.', 'corp.', 'corp', 'p.c.', 'pllc', 'lp', 'l.p.', 'b.v.', 'se', 'oy', 'ab', 'a/s',
  's.p.a.', 'spa', 'pty', 'limited', 'incorporated',
]);

/** First words that make "<Word> of <Name>" an organization ("Department of Justice"). */
export const ORG_LEADS: Map<string, string> = dict({
  department: 'government', ministry: 'government', office: 'government', bureau: 'government',
  agency: 'government', commission: 'government', committee: 'government', council: 'government',
  court: 'government', board: 'government', house: 'government', administration: 'government',
  division: 'government', directorate: 'government', university: 'education', college: 'education',
  institute: 'education', school: 'education', academy: 'education', bank: 'company',
  church: 'ngo', league: 'group', federation: 'ngo', association: 'ngo', order: 'ngo',
  organization: 'ngo', organisation: 'ngo', party: 'group', union: 'ngo', army: 'government',
  service: 'government', centre: 'ngo', center: 'ngo', society: 'ngo', friends: 'ngo',
});

/** Well-known acronyms of organizations (support only; unknown ones come from "(ABC)"). */
export const ORG_ACRONYMS: Map<string, string> = dict({
  FBI: 'government', DEA: 'government', ATF: 'government', IRS: 'government', DOJ: 'government',
  DHS: 'government', ICE: 'government', HSI: 'government', CBP: 'government', USAO: 'government',
  EPA: 'government', NASA: 'government', CIA: 'government', NSA: 'government', SEC: 'government',
  FTC: 'government', FDA: 'government', CDC: 'government', USPS: 'government', OIG: 'government',
  HHS: 'government', USDA: 'government', NATO: 'ngo', UN: 'ngo', EU: 'government', WHO: 'ngo',
  UNESCO: 'ngo', UNICEF: 'ngo', IMF: 'ngo', OPEC: 'ngo', IAEA: 'ngo', FIFA: 'ngo', IOC: 'ngo',
  BBC: 'media', CNN: 'media', AP: 'media', AFP: 'media', TASS: 'media', NPR: 'media', ABC: 'media',
  NBC: 'media', CBS: 'media', PBS: 'media', FSB: 'government', KGB: 'government', USAF: 'government',
  NYPD: 'government', LAPD: 'government', OVC: 'government', OJP: 'government', BOP: 'government',
  USMS: 'government', FEMA: 'government', OSHA: 'government', NHTSA: 'government', FAA: 'government',
  IBM: 'company', GM: 'company', BP: 'company',
});

/**
 * Heads of names that are none of our kinds — laws, documents, programmes, awards: "Consumer
 * Product Safety Act", "Amended Complaint". A run ending in one is not a person.
 */
export const NON_ENTITY_HEADS = new Set([
  'act', 'law', 'code', 'amendment', 'bill', 'treaty', 'complaint', 'indictment', 'order', 'rule',
  'regulation', 'regulations', 'policy', 'plan', 'strategy', 'award', 'awards', 'prize', 'medal',
  'report', 'guidelines', 'statute', 'constitution', 'charter', 'manual', 'list', 'index', 'form',
  'grant', 'grants', 'initiative', 'project', 'campaign', 'doctrine', 'protocol', 'accord', 'accords',
  'injunction', 'decree', 'subpoena', 'summons', 'warrant', 'petition', 'affidavit', 'ordinance', 'program', 'programme',
  // Faiths ("Roman Catholic cathedral", "the leader of Roman Catholic Christianity").
  'catholic', 'catholicism', 'christianity', 'islam', 'judaism', 'protestant', 'orthodox',
]);

/**
 * Words that name a legal document or measure and no person: a name never holds one ("President
 * Trumps Executive Order", "Yu Plea Agreement", "Worsham Information"). Narrower than
 * NON_ENTITY_HEADS, whose "Grant", "Law" and "Bill" are names too.
 */
export const LEGAL_DOCUMENT_WORDS = new Set([
  'agreement', 'indictment', 'complaint', 'information', 'judgment', 'judgement', 'memorandum',
  'stipulation', 'injunction', 'decree', 'subpoena', 'summons', 'affidavit', 'petition', 'order',
  'act', 'plea', 'motion', 'verdict', 'statute', 'ordinance', 'regulation', 'regulations',
  'amendment', 'guidelines', 'policy', 'program', 'programme',
]);

/**
 * Well-known organizations whose names look like people's ("Lockheed Martin", "Morgan
 * Stanley"): support for what shape alone gets wrong. Lower case; subtype company unless noted.
 */
export const KNOWN_ORGANIZATIONS: Map<string, string> = dict({
  'lockheed martin': 'company', 'lockheed': 'company', 'johnson & johnson': 'company', 'morgan stanley': 'company',
  'goldman sachs': 'company', 'merrill lynch': 'company', 'ernst & young': 'company', 'charles schwab': 'company',
  'dow jones': 'company', 'philip morris': 'company', 'estee lauder': 'company', 'ralph lauren': 'company',
  'marks & spencer': 'company', 'eli lilly': 'company', 'walt disney': 'company', 'procter & gamble': 'company',
  'northrop grumman': 'company', 'raytheon': 'company', 'boeing': 'company', 'airbus': 'company',
  'wells fargo': 'company', 'jp morgan': 'company', 'jpmorgan chase': 'company', 'lehman brothers': 'company',
  'bear stearns': 'company', 'dean witter': 'company', 'smith barney': 'company', 'kellogg': 'company',
  'harley-davidson': 'company', 'rolls-royce': 'company', 'mercedes-benz': 'company', 'louis vuitton': 'company',
  'calvin klein': 'company', 'tommy hilfiger': 'company', 'hewlett-packard': 'company', 'black & decker': 'company',
  'booz allen hamilton': 'company', 'arthur andersen': 'company', 'deloitte': 'company', 'kpmg': 'company',
  'pricewaterhousecoopers': 'company', 'baker mckenzie': 'company', 'skadden': 'company', 'sikorsky': 'company',
  'general dynamics': 'company', 'general electric': 'company', 'general motors': 'company', 'apple': 'company',
  'microsoft': 'company', 'google': 'company', 'amazon': 'company', 'facebook': 'company', 'twitter': 'company',
  'youtube': 'company', 'roscosmos': 'government', 'european union': 'government', 'reuters': 'media', 'bloomberg': 'media', 'associated press': 'media', 'politico': 'media',
  'agence france-presse': 'media', 'al jazeera': 'media', 'xinhua': 'media', 'interfax': 'media', 'tass': 'media',
  'wikinews': 'media', 'wikipedia': 'media', 'voice of america': 'media', 'bbc': 'media', 'cnn': 'media', 'nbc': 'media',
  'cbs': 'media', 'fox news': 'media', 'npr': 'media', 'netflix': 'company', 'instagram': 'company', 'tiktok': 'company',
  'whatsapp': 'company', 'linkedin': 'company', 'uber': 'company', 'airbnb': 'company', 'tesla': 'company', 'spacex': 'company',
  'nasa': 'government', 'interpol': 'government', 'europol': 'government', 'nato': 'government', 'unesco': 'government',
  'unicef': 'ngo', 'world health organization': 'government', 'world bank': 'government', 'african union': 'government',
});
