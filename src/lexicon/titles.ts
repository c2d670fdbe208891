/**
 * Title words. A title is a run of modifiers ending in a head ("Acting Assistant Attorney
 * General", "Executive Director", "governor"), optionally followed by "in Charge".
 */
import { COMPASS_WORDS } from './places.js';

/** Words that end a title. */
export const TITLE_HEADS = new Set([
  'president', 'vice-president', 'director', 'governor', 'minister', 'secretary', 'attorney',
  'agent', 'judge', 'justice', 'magistrate', 'chairman', 'chairwoman', 'chairperson', 'chair',
  'ceo', 'cfo', 'coo', 'cto', 'cio', 'head', 'chief', 'commissioner', 'spokesperson', 'spokesman',
  'spokeswoman', 'advocate', 'mayor', 'senator', 'mp', 'representative', 'congressman', 'congresswoman',
  'ambassador', 'general', 'colonel', 'captain', 'lieutenant', 'sergeant', 'constable', 'officer', 'inspector',
  'superintendent', 'sheriff', 'prosecutor', 'counsel', 'analyst', 'manager', 'founder',
  'co-founder', 'owner', 'coach', 'leader', 'chancellor', 'premier', 'king', 'queen', 'prince',
  'princess', 'pope', 'bishop', 'archbishop', 'professor', 'dean', 'editor', 'correspondent',
  'reporter', 'economist', 'executive', 'administrator', 'adviser', 'advisor', 'deputy',
  'treasurer', 'partner', 'principal', 'marshal', 'investigator', 'detective', 'trooper', 'warden',
  'commander', 'admiral', 'major', 'corporal', 'envoy', 'delegate', 'chairmen', 'lawmaker',
  'legislator', 'councilman', 'councilwoman', 'councillor', 'councilor', 'assemblyman',
  'assemblywoman', 'solicitor', 'auditor', 'comptroller', 'controller', 'registrar', 'provost',
  'rector', 'curator', 'architect', 'engineer', 'scientist', 'researcher', 'physician',
  'surgeon', 'emir', 'sultan', 'sheikh', 'monarch', 'dictator', 'consul',
  'attaché', 'undersecretary', 'under-secretary', 'secretary-general', 'director-general',
  'governor-general', 'ombudsman', 'coordinator', 'supervisor', 'trustee', 'executor', 'member',
  'striker', 'midfielder', 'defender', 'goalkeeper', 'pitcher', 'quarterback', 'player',
  'astronaut', 'pilot', 'commentator', 'columnist', 'journalist', 'photographer',
  'lawyer', 'author', 'writer', 'actor', 'actress', 'singer', 'musician',
  'president-elect', 'nominee', 'candidate', 'chief-of-staff', 'taoiseach',
  'entrepreneur', 'producer', 'nurse', 'doctor', 'teacher', 'farmer', 'pastor', 'priest',
  'rabbi', 'imam', 'businessman', 'businesswoman', 'activist', 'cosmonaut', 'firefighter',
  'paramedic', 'accountant', 'consultant', 'broker', 'banker', 'investor', 'contractor', 'employee',
  'programmer', 'designer', 'chef', 'athlete', 'referee', 'attache', 'counselor', 'counsellor', 'steward', 'ranger',
  'speaker', 'whip', 'wrestler', 'star', 'sportswriter', 'filmmaker', 'entertainer',
]);

/** Heads that stand as a title only before a name or after "the … of" (too common alone). */
export const WEAK_TITLE_HEADS = new Set([
  'member', 'player', 'author', 'writer', 'actor', 'actress', 'singer', 'musician', 'engineer',
  'scientist', 'researcher', 'physician', 'surgeon', 'architect', 'pilot', 'journalist',
  'photographer', 'lawyer', 'candidate', 'nominee', 'partner', 'principal', 'delegate', 'leader',
  'head', 'officer', 'agent', 'executive', 'major', 'general', 'justice', 'chief',
]);

/**
 * A minister's or secretary's portfolio: modifiers before the head ("Health Minister") and the
 * end of "minister for|of …" ("minister for East African Affairs").
 */
export const PORTFOLIOS = new Set([
  'affairs', 'finance', 'trade', 'health', 'justice', 'education', 'energy', 'transport', 'interior',
  'defence', 'defense', 'agriculture', 'culture', 'commerce', 'industry', 'labour', 'labor',
  'environment', 'tourism', 'housing', 'security', 'homeland',
]);

/** Region words that may stand inside a title ("Deputy Midwest Regional Director"). */
export const REGION_MODIFIERS = new Set([...COMPASS_WORDS, 'midwest', 'midwestern', 'pacific']);

/** Heads that take a portfolio ("Emergencies Minister", "Secretary of Commerce"). */
export const PORTFOLIO_HEADS = new Set(['minister', 'secretary']);

/**
 * A company's functions, after "of" in a corporate title ("Vice President of Sales", "Director
 * of Communications", "Head of Investor Relations"); matched by the function's last word.
 */
export const CORPORATE_FUNCTIONS = new Set([
  'sales', 'marketing', 'communications', 'operations', 'engineering', 'research', 'development',
  'finance', 'product', 'products', 'technology', 'strategy', 'policy', 'resources', 'relations',
  'affairs', 'programs', 'partnerships', 'procurement', 'compliance', 'design', 'manufacturing',
  'logistics', 'security', 'innovation', 'growth', 'analytics', 'investments', 'outreach',
]);

/** A field of study after "professor of" ("professor of chemistry", "Professor of Political Science"), by its last word. */
export const ACADEMIC_FIELDS = new Set([
  'chemistry', 'physics', 'biology', 'mathematics', 'medicine', 'law', 'history', 'economics',
  'engineering', 'science', 'sciences', 'psychology', 'sociology', 'philosophy', 'linguistics',
  'anthropology', 'geology', 'astronomy', 'epidemiology', 'neuroscience', 'genetics', 'pharmacology',
  'immunology', 'microbiology', 'ecology', 'statistics', 'finance', 'accounting', 'management',
  'marketing', 'journalism', 'music', 'art', 'literature', 'english', 'education', 'nursing',
  'surgery', 'pediatrics', 'psychiatry', 'radiology', 'cardiology', 'oncology', 'virology',
  'climatology', 'oceanography', 'geography', 'architecture', 'studies', 'theology', 'classics',
]);

/**
 * What "for|of" + a word of these sets adds to a title with this head (its last word, or its
 * last two): "minister for East African Affairs", "Assistant Inspector General for Investigations",
 * "Vice President of Sales".
 */
export const PORTFOLIOS_AFTER_HEAD: Map<string, Set<string>> = new Map([
  ['minister', PORTFOLIOS],
  ['secretary', PORTFOLIOS],
  ['president', CORPORATE_FUNCTIONS],
  ['director', CORPORATE_FUNCTIONS],
  ['head', CORPORATE_FUNCTIONS],
  ['manager', CORPORATE_FUNCTIONS],
  ['professor', ACADEMIC_FIELDS],
  ['lecturer', ACADEMIC_FIELDS],
  ['inspector general', new Set(['investigations', 'audit', 'audits', 'inspections', 'evaluations'])],
]);

/** Adjectives that are part of a lower-case occupation ("professional wrestler", "real estate investor"). */
export const OCCUPATION_ADJECTIVES = new Set(['professional', 'real']);

/** Words that modify a following title word ("Executive Director", "Acting Assistant …"). */
export const TITLE_MODIFIERS = new Set([
  ...PORTFOLIOS,
  'executive', 'warrant', 'litigation', 'deputy', 'assistant', 'acting', 'certified', 'interim', 'special', 'senior', 'chief', 'vice',
  'associate', 'principal', 'first', 'second', 'managing', 'general', 'u.s.', 'us', 'federal',
  'state', 'district', 'regional', 'national', 'foreign', 'prime', 'lead', 'supervisory',
  'supervising', 'trial', 'county', 'city', 'circuit', 'appeals', 'appellate', 'bankruptcy',
  'magistrate', 'presiding', 'attorney', 'police', 'fire', 'technical', 'creative', 'financial',
  'operating', 'information', 'technology', 'marketing', 'communications', 'press', 'public',
  'affairs', 'defence', 'defense', 'political', 'security', 'founding', 'honorary', 'head',
  'team', 'ranking', 'majority', 'minority', 'provincial', 'municipal', 'local', 'royal',
  'united', 'states', 'interior', 'health', 'finance', 'justice', 'education', 'emergencies',
  'emergency', 'situations', 'labour', 'labor', 'trade', 'energy', 'environment', 'transport',
  'agriculture', 'culture', 'sports', 'economy', 'economic', 'home', 'science', 'industry',
  'commerce', 'treasury', 'housing', 'tourism', 'media', 'legal', 'medical', 'research', 'program',
  'project', 'sales', 'human', 'resources', 'art', 'artistic', 'music', 'editor', 'news',
  'executive-in-charge', 'co', 'vice-', 'board', 'opposition',
  'army', 'navy', 'air', 'force', 'military', 
  'intelligence', 'counterterrorism',
  'criminal', 'civil', 'rights', 'tax', 'antitrust', 'environmental', 'natural', 'immigration',
  'border', 'customs', 'drug', 'homeland', 'investigative', 'inspector', 'surgeon', 'solicitor',
  'postmaster', 'auditor', 'secretary', 'director', 'governor', 'minister', 'president',
  'commissioner', 'development', 'lieutenant', 'major', 'brigadier',
  'rear', 'staff', 'master', 'grand', 'court', 'supreme', 'postal', 'petty', 'paralegal',
]);

/** Titles that are whole phrases, matched before the modifier+head rule. Lower case. */
export const TITLE_PHRASES = [
  'special agent in charge',
  'assistant special agent in charge',
  'acting special agent in charge',
  'attorney general',
  'assistant attorney general',
  'acting assistant attorney general',
  'principal deputy assistant attorney general',
  'deputy assistant attorney general',
  'deputy attorney general',
  'acting attorney general',
  'associate attorney general',
  'solicitor general',
  'inspector general',
  'surgeon general',
  'postmaster general',
  'secretary of state',
  'secretary general',
  'director general',
  'prime minister',
  'chief executive',
  'chief executive officer',
  'chief financial officer',
  'chief operating officer',
  'chief technology officer',
  'chief of staff',
  'chief of police',
  'chief justice',
  'vice president',
  'general manager',
  'general counsel',
  'head coach',
  'first lady',
  'crown prince',
  'secretary of defense',
];

/** Plurals of title words that, capitalised, name places far more often than people ("Queens", "Kings County"). */
export const PLACE_LIKE_PLURALS = new Set(['kings', 'queens']);

/** Grades after a rank: "Petty Officer First Class", "Sergeant First Class", "Airman Second Class". */
export const RANK_CLASSES = new Set(['first', 'second', 'third']);

/** Words never part of a title even when capitalised next to one. */
export const NOT_TITLE_WORDS = new Set(['the', 'a', 'an', 'of', 'and', 'for', 'in', 'at']);

/** Occupation nouns by their ending: "herpetologist", "immunologist", "physician", "cosmonaut". */
export const OCCUPATION_ENDING = /^[a-z]{4,}(ologist|ist|ician|naut|writer|maker|grapher)$/;

/** Words ending like an occupation that are not one. */
export const NOT_OCCUPATIONS = new Set(['terrorist', 'extremist', 'separatist', 'nationalist', 'communist', 'socialist', 'racist', 'supremacist', 'baptist', 'methodist', 'list', 'wrist', 'twist', 'assist', 'exist', 'insist', 'persist', 'resist', 'consist', 'subsist', 'desist', 'enlist', 'mist', 'fist', 'gist', 'schist', 'tourist']);

/** Countries that may stand before an office; stripped from the role except for the offices below. */
export const COUNTRY_PREFIXES = ['u.s.', 'us', 'united states', 'american', 'u.k.', 'uk', 'british'];
/** Offices whose name includes the country: "U.S. Attorney", "U.S. District Judge". */
export const COUNTRY_OFFICES = new Set(['attorney', 'judge', 'marshal', 'magistrate', 'trustee', 'attorneys', 'marshals']);

/** "Santa Barbara County Sheriff": after a name, "County" (or "City") ends the place's name. */
export const JURISDICTION_WORDS = new Set(['county', 'city']);

/** Modifiers that change the role (docs/annotation.md keeps them): "Senior", "Deputy", "Acting" … */
export const RANK_MODIFIERS = new Set(['senior', 'chief', 'deputy', 'assistant', 'acting', 'interim', 'executive', 'vice', 'associate', 'principal', 'special', 'managing', 'lead']);

/** Party adjectives before a role ("the Democratic chairman of …", "Labour MP Tom Watson"). */
export const PARTY_WORDS = new Set(['democratic', 'republican', 'conservative', 'liberal', 'labour', 'socialist', 'independent', 'green']);

/** Members of a legislature: a party word before them is their party, not part of the role ("Labour MP"). */
export const LEGISLATOR_HEADS = new Set(['mp', 'senator', 'representative', 'congressman', 'congresswoman', 'lawmaker', 'legislator', 'councillor', 'councilor', 'assemblyman', 'assemblywoman']);

/**
 * Words that say when a role was held, not what it is: they stand before a title and are not
 * part of it ("the former governor", "and retired general Michael Flynn").
 */
export const TENURE_WORDS = new Set(['former', 'formerly', 'then', 'now', 'currently', 'current', 'later', 'also', 'retired', 'longtime', 'incumbent']);

/** Title words that are also common family names ("Martin Luther King", "Gary Judge"): a name may end in one. */
export const TITLE_WORDS_ALSO_SURNAMES = new Set([
  'king', 'prince', 'duke', 'earl', 'baron', 'pope', 'bishop', 'dean', 'deacon', 'knight', 'marshal',
  'marshall', 'major', 'judge', 'chancellor', 'sheriff', 'mayor', 'governor', 'sergeant', 'constable',
]);

/** Fields named like a title ("criminal justice", "juvenile justice"): no role. */
export const FIELDS_LIKE_TITLES = new Set([
  'criminal justice', 'juvenile justice', 'social justice', 'restorative justice', 'environmental justice',
  'racial justice', 'civil justice', 'economic justice', 'transitional justice',
]);
