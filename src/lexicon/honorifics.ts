/** Honorifics: evidence that a person's name follows. Not titles ("Mr." is not a role). */
import { dict } from './dict.js';
export const HONORIFICS = new Set([
  'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'miss', 'mx', 'mx.', 'dr', 'dr.', 'prof', 'prof.',
  'sir', 'dame', 'lord', 'lady', 'h.e.', 'he', 'rev', 'rev.', 'fr.', 'hon.', 'honorable', 'honourable', 'mme', 'mme.', 'mlle',
  'herr', 'frau', 'señor', 'señora', 'sr.', 'sra.', 'sheikh', 'madam', 'madame', 'monsieur',
]);

/** Abbreviated military and civil ranks that also act as pre-name titles ("Sen. X", "Gov. Y"). */
export const ABBREVIATED_TITLES: Map<string, string> = dict({
  'sen.': 'Senator', 'rep.': 'Representative', 'gov.': 'Governor', 'lt.': 'Lieutenant',
  'gen.': 'General', 'col.': 'Colonel', 'capt.': 'Captain', 'sgt.': 'Sergeant', 'maj.': 'Major',
  'adm.': 'Admiral', 'cmdr.': 'Commander', 'supt.': 'Superintendent', 'insp.': 'Inspector',
  'det.': 'Detective', 'atty.': 'Attorney', 'pres.': 'President', 'amb.': 'Ambassador',
  'cpl.': 'Corporal', 'pvt.': 'Private', 'sec.': 'Secretary',
});
