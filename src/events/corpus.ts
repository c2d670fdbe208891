/** Event occurrences: triggers, non-events, time normalisation and ordering cues. */
import type { CorpusExample } from '../kinds/corpus-types.js';

export const EVENT_CORPUS: CorpusExample[] = [
  // triggers
  { shows: 'a lemma keeps the text\'s British "-ise" (Wikinews)', text: 'Three people were hospitalised after the crash.', sequence: ['hospitalise'] },
  { shows: 'verbs that tell what happened', text: 'The delegation visited the monument and met the governor.', sequence: ['visit', 'meet'] },
  { shows: 'a light verb makes the noun the event', text: 'A meeting of the leaders was held at the Forum.', sequence: ['meeting'] },
  { shows: 'legal steps', text: 'Smith pleaded guilty and was sentenced to five years.', sequence: ['plead', 'sentence'] },
  { shows: 'a verb outside the lexicon, in the past', text: 'Casorso and Sanchez conspired with others.', sequence: ['conspire'] },
  // non-events
  { shows: 'the press office frame is not an event', text: 'The EPA reports that the delegation arrived.', notEvents: ['report'], sequence: ['arrive'] },
  { shows: '"announced today" frames the news', text: 'The Justice Department announced today that Smith was charged.', notEvents: ['announce'], sequence: ['charge'] },
  { shows: 'negated events', text: 'Michaels did not report the injuries.', notEvents: ['report'] },
  { shows: 'modal and conditional events', text: 'Smith faces up to 20 years and would lose his license if convicted.', notEvents: ['lose', 'convict', 'face'] },
  { shows: 'adjectival participles', text: 'He was charged with aggravated identity theft.', notEvents: ['aggravate'], sequence: ['charge'] },
  { shows: 'closing acknowledgements', text: 'The FBI investigated the case. Trial Attorney Jane Roe is prosecuting the case.', notEvents: ['investigate', 'prosecute'] },
  { shows: 'words inside a quotation are what someone said (Wikinews)', text: '"We took a big swing and we hit a home run," Sugar said. The company signed the contract.', notTimeline: ['take', 'hit'], sequence: ['sign'] },
  { shows: 'a quotation runs across sentences of its paragraph', text: 'Ismailov spoke. "The forum grew. It attracted many journalists," he said.', notTimeline: ['grow', 'attract'], sequence: ['speak'] },
  { shows: 'the same act by the same actor told again is one story event (DOJ)', text: 'Ho laundered the funds in 2014. In 2016, prosecutors charged Ho. Ho laundered the funds through banks abroad.', sequence: ['launder', 'charge'] },
  { shows: 'the same act by different actors is two events', text: 'Mark Casorso pleaded guilty in May. Lisa Sanchez pleaded guilty in June.', sequence: ['plead', 'plead'] },
  { shows: 'an adverb before a participle used as an adjective (DOJ)', text: 'Ho laundered over $2 million in unlawfully obtained funds.', notEvents: ['obtain'], sequence: ['launder'] },
  { shows: 'a participle with its agent after a plural noun describes it (DOJ)', text: 'Co-conspirators sent emails that duped victims into transferring money to accounts controlled by Ho and others.', notTimeline: ['control'], sequence: ['send'] },
  { shows: 'a verb outside the lexicon, actorless and not the main verb, is background (DOJ)', text: 'Raymond Ho laundered over $2 million derived from a business email compromise scheme.', notTimeline: ['derive'], sequence: ['launder'] },
  { shows: 'a verb outside the lexicon with its actor stays on the timeline', text: 'The storm flooded the valley, and Governor Greg Abbott deployed the National Guard.', sequence: ['flood', 'deploy'] },
  { shows: 'an adverb does not stop a coordinated verb', text: 'Ismailov emphasized cooperation and later exchanged views with the guests.', sequence: ['emphasize', 'exchange'] },
  // time normalisation
  { shows: 'an explicit date', text: 'The forum opened on May 14, 2024.', dates: [['open', '2024-05-14']] },
  { shows: 'a month and year', text: 'Smith pleaded guilty in March 2014.', dates: [['plead', '2014-03']] },
  { shows: '"today" is the dateline date', text: 'ASTANA, May 14, 2024 – The delegation arrived today.', dates: [['arrive', '2024-05-14']] },
  { shows: '"on Tuesday" is the last Tuesday before the document date', text: 'Storm\n\n2019-01-04\n\nThe building collapsed on Tuesday.', dates: [['collapse', '2019-01-01']] },
  { shows: 'a day and month take the document year', text: 'Release\n\n2018-04-13\n\nFrost died on March 12 after a long illness.', dates: [['die', '2018-03-12']] },
  { shows: '"On Friday," is that Friday (Wikinews)', text: 'Emergency\n\n2020-03-16\n\nOn Friday, President Donald Trump declared a national emergency.', dates: [['declare', '2020-03-13']] },
  { shows: 'a year inside a name is not a time: "the Civil Rights Act of 1964" (DOJ)', text: 'Release\n\n2012-10-05\n\nThe city violated the Civil Rights Act of 1964.', notDates: [['violate', '1964']] },
  { shows: 'the header date is the document date, not a headline word taken for a dateline (Wikinews)', text: 'U.S. House formalizes rules\n\n2019-11-01\n\nYesterday, the House passed a resolution.', dates: [['pass', '2019-10-31']] },
  { shows: '"announced today that it has entered into a settlement": the news is today\'s (DOJ)', text: 'Release\n\n2012-10-05\n\nThe Justice Department announced today that it has entered into a settlement with the city.', dates: [['settlement', '2012-10-05']] },
  { shows: 'a date stays in its clause: "stated on Thursday that it had signed" (MEANTIME)', text: 'Release\n\n2009-06-19\n\nChina Eastern stated on Thursday that it had signed a contract.', dates: [['state', '2009-06-18']], notDates: [['sign', '2009-06-18']] },
  // ordering cues
  { shows: 'dates put events in time order, not telling order', text: 'Smith was sentenced today. He had pleaded guilty in May 2014. He was indicted in 2013.', sequence: ['indict', 'plead', 'sentence'] },
  { shows: '"had" + participle goes before', text: 'The company paid the fine. It had admitted the violations.', sequence: ['admit', 'pay'] },
  { shows: 'the undated past told after the day\'s news happened before it (DOJ)', text: 'Release\n\n2012-10-05\n\nThe city entered into a settlement today. The city demoted Sadler after he filed a complaint.', sequence: ['demote', 'file', 'settlement'] },
  { shows: 'what is still to come stays after the day\'s news (DOJ)', text: 'Release\n\n2012-10-05\n\nThe city entered into a settlement today. The city will pay Sadler $28,500.', sequence: ['settlement', 'pay'] },
  { shows: 'the rest of a sentence stays after it: "also ordered to pay" (DOJ)', text: 'Release\n\n2009-11-05\n\nGreene was sentenced today to 30 months in prison. Greene was also ordered to pay $10,901 in restitution.', sequence: ['sentence', 'order'] },
  { shows: '"previously" is before the day\'s news, and a verb joined by "and" shares it (DOJ)', text: 'Release\n\n2016-07-20\n\nWells pleaded guilty today. Hill and Davis were previously prosecuted and sentenced.', sequence: ['prosecute', 'sentence', 'plead'] },
  { shows: 'the conduct goes before the earliest legal step, in the order it is told (DOJ)', text: 'Release\n\n2009-11-05\n\nGreene and Roy were sentenced today. Greene pleaded guilty on Aug. 12, 2009. Greene and Roy conspired with a co-defendant. They sold counterfeit couplings.', sequence: ['conspire', 'sell', 'plead', 'sentence'] },
  { shows: '"then" and "the next day" go after', text: 'The delegation arrived. It then met the mayor. The forum continued the next day.', sequence: ['arrive', 'meet', 'continue'] },
];
