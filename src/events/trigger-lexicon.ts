/**
 * Event triggers as data: verb lemma → event type, and event nouns. The types are the README's
 * vocabulary: meeting, visit, participation, statement, ceremony, agreement, legal-charge,
 * legal-plea, legal-verdict, legal-sentence, legal-other, appointment, transaction, launch, other.
 */
import { dict } from '../lexicon/dict.js';

export const VERB_TRIGGERS: Map<string, string> = dict({
  // meeting
  meet: 'meeting', host: 'meeting', convene: 'meeting', gather: 'meeting', negotiate: 'meeting', discuss: 'meeting',
  // visit
  visit: 'visit', travel: 'visit', tour: 'visit', arrive: 'visit', fly: 'visit', return: 'visit', depart: 'visit',
  // participation
  participate: 'participation', attend: 'participation', join: 'participation', compete: 'participation', perform: 'participation',
  // statement (narrated communicative acts; quote frames are excluded in find-events.ts)
  thank: 'statement', emphasize: 'statement', emphasise: 'statement', speak: 'statement', note: 'statement',
  stress: 'statement', urge: 'statement', warn: 'statement', declare: 'statement', express: 'statement',
  welcome: 'statement', congratulate: 'statement', praise: 'statement', criticize: 'statement', criticise: 'statement',
  condemn: 'statement', exchange: 'statement', propose: 'statement', address: 'statement', deny: 'statement',
  confirm: 'statement', reveal: 'statement', call: 'statement', announce: 'statement', testify: 'statement',
  apologize: 'statement', apologise: 'statement', request: 'statement', ask: 'statement', promise: 'statement',
  tweet: 'statement', respond: 'statement', reply: 'statement', offer: 'statement', brief: 'statement',
  // ceremony
  lay: 'ceremony', honor: 'ceremony', honour: 'ceremony', recognize: 'ceremony', recognise: 'ceremony',
  celebrate: 'ceremony', commemorate: 'ceremony', inaugurate: 'ceremony', award: 'ceremony', mark: 'ceremony',
  // agreement
  sign: 'agreement', agree: 'agreement', settle: 'agreement', ratify: 'agreement', approve: 'agreement', accept: 'agreement',
  // legal
  charge: 'legal-charge', indict: 'legal-charge', arrest: 'legal-charge', accuse: 'legal-charge', sue: 'legal-charge',
  detain: 'legal-charge', extradite: 'legal-charge', apprehend: 'legal-charge', investigate: 'legal-other',
  plead: 'legal-plea', admit: 'legal-plea', convict: 'legal-verdict', acquit: 'legal-verdict', find: 'legal-verdict',
  sentence: 'legal-sentence', order: 'legal-sentence', fine: 'legal-sentence', file: 'legal-other',
  dismiss: 'legal-other', rule: 'legal-other', try: 'legal-other', prosecute: 'legal-other', appeal: 'legal-other',
  unseal: 'legal-other',
  // appointment
  appoint: 'appointment', elect: 'appointment', nominate: 'appointment', resign: 'appointment', hire: 'appointment',
  promote: 'appointment', swear: 'appointment', retire: 'appointment', fire: 'appointment', succeed: 'appointment',
  demote: 'appointment',
  // transaction
  acquire: 'transaction', buy: 'transaction', sell: 'transaction', purchase: 'transaction', pay: 'transaction',
  invest: 'transaction', merge: 'transaction', donate: 'transaction', raise: 'transaction', receive: 'transaction',
  steal: 'transaction', defraud: 'transaction', embezzle: 'transaction', launder: 'transaction', obtain: 'transaction',
  // launch
  launch: 'launch', release: 'launch', introduce: 'launch', unveil: 'launch', open: 'launch', begin: 'launch',
  start: 'launch', establish: 'launch', create: 'launch', found: 'launch', publish: 'launch',
  // other happenings
  die: 'other', kill: 'other', collapse: 'other', explode: 'other', crash: 'other', rescue: 'other', evacuate: 'other',
  injure: 'other', attack: 'other', shoot: 'other', win: 'other', lose: 'other', defeat: 'other', continue: 'other',
  end: 'other', organize: 'other', organise: 'other', vote: 'other', discover: 'other', destroy: 'other',
  damage: 'other', occur: 'other', happen: 'other', strike: 'other', hit: 'other', burn: 'other', flood: 'other',
  send: 'other', deliver: 'other', leave: 'other', escape: 'other', capture: 'other', seize: 'other',
  conspire: 'other', suspend: 'other', resume: 'other', cancel: 'other', postpone: 'other', close: 'other',
  withdraw: 'other', recover: 'other', search: 'other', flee: 'other', protest: 'other', fall: 'other',
  rise: 'other', increase: 'other', decline: 'other', drop: 'other', infect: 'other',
  spread: 'other', complete: 'other', submit: 'other', implement: 'other',
  carry: 'other', move: 'other', build: 'other', produce: 'other', supply: 'other',
  fight: 'other', challenge: 'other', block: 'other', ban: 'other', impose: 'other',
  pass: 'other', plan: 'other', score: 'other', record: 'other',
  break: 'other', catch: 'other', leap: 'other', suffocate: 'other', hospitalize: 'other', kidnap: 'other',
  murder: 'other', rob: 'other', assault: 'other', abuse: 'other', smuggle: 'other', traffic: 'other',
  distribute: 'other', possess: 'other', manufacture: 'other', falsify: 'other',
});
// British spellings of the -ize verbs ("hospitalise", "organise"): wink's lemmas keep the text's.
// A copy to iterate: a Map's iteration would also visit the entries added here.
for (const [lemma, type] of [...VERB_TRIGGERS]) {
  if (!lemma.endsWith('ize')) continue;
  const british = `${lemma.slice(0, -3)}ise`;
  if (!VERB_TRIGGERS.has(british)) VERB_TRIGGERS.set(british, type);
}

/** Verbs whose event is in their object noun when the noun is an event ("held a meeting"). */
export const LIGHT_VERBS = new Set(['hold', 'conduct', 'give', 'make', 'take', 'return', 'carry', 'have', 'enter', 'schedule', 'set', 'reach']);

/** Verbs that put off the event they introduce: "is scheduled to be sentenced" is the sentencing. */
export const SCHEDULING_VERBS = new Set(['schedule', 'set', 'expect', 'plan', 'due']);

/** Nouns that name events (used as triggers with light verbs or as subjects of "took place"). */
export const NOUN_TRIGGERS: Map<string, string> = dict({
  meeting: 'meeting', interview: 'statement', conference: 'meeting', summit: 'meeting', talks: 'meeting',
  visit: 'visit', trip: 'visit', ceremony: 'ceremony', speech: 'statement', indictment: 'legal-charge',
  arrest: 'legal-charge', trial: 'legal-other', conviction: 'legal-verdict', sentencing: 'legal-sentence',
  settlement: 'agreement', agreement: 'agreement', explosion: 'other', attack: 'other', election: 'other',
  vote: 'other', session: 'meeting', hearing: 'legal-other', plea: 'legal-plea', investigation: 'legal-other',
  crash: 'other', fire: 'other', earthquake: 'other', storm: 'other', protest: 'other', rally: 'other',
  caucus: 'other', primary: 'other', contest: 'other', consultation: 'meeting', review: 'other',
  announcement: 'statement', debut: 'launch', appearance: 'participation', drive: 'visit', journey: 'visit',
});

/**
 * "Wells admitted that she stole …", "Greene acknowledged that …": with a "that" clause these
 * tell what a plea agreement or a court document says; the acts in the clause are the events.
 */
export const ADMISSION_VERBS = new Set(['admit', 'acknowledge', 'concede']);

/**
 * Stative verbs that tell a happening with one of these words after them: "appeared in federal
 * court", "appeared before the judge", "the virus first appeared in December" (not "appears to
 * be").
 */
export const HAPPENING_WITH: Map<string, Set<string>> = dict({
  appear: new Set(['in', 'before', 'at']),
});

/**
 * "filed false tax returns", "filing fraudulent reports": what is filed makes the filing the
 * conduct of a case, not a step of it ("filed a complaint", "a lawsuit filed by Texas").
 */
export const CONDUCT_FILINGS = new Set(['return', 'returns', 'report', 'reports', 'form', 'forms', 'application', 'applications']);

/**
 * Phrasal verbs: a verb and the particle right after it that together mean another act ("carried
 * out the attack", "passed away", "called off the vote"). The event's lemma is both words.
 */
export const PHRASAL_PARTICLES: Map<string, Set<string>> = dict({
  carry: new Set(['out']), pass: new Set(['away']), set: new Set(['up', 'off']), shut: new Set(['down']),
  call: new Set(['off']), put: new Set(['out']), turn: new Set(['off', 'over']), take: new Set(['over', 'off']),
  hand: new Set(['over', 'down']), come: new Set(['out']), break: new Set(['out', 'down']), step: new Set(['down']),
  give: new Set(['up']), pull: new Set(['out']), drop: new Set(['out']), wipe: new Set(['out']), rule: new Set(['out']),
  point: new Set(['out']), find: new Set(['out']), lay: new Set(['off']), blow: new Set(['up']), cut: new Set(['off']),
  pick: new Set(['up']), sign: new Set(['up']), back: new Set(['down']), roll: new Set(['out']), sell: new Set(['off']),
  pay: new Set(['off']), lock: new Set(['down']), crack: new Set(['down']), close: new Set(['down']), speak: new Set(['out']),
  reach: new Set(['out']), team: new Set(['up']), follow: new Set(['up']), go: new Set(['off']), kick: new Set(['off']),
});

/**
 * The steps of a case in their order (verb lemmas): charged or arrested, then in court, then a
 * plea or a verdict, then the sentence.
 */
export const CASE_STEPS: Map<string, number> = dict({ charge: 1, indict: 1, arrest: 1, appear: 2, arraign: 2, plead: 3, convict: 3, sentence: 4 });

/**
 * Verbs that, followed by a time, only place their subject in time: "The move came two days
 * after …", "The announcement came during the session".
 */
export const TIMING_VERBS = new Set(['come']);

/** Quote frames and the press office's own reporting: never events by themselves. */
export const REPORTING_VERBS = new Set(['say', 'state', 'add', 'report', 'accord', 'comment', 'write', 'tell', 'quote', 'cite', 'explain', 'remark']);

/** Verbs of the release's own frame: reporting, and "announce" ("…, announced U.S. Attorney X"). */
export const FRAME_VERBS = new Set([...REPORTING_VERBS, 'announce']);

/**
 * Verbs of saying and claiming: what they tell in a perfect or a passive past happened before
 * them ("announced Monday it has settled", "claiming the evaluation was skewed").
 */
export const CLAIM_VERBS = new Set([...FRAME_VERBS, 'claim', 'argue', 'confirm', 'reveal', 'allege', 'note', 'acknowledge', 'admit', 'insist']);

/** Words before a trigger that make it not happen (negation, modality, condition). */
export const NON_FACTUAL = new Set(['not', "n't", 'never', 'no', 'would', 'could', 'might', 'may', 'should', 'can', 'if', 'unless', 'faces', 'face', 'facing', 'must']);

/**
 * Verbs that describe states, attitudes or the writing itself rather than something happening:
 * never events by themselves, even though wink tags them VERB.
 */
export const STATIVE_VERBS = new Set([
  'be', 'have', 'do', 'seem', 'appear', 'include', 'involve', 'remain', 'know', 'believe', 'think',
  'want', 'need', 'wish', 'hope', 'feel', 'like', 'love', 'hate', 'mean', 'contain', 'consist',
  'belong', 'own', 'depend', 'deserve', 'exist', 'matter', 'require', 'concern',
  'regard', 'relate', 'know', 'understand', 'recognise', 'become', 'get', 'let', 'make', 'go',
  'take', 'put', 'see', 'look', 'help', 'try', 'continue', 'face',
  'allow', 'enable', 'ensure', 'reflect', 'underscore', 'demonstrate', 'show', 'remind', 'serve',
  'work', 'live', 'reside', 'base', 'locate', 'call', 'describe', 'mention',
  'accord', 'expect', 'plan', 'intend', 'aim', 'dedicate', 'devote', 'encourage',
  'urge', 'consider', 'stand', 'affect', 'support', 'protect', 'offer',
  'maintain', 'manage', 'run', 'own', 'employ', 'cost', 'total', 'number', 'estimate',
  'thank', 'appreciate', 'commend', 'applaud', 'congratulate', 'note', 'emphasize', 'stress',
]);

/**
 * Verbs whose object event comes after them: "negotiated the purchase", "expected sales",
 * "approved the deal", "delayed the departure". With other verbs the event named by the object
 * already happened: "won an order", "upheld the protest", "killed the deal".
 */
export const PROSPECTIVE_VERBS = new Set([
  'negotiate', 'expect', 'plan', 'propose', 'seek', 'schedule', 'approve', 'authorize', 'authorise',
  'announce', 'order', 'request', 'prepare', 'promise', 'forecast', 'predict', 'anticipate',
  'delay', 'postpone', 'cancel', 'suspend', 'block', 'ban', 'consider', 'discuss', 'fund', 'launch',
]);

/**
 * States proper: never a story event, even coordinated with one ("was arrested and remains in
 * custody"). Other stative-listed verbs are acts when coordinated with a story verb ("stole the
 * names and provided them to Hill").
 */
export const STATES = new Set([
  'be', 'have', 'do', 'seem', 'appear', 'include', 'involve', 'remain', 'know', 'believe', 'think',
  'want', 'need', 'wish', 'hope', 'feel', 'like', 'love', 'hate', 'mean', 'contain', 'consist',
  'belong', 'own', 'depend', 'deserve', 'exist', 'matter', 'require', 'concern', 'regard', 'relate',
  'understand', 'become', 'get', 'let', 'face', 'cost', 'total', 'number', 'base', 'locate', 'reside', 'live',
]);

/**
 * Verbs of attribution: a story event when a named person does it ("Ismailov noted in an
 * interview"), the text's sourcing otherwise ("CBS noted", "experts noted", "officials
 * confirmed", "authorities have speculated").
 */
export const ATTRIBUTION_VERBS = new Set(['note', 'confirm', 'speculate', 'indicate', 'suggest', 'observe']);

/** Verbs that say something did not happen or failed: never a timeline event by themselves. */
export const NEGATIVE_VERBS = new Set(['fail', 'refuse', 'decline', 'neglect', 'omit']);

/** Verbs that are never events: auxiliaries and copulas as main verbs, and empty verbs. */
export const NOT_EVENT_VERBS = new Set(['be', 'have', 'do', 'get', 'seem', 'become', 'remain', 'let', 'mean', 'accord', 'face', 'age', 'result']);

/**
 * Nouns that name a happening ("the flight", "a deal", "the lawsuit"): events the text mentions,
 * outside the timeline unless a light verb makes them its story event ("held a meeting").
 */
export const EVENT_NOUNS: Map<string, string> = dict({
  flight: 'other', flights: 'other', deal: 'agreement', deals: 'agreement', agreement: 'agreement', agreements: 'agreement',
  delivery: 'transaction', deliveries: 'transaction', purchase: 'transaction', purchases: 'transaction', order: 'transaction',
  orders: 'transaction', sale: 'transaction', sales: 'transaction', acquisition: 'transaction', merger: 'transaction',
  takeover: 'transaction', investment: 'transaction', payment: 'transaction', bid: 'transaction', offer: 'transaction',
  contract: 'agreement', settlement: 'agreement', ceremony: 'ceremony', statement: 'statement', announcement: 'statement',
  interview: 'statement', speech: 'statement', keynote: 'statement', lawsuit: 'legal-other', suit: 'legal-other',
  dispute: 'other', accident: 'other', crash: 'other', collision: 'other', explosion: 'other', fire: 'other',
  attack: 'other', attacks: 'other', war: 'other', battle: 'other', strike: 'other', protest: 'other', protests: 'other',
  development: 'other', delay: 'other', delays: 'other', tour: 'visit', visit: 'visit', trip: 'visit', launch: 'launch',
  release: 'launch', meeting: 'meeting', meetings: 'meeting', talks: 'meeting', negotiations: 'meeting',
  conference: 'meeting', summit: 'meeting', election: 'other', elections: 'other', vote: 'other', referendum: 'other',
  investigation: 'legal-other', inquiry: 'legal-other', probe: 'legal-other', trial: 'legal-other', hearing: 'legal-other',
  conviction: 'legal-verdict', sentencing: 'legal-sentence', arrest: 'legal-charge', arrests: 'legal-charge',
  indictment: 'legal-charge', plea: 'legal-plea', test: 'other', tests: 'other', production: 'other',
  operation: 'other', operations: 'other', search: 'other', rescue: 'other', recall: 'other', crisis: 'other',
  incident: 'other', event: 'other', events: 'other', competition: 'other', contest: 'other', campaign: 'other',
  demand: 'other', growth: 'other', decline: 'other', increase: 'other', drop: 'other', loss: 'other', losses: 'other',
  shipment: 'transaction', service: 'other', expansion: 'other', cut: 'other', cuts: 'other', layoffs: 'other',
  bankruptcy: 'other', restructuring: 'other', appointment: 'appointment', resignation: 'appointment',
  departure: 'other', arrival: 'visit', return: 'visit', decision: 'other', ruling: 'legal-other', verdict: 'legal-verdict',
  approval: 'agreement', ban: 'other', shutdown: 'other', outbreak: 'other', death: 'other', deaths: 'other',
  injury: 'other', injuries: 'other', collapse: 'other', earthquake: 'other', flood: 'other', storm: 'other',
  murder: 'other', murders: 'other', killing: 'other', killings: 'other', shooting: 'other', bombing: 'other',
  rally: 'meeting', rallies: 'meeting', march: 'other', demonstration: 'other', demonstrations: 'other',
});

/**
 * Verbs of aspect: "began turning off electricity", "began acting in theater", "started to
 * build": the act that begins is the story's event, not the beginning.
 */
export const ASPECTUAL_VERBS = new Set(['begin', 'start', 'resume', 'continue', 'stop', 'finish', 'cease', 'keep']);

/** Verbs whose object is the happening they bring about: "resulted in the death of 33 passengers". */
export const RESULT_VERBS = new Set(['result', 'cause', 'trigger', 'prompt']);

/**
 * Verbs whose past is their base form: after its subject ("his co-conspirator set up a
 * charity", "the storm cut power") the narrative's past, not a generality.
 */
export const SAME_FORM_PAST = new Set(['set', 'put', 'cut', 'shut', 'hit', 'let', 'spread', 'quit', 'hurt', 'cast', 'bid', 'burst', 'split', 'upset', 'shed', 'broadcast', 'forecast']);

/** Participles that name their noun ("an area called the Ellipse"): no event after the sentence's verb. */
/** -ing forms that before a noun are adjectives, not acts: "existing relationships", "an ongoing investigation". */
export const ADJECTIVAL_PARTICIPLES = new Set(['existing', 'ongoing', 'remaining', 'outstanding', 'pending', 'upcoming', 'growing', 'increasing', 'emerging', 'underlying', 'surrounding', 'neighboring', 'neighbouring', 'leading', 'missing', 'continuing', 'prevailing', 'participating', 'corresponding']);

export const NAMING_PARTICIPLES = new Set(['called', 'named', 'dubbed', 'titled', 'entitled', 'nicknamed']);

/** Adverbs of habit ("has always elected"): what they modify is no happening. */
export const HABITUAL_ADVERBS = new Set(['always', 'usually', 'often', 'routinely', 'traditionally', 'typically', 'generally', 'normally', 'regularly', 'frequently', 'habitually', 'customarily']);

/** Verbs of posting that frame a quotation or a clause after them ("tweeted he wasn't aware"). */
export const POSTING_VERBS = new Set(['tweet', 'post', 'write']);

/** Adverbs of an alleged act: a complaint's present tense after them tells conduct ("allegedly claims"). */
export const ALLEGATION_ADVERBS = new Set(['allegedly', 'fraudulently', 'falsely', 'illegally', 'unlawfully', 'knowingly', 'willfully', 'wilfully']);

/** Documents that charge ("According to the complaint, …"): their present tense tells conduct. */
export const CHARGING_DOCUMENTS = new Set(['complaint', 'indictment', 'information', 'suit', 'lawsuit']);

/** Nouns of purpose: "The aim is to reduce the risk" is no plan ("be to" + verb plans otherwise). */
export const GOAL_NOUNS = new Set(['aim', 'goal', 'purpose', 'objective', 'idea', 'intention', 'mission', 'task', 'job', 'point', 'plan', 'hope']);
