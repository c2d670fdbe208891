/** Organizations: positive and negative examples per construction. */
import type { CorpusExample } from '../corpus-types.js';

export const ORGANIZATION_CORPUS: CorpusExample[] = [
  { shows: 'a head word', text: 'The Media Council announced new rules.', organizations: ['Media Council'] },
  { shows: 'a long name with a nested place', text: 'Mirela Dobrescu heads the Media Development Agency of the Republic of Moldova.', organizations: ['Media Development Agency of the Republic of Moldova'], places: ['Republic of Moldova'] },
  { shows: '"Department of X"', text: 'The Department of Justice filed the complaint.', organizations: ['Department of Justice'] },
  { shows: '"X Department" joins "Department of X"', text: 'The Department of Justice filed suit. The Justice Department said it would appeal.', sameEntity: [['Department of Justice', ['Department of Justice', 'Justice Department']]] },
  { shows: 'an office for a district', text: "The U.S. Attorneys Office for the Southern District of New York brought the case.", organizations: ['U.S. Attorneys Office for the Southern District of New York'], places: ['Southern District of New York'] },
  { shows: 'a legal suffix', text: 'Northwind Robotics Inc. agreed to pay a fine.', organizations: ['Northwind Robotics Inc.'] },
  { shows: 'N.V. and an acronym in parentheses', text: 'European Aeronautic Defence and Space Company EADS N.V. (EADS) won. EADS shares rose.', sameEntity: [['European Aeronautic Defence and Space Company EADS N.V.', ['EADS']]] },
  { shows: 'an acronym defined after the name, used later', text: 'The Federal Bureau of Investigation (FBI) led the case. Later the FBI made arrests.', sameEntity: [['Federal Bureau of Investigation', ['FBI']]] },
  { shows: '"the Agency" after the full name', text: 'The Media Development Agency hosted the forum. The Agency thanked the guests.', sameEntity: [['Media Development Agency', ['Agency']]] },
  { shows: 'a division', text: 'The Civil Rights Division opened an inquiry.', organizations: ['Civil Rights Division'] },
  { shows: 'an "and" inside the name', text: 'The Department of Health and Human Services issued guidance.', organizations: ['Department of Health and Human Services'] },
  { shows: 'a lost apostrophe splits owner and unit', text: 'Agents of the FBIs Miami Field Office and the Justice Departments Criminal Division took part.', organizations: ['FBI', 'Miami Field Office', 'Justice Department', 'Criminal Division'] },
  { shows: 'a university', text: 'Researchers at the University of Guelph published the study.', organizations: ['University of Guelph'] },
  { shows: 'a news agency by head word', text: 'The Interfax News Agency reported the blast.', organizations: ['Interfax News Agency'] },
  { shows: 'a company known to look like a person', text: 'Lockheed Martin lost the bid.', organizations: ['Lockheed Martin'], notPeople: ['Lockheed Martin'] },
  { shows: 'an unnamed group with a nationality', text: 'The Azerbaijani delegation arrived. The delegation then met the governor.', sameEntity: [['Azerbaijani delegation', ['Azerbaijani delegation', 'delegation']]] },
  { shows: 'not an organization: a place alone', text: 'Talks between Moldova and the Russian Federation resumed.', notOrganizations: ['Russian Federation'], places: ['Russian Federation'] },
  { shows: 'not an organization: a title', text: 'The Attorney General spoke.', notOrganizations: ['Attorney General'] },
  { shows: 'not an organization: a person', text: 'Dana Whitcombe resigned on Friday.', notOrganizations: ['Dana Whitcombe'] },
  { shows: 'not an organization: an acronym of a disease', text: 'The COVID-19 outbreak and the SARS outbreak were compared.', notOrganizations: ['COVID-19', 'SARS'] },
];
