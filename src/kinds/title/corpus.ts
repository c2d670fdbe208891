/** Titles: every construction, with holder, role and organization or place. */
import type { CorpusExample } from '../corpus-types.js';

export const TITLE_CORPUS: CorpusExample[] = [
  { shows: 'pre-name title', text: 'Attorney General Jeff Sessions announced the charges.', titles: [{ holder: 'Jeff Sessions', title: 'Attorney General' }] },
  { shows: 'pre-name title with "of" attachment after the name', text: 'U.S. Attorney Jane Doe of the Southern District of New York announced the charges.', titles: [{ holder: 'Jane Doe', title: 'U.S. Attorney', place: 'Southern District of New York' }] },
  { shows: 'appositive with "the … of" a place', text: 'The delegation met Piotr Zawadzki, the governor of the Lubrin district.', titles: [{ holder: 'Piotr Zawadzki', title: 'governor', place: 'Lubrin district' }] },
  { shows: 'appositive without article, with organization', text: 'Mirela Dobrescu, Executive Director of the Media Council of the Republic of Moldova, thanked the hosts.', titles: [{ holder: 'Mirela Dobrescu', title: 'Executive Director', organization: 'Media Council of the Republic of Moldova' }] },
  { shows: 'post-head title before the name', text: 'At the meeting, the head of the Latvian delegation, Arturs Kalnins, spoke first.', titles: [{ holder: 'Arturs Kalnins', title: 'head' }] },
  { shows: 'copula', text: 'Dana Whitcombe is the CEO of Northwind Robotics Inc.', titles: [{ holder: 'Dana Whitcombe', title: 'CEO', organization: 'Northwind Robotics Inc.' }] },
  { shows: 'serves as', text: 'Tomasz Wrobel serves as chairman of the Baltic Ports Authority.', titles: [{ holder: 'Tomasz Wrobel', title: 'chairman', organization: 'Baltic Ports Authority' }] },
  { shows: 'possessive organization before the title', text: "Acme Robotics's CEO Priya Raman resigned.", titles: [{ holder: 'Priya Raman', title: 'CEO', organization: 'Acme Robotics' }] },
  { shows: 'organization name before the title', text: 'Northrop Grumman CEO Ron Sugar said they had won.', titles: [{ holder: 'Ron Sugar', title: 'CEO', organization: 'Northrop Grumman' }] },
  { shows: 'acting and deputy roles', text: 'Acting Deputy Assistant Attorney General Stuart M. Goldberg thanked the agents.', titles: [{ holder: 'Stuart M. Goldberg', title: 'Acting Deputy Assistant Attorney General' }] },
  { shows: 'former is not part of the role', text: 'Bill Weld, the former governor of Massachusetts, received 9 percent.', titles: [{ holder: 'Bill Weld', title: 'governor', place: 'Massachusetts' }] },
  { shows: 'coordinated titles', text: 'Local actor and producer Joshua Winch was on hand.', titles: [{ holder: 'Joshua Winch', title: 'actor' }, { holder: 'Joshua Winch', title: 'producer' }] },
  { shows: 'a plural title before a list of names', text: 'The case is prosecuted by Trial Attorneys Kerala Cowart, Claude Scott, and Lisa Hsiao of the Consumer Protection Branch.', titles: [{ holder: 'Kerala Cowart', title: 'Trial Attorney' }, { holder: 'Claude Scott', title: 'Trial Attorney' }, { holder: 'Lisa Hsiao', title: 'Trial Attorney' }] },
  { shows: 'Special Agent in Charge', text: 'Special Agent in Charge Rhonda Vey of the FBI Miami Field Office made the announcement.', titles: [{ holder: 'Rhonda Vey', title: 'Special Agent in Charge' }] },
  { shows: 'a country before an office is its place', text: 'United States President Donald Trump spoke.', titles: [{ holder: 'Donald Trump', title: 'President', place: 'United States' }] },
  { shows: 'an occupation by its ending', text: 'One of the authors, herpetologist David Blackburn, told the magazine.', titles: [{ holder: 'David Blackburn', title: 'herpetologist' }] },
  { shows: 'copula with an organization before the title', text: 'Lustyik was an FBI special agent who worked in New York.', titles: [{ holder: 'Lustyik', title: 'special agent', organization: 'FBI' }] },
  { shows: 'a title whose holder is never named is kept with a null holder', text: 'The Attorney General announced the settlement.', titles: [{ holder: null, title: 'Attorney General' }] },
  { shows: 'a plural title before a list gives each the singular (DOJ)', text: 'The case was prosecuted by Senior Counsels Ryan K. Dickey and James S. Yoon of the Criminal Division.', titles: [{ holder: 'Ryan K. Dickey', title: 'Senior Counsel' }, { holder: 'James S. Yoon', title: 'Senior Counsel' }] },
];
