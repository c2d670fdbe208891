/** Lower-case particles inside personal names: "Ludwig van Beethoven", "Osama bin Laden". */
export const NAME_PARTICLES = new Set([
  'van', 'von', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'dos', 'das', 'du', 'la', 'le',
  'bin', 'bint', 'ibn', 'al', 'el', 'ben', 'ter', 'ten', 'y', "d'", 'mac', 'st.', 'abu',
]);

/** Plural articles that open a group's name, never a person's ("Los Zetas", "Las Vegas"). */
export const PLURAL_ARTICLES = new Set(['los', 'las']);

/** Generational and honorary suffixes: "Martin Luther King Jr.", "John Smith III". */
export const NAME_SUFFIXES = new Set(['jr.', 'jr', 'sr.', 'sr', 'ii', 'iii', 'iv', 'v', 'esq.', 'phd', 'md']);
