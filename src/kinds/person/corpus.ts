/** People: positive and negative examples per construction (issue "People and their titles"). */
import type { CorpusExample } from '../corpus-types.js';

export const PERSON_CORPUS: CorpusExample[] = [
  // names no list has seen, from shape and context
  { shows: 'an unseen name as an appositive holder', text: 'Tamerlan Oquendo-Vasari, the mayor of Drelk, opened the bridge.', people: ['Tamerlan Oquendo-Vasari'] },
  { shows: 'a given name that is also a common word ("Bill", "Frank") before another name word, also after a title; alone and in a law\'s name it is no person', text: 'Bill Brown said the search would go on. Sheriff Frank Hill agreed. The bill passed, and the Bill Payment Act took effect.', people: ['Bill Brown', 'Frank Hill'], notPeople: ['Bill Payment', 'Bill'] },
  { shows: 'an unseen name after a speech verb', text: '"We are ready," said Vusumuzi Kpelle.', people: ['Vusumuzi Kpelle'] },
  { shows: 'an unseen name before a speech verb', text: 'Oyelaran Tsvetkova said the talks would resume.', people: ['Oyelaran Tsvetkova'] },
  { shows: 'a name with an age', text: 'Brannoc Quillfeather, 52, of Ohio, pleaded guilty.', people: ['Brannoc Quillfeather'] },
  // letters outside ASCII
  { shows: 'Azerbaijani letters kept whole', text: 'A statue of Nərgiz Şükürova stands in the square, said Mayor Elçin Məmmədov.', people: ['Elçin Məmmədov'] },
  { shows: 'Spanish accents and a hyphen', text: 'The report was signed by Director José Ñúñez-García on Monday.', people: ['José Ñúñez-García'] },
  { shows: 'Vietnamese diacritics', text: 'Minister Nguyễn Thị Minh Khai met the delegation.', people: ['Nguyễn Thị Minh Khai'] },
  // initials, particles, suffixes, apostrophes
  { shows: 'a leading initial', text: 'Judge J. Michael Luttig wrote the opinion.', people: ['J. Michael Luttig'] },
  { shows: 'a middle initial', text: 'President George W. Bush signed the bill.', people: ['George W. Bush'] },
  { shows: 'a lower-case particle', text: 'The orchestra played a symphony by Ludwig van Beethoven, said conductor Ilse Varga.', people: ['Ludwig van Beethoven'] },
  { shows: 'bin', text: 'Officials said Osama bin Laden had planned the attack.', people: ['Osama bin Laden'] },
  { shows: 'de', text: 'The airport was named after General Charles de Gaulle.', people: ['Charles de Gaulle'] },
  { shows: 'a glued Arabic article', text: 'The defendants were Wadoud Muhammad Hafiz al-Turki and two others, prosecutors said.', people: ['Wadoud Muhammad Hafiz al-Turki'] },
  { shows: 'a generational suffix', text: 'U.S. Attorney George L. Beck Jr. of the Middle District of Alabama announced the plea.', people: ['George L. Beck Jr.'] },
  { shows: 'a roman-numeral suffix', text: 'Chairman John Smith III spoke at the meeting.', people: ['John Smith III'] },
  { shows: 'an apostrophe in the name', text: 'Senator Maureen O\'Brien voted against it.', people: ["Maureen O'Brien"] },
  { shows: 'a hyphenated given name', text: 'Jean-Luc Moreau, the head of the agency, resigned.', people: ['Jean-Luc Moreau'] },
  { shows: 'a lost apostrophe: one-word surname before "said"', text: 'Attorney General Jeff Sessions spoke. Protecting victims is our duty, Sessions said.', people: ['Jeff Sessions'], sameEntity: [['Jeff Sessions', ['Jeff Sessions', 'Sessions']]] },
  // honorifics
  { shows: 'Mr. with a surname joins the full name', text: 'Alvaro Quintanilla arrived on Monday. Mr. Quintanilla met the press.', sameEntity: [['Alvaro Quintanilla', ['Alvaro Quintanilla', 'Quintanilla']]] },
  { shows: 'Dr. before an unseen name', text: 'The study was led by Dr. Ingrid Haavik-Solberg.', people: ['Ingrid Haavik-Solberg'] },
  { shows: 'Sen. as a title', text: 'Sen. Marla Kettering introduced the measure.', people: ['Marla Kettering'], titles: [{ holder: 'Marla Kettering', title: 'Senator' }] },
  // one entity per person; different people stay apart
  { shows: 'surname mentions join the nearest full name', text: 'Rahim Oduya and Lena Oduya were charged. Rahim Oduya pleaded guilty. Lena Oduya did not.', distinct: [['Rahim Oduya', 'Lena Oduya']] },
  { shows: 'a title-only reference joins its holder', text: 'Kofi Mensah-Boateng, Executive Director of the Port Authority of Tema, spoke. Later the Executive Director toured the docks.', sameEntity: [['Kofi Mensah-Boateng', ['Kofi Mensah-Boateng', 'Executive Director']]] },
  { shows: 'a person named in a landmark name is a person', text: 'They laid flowers in a park named after Marshal Ivo Radić.', people: ['Ivo Radić'], places: ['park named after Marshal Ivo Radić'] },
  // not people
  { shows: 'a company that looks like a name', text: 'Lockheed Martin won the contract over Boeing.', notPeople: ['Lockheed Martin'] },
  { shows: 'a company with an ampersand', text: 'Johnson & Johnson agreed to pay $5 million.', notPeople: ['Johnson & Johnson', 'Johnson'] },
  { shows: 'a place with an accent', text: 'The flight landed in São Paulo on Friday.', notPeople: ['São Paulo'], places: ['São Paulo'] },
  { shows: 'a title without a name', text: 'The Attorney General announced new charges on Tuesday.', notPeople: ['Attorney General'] },
  { shows: 'months and weekdays', text: 'On Monday, May 14, the court met. In June officials returned.', notPeople: ['Monday', 'May', 'June'] },
  { shows: 'an appositive title is one title right after the comma (an article, "former" and nouns before it): not a pre-name title of the next person, a plural, or a title after a verb or "and" (DOJ)', text: 'Taxes fund programs for our fellow Americans, Attorney General Sessions said. Nicholas Young, 38, of Fairfax, Virginia, and a former police officer, was sentenced. Godwin Oriakhi, 61, of Houston, was sentenced by U.S. District Judge Sim Lake. This Office, together with our law enforcement partners, will remain vigilant. Further, members of the gang greet each other. Jon Lustyik, an FBI special agent, was charged. Jane Roe, the company\'s CEO, resigned.', people: ['Nicholas Young', 'Godwin Oriakhi', 'Jon Lustyik', 'Jane Roe'], notPeople: ['Americans', 'Virginia', 'Houston', 'Office', 'Further'] },
  { shows: 'a name suffix after its name\'s comma is no person of its own (DOJ)', text: 'The case is prosecuted by Trial Attorneys Sean Beaty and Charles M. Edgar, Jr., who work in the Tax Division.', people: ['Sean Beaty', 'Charles M. Edgar'], notPeople: ['Jr.'] },
  { shows: 'an Irish or Italian family name whose apostrophe the source lost ("ONeill", "DAddio") is a name word (DOJ)', text: 'Commissioner James P. ONeill of the NYPD and Director Dermot OReilly spoke. Assistant U.S. Attorney David J. DAddio and Mary OBrien said so.', people: ['James P. ONeill', 'Dermot OReilly', 'David J. DAddio', 'Mary OBrien'], notPeople: ['James P.', 'Dermot', 'David J.'] },
  { shows: 'a possessive whose apostrophe the source lost joins the name without the "s", and the name stays the one without it (DOJ)', text: 'Director Phil Keith of the COPS Office spoke in Trenton, New Jersey. Under Phil Keiths leadership, the office grew, and President Trump praised it. Attorney General Sessions thanked President Trumps team. Each organization was invited because they often work with New Jerseys most vulnerable populations.', people: ['Phil Keith', 'Trump'], places: ['New Jersey'], sameEntity: [['Phil Keith', ['Phil Keith', 'Phil Keiths']], ['Trump', ['Trump', 'Trumps']], ['New Jersey', ['New Jersey', 'New Jerseys']]] },
  { shows: 'a deictic day before an appositive organization is no person (DOJ)', text: 'Today, the Department of Justice recognized Captain William Citty with the Allied Professional Award. Yesterday, the Governor spoke to USA Today.', people: ['William Citty'], organizations: ['USA Today'], notPeople: ['Today', 'Yesterday'] },
  { shows: 'sentence-initial capitalised words', text: 'Significantly, the forum will continue. During the meeting, delegates spoke. Officials said more would come.', notPeople: ['Significantly', 'During', 'Officials'] },
  { shows: 'a name inside an airport name', text: 'The plane landed at John F. Kennedy International Airport.', notPeople: ['John F. Kennedy'] },
  { shows: 'laws and documents', text: 'The Amended Complaint alleged violations of the Consumer Product Safety Act.', notPeople: ['Amended Complaint', 'Consumer Product Safety Act'] },
  { shows: 'a headline in Title Case gives no new people', text: 'Former Virginia Attorney Sentenced to 7 Years in Prison for Laundering\n\n2018-01-05\n\nA lawyer was sentenced today.', notPeople: ['Virginia Attorney Sentenced', 'Sentenced'] },
  { shows: 'a name-shaped product after a determiner (MEANTIME)', text: 'Apple released the new MacBook Air on Tuesday. The original MacBook Air sold poorly.', notPeople: ['MacBook Air'] },
  { shows: 'a name-shaped product before a common noun (MEANTIME)', text: 'Apple released a new lineup of MacBook Air laptops.', notPeople: ['MacBook Air'] },
  { shows: 'an unknown name still a person when used as a name', text: 'Zoltan Vekerdy pleaded guilty on Monday. Vekerdy faces a fine.', people: ['Zoltan Vekerdy'] },
  { shows: 'a lost possessive of a known person is that person (DOJ scrape)', text: 'Donald Trump spoke on Monday. Later, President Trumps administration issued an order.', sameEntity: [['Donald Trump', ['Trumps']]] },
  { shows: '"told X" names a listener, not a speaker', text: 'Winch told Wikinews he began acting years ago.', notPeople: ['Wikinews'] },
];
