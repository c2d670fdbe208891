/** Places: positive and negative examples per construction, containment and datelines. */
import type { CorpusExample } from '../corpus-types.js';

export const PLACE_CORPUS: CorpusExample[] = [
  { shows: 'an unknown city before a known country', text: 'The forum opened in Drelkovo, Russia, on Monday.', places: ['Drelkovo', 'Russia'], within: [['Drelkovo', 'Russia']] },
  { shows: '"the province of X"', text: 'Trade with the province of Oskarvan grew.', places: ['Oskarvan'] },
  { shows: '"the X district"', text: 'He is the governor of the Lubrin district.', places: ['Lubrin district'] },
  { shows: 'X Oblast by head word', text: 'Floods hit Tverskaya Oblast last week.', places: ['Tverskaya Oblast'] },
  { shows: 'a landmark "of the"', text: 'They laid flowers at the monument of the Eternal Fame.', places: ['monument of the Eternal Fame'] },
  { shows: 'a landmark named after a person', text: 'The walk ended in a park named after Admiral Ilse Varga.', places: ['park named after Admiral Ilse Varga'] },
  { shows: 'a garden by head word', text: 'The ceremony was held in the Brotherhood Garden.', places: ['Brotherhood Garden'] },
  { shows: '"Republic of X" and "X" are one place', text: 'The Republic of Moldova signed. Moldova will host the next round.', sameEntity: [['Republic of Moldova', ['Republic of Moldova', 'Moldova']]] },
  { shows: '"U.S." and "United States" are one place', text: 'The United States objected. U.S. officials said so.', sameEntity: [['United States', ['United States', 'U.S.']]] },
  { shows: 'a demonym state name', text: 'Ties with the Russian Federation improved.', places: ['Russian Federation'] },
  { shows: '"Washington, D.C." is one place', text: 'The awards were given in Washington, D.C., on Friday.', places: ['Washington, D.C.'] },
  { shows: 'a judicial district', text: 'He pleaded guilty in the Eastern District of Virginia.', places: ['Eastern District of Virginia'] },
  { shows: 'a dateline with a date', text: 'ASTANA, May 14, 2024 – The forum opened today.', dateline: { place: 'ASTANA', date: '2024-05-14' } },
  { shows: 'a dateline that lost its dash', text: 'Title of the release\n\n2018-03-01\n\nWASHINGTON Elmo George was indicted today.', dateline: { place: 'WASHINGTON', date: '2018-03-01' }, people: ['Elmo George'] },
  { shows: 'a header date line', text: 'Storm hits coast\n\nFriday, January 4, 2019\n\nA storm hit the coast.', dateline: { place: null, date: '2019-01-04' } },
  { shows: 'not a place: a demonym', text: 'The Azerbaijani and Russian delegations met.', notPlaces: ['Azerbaijani', 'Russian'] },
  { shows: 'not a place: a month after "in"', text: 'The plant will open in May.', notPlaces: ['May'] },
  { shows: 'a world city that compromise does not know (MEANTIME)', text: 'The 777 can fly from London to Sydney non-stop.', places: ['London', 'Sydney'], notPeople: ['Sydney'] },
  { shows: 'every name of a list before a plural place head is a place of that kind (DOJ)', text: 'They bid at foreclosure auctions in San Francisco, San Mateo, Alameda, and Contra Costa counties.', places: ['San Mateo', 'Alameda', 'Contra Costa'], notPeople: ['San Mateo', 'Contra Costa'] },
  { shows: 'a corner is a landmark (Wikinews)', text: 'Protesters marched from Hyde Park Corner to Parliament Square.', places: ['Hyde Park Corner', 'Parliament Square'], notPeople: ['Hyde Park Corner'] },
  { shows: 'no shorter place inside a place that ends an organization\'s name (DOJ)', text: 'The U.S. Attorneys Office for the Southern District of New York and the U.S. Attorneys Office for the District of New Jersey investigated.', places: ['Southern District of New York', 'New York', 'District of New Jersey', 'New Jersey'], notPlaces: ['York', 'Jersey'] },
  { shows: 'a drive, a lane, a parkway are streets (DOJ)', text: 'Dennis was living on Seward Drive in Port Richey. The car was found on Scott Lane.', places: ['Seward Drive', 'Scott Lane'], notPeople: ['Seward Drive', 'Scott Lane'] },
  { shows: 'a demonym before "Union" is a state, unless the name is a known body (DOJ)', text: 'He is the Department of Justice Representative to the European Union Michael C. Olmsted. The Soviet Union fell and the Russian Federation took its seat.', organizations: ['European Union'], notPlaces: ['European Union'], places: ['Soviet Union', 'Russian Federation'] },
  { shows: 'a county named by a possessive keeps its apostrophe and is no title and person ("Prince George\'s County")', text: "Officers of the Prince George's County Police Department arrested him. He lives in Queen Anne's County, Maryland. Prince Charles visited.", places: ["Queen Anne's County", 'Maryland'], organizations: ["Prince George's County Police Department"], notPeople: ['George', 'Anne'], titles: [{ holder: 'Charles', title: 'Prince' }] },
];
