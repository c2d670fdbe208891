/**
 * The catalogue of built-in rules: every `rule` name the extractor can put on a mention, title
 * or event (with --explain), its kind, its pattern in words and one example. `press-extract
 * rules` prints it; a test checks that every rule name seen in the output is listed here.
 */
import type { RuleInfo } from '../kinds/rule.js';

export const BUILTIN_RULES: RuleInfo[] = [
  // people
  { name: 'person.honorific', kind: 'person', pattern: 'Honorific Name', example: 'Mr. Ismailov' },
  { name: 'person.after-title', kind: 'person', pattern: 'Title Name (capitalised title before a name)', example: 'Attorney General Jeff Sessions' },
  { name: 'person.after-title-of', kind: 'person', pattern: 'Title of Organization Name', example: 'Director of the Office for Victims of Crime Darlene Hutchinson' },
  { name: 'person.given-name', kind: 'person', pattern: 'GivenName(lexicon) Name+', example: 'Igor Babushkin' },
  { name: 'person.speaker', kind: 'person', pattern: 'Name said | said Name', example: 'Frost said' },
  { name: 'person.age', kind: 'person', pattern: 'Name , Age ,', example: 'John Smith, 45,' },
  { name: 'person.who', kind: 'person', pattern: 'Name , who', example: 'Jane Roe, who led the team' },
  { name: 'person.named-after', kind: 'person', pattern: 'named after Name', example: 'a park named after Heydər Əliyev' },
  { name: 'person.appositive-title', kind: 'person', pattern: 'Name , [the|a] [former] Title', example: 'Bill Weld, the former governor of Massachusetts' },
  { name: 'person.copula-title', kind: 'person', pattern: 'Name is|was [a|the] [Org] Title', example: 'Lustyik was an FBI special agent' },
  { name: 'person.alias', kind: 'person', pattern: 'aka Name | also known as Name', example: 'Rizve Ahmed, aka Caesar' },
  { name: 'person.shape', kind: 'person', pattern: 'two to four capitalised name-shaped words with no other evidence', example: 'Alejandro Ismailov' },
  { name: 'person.short-form', kind: 'person', pattern: 'a family or given name of a person named in full elsewhere', example: 'Ismailov spoke' },
  { name: 'person.title-reference', kind: 'person', pattern: 'the Title (a title held by a person named before)', example: 'the Executive Director noted' },
  // titles
  { name: 'title.pre-name', kind: 'title', pattern: '[Org] Title Name [of Org]', example: 'Northrop Grumman CEO Ron Sugar' },
  { name: 'title.appositive', kind: 'title', pattern: 'Name , [the] Title [of Org|Place]', example: 'Igor Babushkin, the governor of the Hashtrak district' },
  { name: 'title.post-head', kind: 'title', pattern: 'the Title of X , Name', example: 'the head of the Azerbaijani delegation, Alejandro Ismailov' },
  { name: 'title.copula', kind: 'title', pattern: 'Name is|was|serves as [the] Title [of Org]', example: 'Jane Roe is the CEO of Acme' },
  { name: 'title.pre-name-list', kind: 'title', pattern: 'PluralTitle Name , Name , and Name [of Org]', example: 'Trial Attorneys Kerala Cowart, Claude Scott, and Lisa Hsiao' },
  { name: 'title.pre-name-of', kind: 'title', pattern: 'Title of|for Org|Place Name', example: 'U.S. Attorney for the District of Hawaii Florence T. Nakakuni' },
  { name: 'title.coordinated', kind: 'title', pattern: 'Title and Title Name', example: 'actor and producer Joshua Winch' },
  { name: 'title.unheld', kind: 'title', pattern: 'a capitalised Title, or a Title of Org|Place, with no holder named', example: 'the Attorney General' },
  // organizations
  { name: 'organization.legal-suffix', kind: 'organization', pattern: 'Name Inc.|Ltd.|LLC|N.V.|AG…', example: 'EADS N.V.' },
  { name: 'organization.head', kind: 'organization', pattern: 'Name+ Agency|Department|Office|University|… [of X]', example: 'Media Development Agency of the Republic of Azerbaijan' },
  { name: 'organization.lead-of', kind: 'organization', pattern: 'Department|Ministry|University|… of Name', example: 'Department of Justice' },
  { name: 'organization.acronym-lexicon', kind: 'organization', pattern: 'a well-known acronym', example: 'FBI' },
  { name: 'organization.acronym-shape', kind: 'organization', pattern: 'an unknown all-capitals acronym', example: 'OVC' },
  { name: 'organization.lexicon', kind: 'organization', pattern: "an organization in compromise's lexicon", example: 'Lockheed Martin' },
  { name: 'organization.before-title', kind: 'organization', pattern: 'Name Title Person (the name before a title)', example: 'JSA Research defence analyst Paul Nesbit' },
  { name: 'organization.possessive-owner', kind: 'organization', pattern: "Org's Unit with the apostrophe lost (Orgs Unit)", example: 'the Justice Departments Criminal Division' },
  { name: 'organization.possessive-title', kind: 'organization', pattern: "Name 's CEO|president|founder …", example: "Acme Robotics's CEO Priya Raman" },
  { name: 'organization.demonym-group', kind: 'organization', pattern: 'Demonym delegation|team|…', example: 'the Azerbaijani delegation' },
  { name: 'organization.group-reference', kind: 'organization', pattern: 'the delegation (after a named group)', example: 'The delegation then met' },
  { name: 'organization.head-reference', kind: 'organization', pattern: 'the Head (the head word of an organization named before)', example: 'the Agency' },
  // places
  { name: 'place.lexicon', kind: 'place', pattern: "a country, region or city in compromise's lexicon, or a known alias", example: 'Russia' },
  { name: 'place.demonym-state', kind: 'place', pattern: 'Demonym Federation|Republic|Union', example: 'Russian Federation' },
  { name: 'place.head', kind: 'place', pattern: 'Name+ Garden|Park|District|Airport|…', example: 'Brotherhood Garden' },
  { name: 'place.lead-of', kind: 'place', pattern: 'Republic|Province|[Direction] District of Name', example: 'Republic of Azerbaijan' },
  { name: 'place.nested', kind: 'place', pattern: 'a place in the "of" complement of a longer name', example: 'Media Development Agency of the Republic of Azerbaijan' },
  { name: 'place.name-district', kind: 'place', pattern: 'Name district|province|region|oblast (lower-case head)', example: 'the Hashtrak district' },
  { name: 'place.province-of', kind: 'place', pattern: 'the province|city|region of Name', example: 'the province of Hashtrakhan' },
  { name: 'place.name-districts', kind: 'place', pattern: 'Name and Name counties|districts|provinces', example: 'San Mateo and Contra Costa counties' },
  { name: 'place.name-area', kind: 'place', pattern: 'the Name area|neighborhood|suburb', example: 'the Karol Bagh area of New Delhi' },
  { name: 'place.possessive-owner', kind: 'place', pattern: "Place's Name with the apostrophe lost", example: 'Northern Californias San Francisco office' },
  { name: 'place.title-country', kind: 'place', pattern: 'Country Title Name', example: 'United States President Donald Trump' },
  { name: 'place.comma-place', kind: 'place', pattern: 'Name , KnownPlace', example: 'Hashtrakhan, Russia' },
  { name: 'place.locative', kind: 'place', pattern: 'in|at|near|from Name (no other evidence)', example: 'in Magnitogorsk' },
  { name: 'place.dateline', kind: 'place', pattern: 'CITY [, Date] — at the start of the body', example: 'WASHINGTON —' },
  // named events
  { name: 'event.head', kind: 'event', pattern: '[Ordinal|Roman] Name+ Forum|Summit|Conference|Festival|…', example: 'the eighth Xerxes Media Forum' },
  { name: 'event.lead', kind: 'event', pattern: 'Hurricane|Operation Name', example: 'Hurricane Harvey' },
  { name: 'event.head-reference', kind: 'event', pattern: 'the Head (the head word of a named event before)', example: 'the Forum' },
  // event occurrences
  { name: 'event.verb', kind: 'event-occurrence', pattern: 'a verb in the trigger lexicon, not negated, modal, conditional or a quote frame', example: 'The delegation then met with Igor Babushkin' },
  { name: 'event.verb-open', kind: 'event-occurrence', pattern: 'another verb in a past or auxiliary form, not stative, generic or adjectival', example: 'Casorso and Sanchez conspired with others' },
  { name: 'event.light-verb-hold', kind: 'event-occurrence', pattern: 'hold + event noun (the noun is the trigger)', example: 'a meeting … was held' },
  { name: 'event.light-verb-return', kind: 'event-occurrence', pattern: 'return + event noun', example: 'returned an indictment' },
  { name: 'event.light-verb-conduct', kind: 'event-occurrence', pattern: 'conduct + event noun', example: 'conducted an interview' },
  { name: 'event.light-verb-give', kind: 'event-occurrence', pattern: 'give + event noun', example: 'gave a speech' },
  { name: 'event.light-verb-make', kind: 'event-occurrence', pattern: 'make + event noun', example: 'made an arrest' },
  { name: 'event.light-verb-take', kind: 'event-occurrence', pattern: 'take + event noun', example: 'took a trip' },
  { name: 'event.light-verb-carry', kind: 'event-occurrence', pattern: 'carry + event noun', example: 'carried out an attack' },
  { name: 'event.light-verb-have', kind: 'event-occurrence', pattern: 'have + event noun', example: 'had a meeting' },
  { name: 'event.light-verb-enter', kind: 'event-occurrence', pattern: 'enter + event noun', example: 'entered into a settlement' },
];
