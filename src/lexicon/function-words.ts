/**
 * Function words (determiners, pronouns, prepositions, conjunctions, adverbs of discourse) that a
 * capitalised word after an abbreviation's full stop can be only at the start of a sentence:
 * "… Tyson Foods Inc. The company …", but "U.S. Attorney", "Mr. Keith". Taken from the words
 * wink-eng-lite-web-model (MIT) flags as stop words, less those that are also names, months or
 * numbers ("Will", "May", "One"), slang spellings and verbs, plus a few sentence openers of
 * press releases ("According", "Additional", "Today").
 */
export const SENTENCE_FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'a', 'about', 'above', 'according', 'across', 'additional', 'after', 'afterwards', 'again',
  'against', 'all', 'almost', 'alone', 'along', 'already', 'also', 'although', 'always', 'among',
  'amongst', 'an', 'and', 'another', 'any', 'anyhow', 'anyone', 'anything', 'anyway', 'anywhere',
  'are', 'around', 'as', 'at', 'be', 'became', 'because', 'become', 'becomes', 'becoming', 'been',
  'before', 'beforehand', 'behind', 'being', 'below', 'beside', 'besides', 'between', 'beyond',
  'both', 'but', 'by', 'can', 'could', 'did', 'do', 'does', 'doing', 'done', 'down', 'during',
  'each', 'either', 'else', 'elsewhere', 'enough', 'even', 'ever', 'every', 'everyone',
  'everywhere', 'except', 'few', 'for', 'formerly', 'from', 'further', 'had', 'has', 'have', 'he',
  'her', 'here', 'hereafter', 'hereby', 'herein', 'hereupon', 'hers', 'herself', 'him', 'himself',
  'his', 'how', 'however', 'i', 'if', 'in', 'indeed', 'instead', 'into', 'is', 'it', 'its',
  'itself', 'just', 'last', 'later', 'latterly', 'least', 'less', 'many', 'me', 'meanwhile', 'might',
  'more', 'moreover', 'most', 'mostly', 'much', 'must', 'my', 'myself', 'namely', 'neither',
  'never', 'nevertheless', 'next', 'no', 'nobody', 'none', 'nor', 'not', 'nothing', 'now',
  'nowhere', 'of', 'off', 'often', 'on', 'once', 'only', 'onto', 'or', 'other', 'otherwise', 'our',
  'ours', 'ourselves', 'out', 'over', 'own', 'perhaps', 'please', 'quite', 'rather', 'really',
  'regarding', 'same', 'seem', 'seemed', 'seeming', 'seems', 'several', 'she', 'should', 'since',
  'so', 'some', 'somehow', 'someone', 'something', 'sometime', 'sometimes', 'somewhere', 'still',
  'such', 'than', 'that', 'the', 'their', 'them', 'themselves', 'then', 'there', 'thereafter',
  'thereby', 'therefore', 'therein', 'these', 'they', 'this', 'those', 'though', 'through',
  'throughout', 'thus', 'to', 'together', 'too', 'toward', 'towards', 'under', 'unless', 'until',
  'up', 'upon', 'us', 'various', 'very', 'was', 'we', 'were', 'what', 'whatever', 'when', 'whence',
  'whenever', 'where', 'whereas', 'whereby', 'wherein', 'wherever', 'whether', 'which', 'while',
  'who', 'whoever', 'whole', 'whom', 'whose', 'why', 'with', 'within', 'without', 'would', 'yet',
  'you', 'your', 'yours', 'yourself', 'yourselves',
  // Days relative to the release ('WASHINGTON, D.C. Today, …').
  'today', 'yesterday', 'tomorrow', 'tonight',
]);
