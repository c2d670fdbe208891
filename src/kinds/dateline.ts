/**
 * Datelines and header dates: "WASHINGTON —", "ASTANA, May 14, 2024 –", a header line
 * "2018-04-13" or "Friday, January 4, 2019". Fills the document's `dateline`; its place becomes
 * a place entity (rule place.dateline).
 */
import type { Document } from '../document/tokenize.js';
import { parseDate } from '../events/dates.js';
import { isPlaceName } from './classify-name.js';
import { tokenAt } from '../document/token-at.js';

export interface DatelineFind {
  text: string;
  date: string | null;
  /** Token range of the place, if any. */
  place: [number, number] | null;
  start: number;
  end: number;
}

const DASH = /^[—–-]{1,2}$/;

export function findDateline(doc: Document): DatelineFind | null {
  const { tokens, text } = doc;
  let headerDate: DatelineFind | null = null;
  // Look at the first few lines only.
  const limit = Math.min(doc.sentences.length, 6);
  // A whole line that is a date. A dateline comes after it: what comes before is the headline
  // ("U.S. House formalizes rules …" is not the dateline "U.S.").
  let from = 0;
  for (let s = 0; s < limit && !headerDate; s++) {
    const sent = doc.sentences[s];
    const line = text.slice(sent.start, sent.end).replace(/^\w+day,\s*/, '');
    const d = parseDate(line);
    if (d && d.consumed >= line.trim().length - 1) {
      headerDate = { text: text.slice(sent.start, sent.end), date: d.iso, place: null, start: sent.start, end: sent.end };
      from = s + 1;
    }
  }
  for (let s = from; s < limit; s++) {
    const sent = doc.sentences[s];
    // "CITY, Month D, YYYY –" or "CITY —" at the start of a paragraph.
    const first = tokens[sent.first];
    if (!first.lineBefore && sent.first !== 0) continue;
    let k = sent.first;
    while (k <= sent.last && /^[\p{Lu}.]{2,}$/u.test(tokens[k].text)) k++;
    if (k === sent.first) continue;
    const placeEnd = k;
    let date: string | null = null;
    if (tokenAt(tokens, k).text === ',') {
      const rest = text.slice(tokens[k].end, Math.min(text.length, tokens[k].end + 40));
      const d = parseDate(rest.trimStart());
      if (d) {
        date = d.iso;
        const endChar = tokens[k].end + (rest.length - rest.trimStart().length) + d.consumed;
        while (k <= sent.last && tokens[k].end <= endChar) k++;
      }
    }
    // The DOJ scrape lost the dash: "WASHINGTON Elmo Antonio George and …" — a known place in
    // capitals followed by a capitalised word.
    const lostDash = k === placeEnd && k <= sent.last && /^\p{Lu}/u.test(tokens[k].text) && isPlaceName(doc, sent.first, placeEnd) !== null;
    if (lostDash) {
      return { text: text.slice(tokens[sent.first].start, tokens[placeEnd - 1].end), date: headerDate?.date ?? null, place: [sent.first, placeEnd], start: tokens[sent.first].start, end: tokens[placeEnd - 1].end };
    }
    if (k <= sent.last && DASH.test(tokens[k].text)) {
      return {
        text: text.slice(tokens[sent.first].start, tokens[k].end),
        date: date ?? headerDate?.date ?? null,
        place: [sent.first, placeEnd],
        start: tokens[sent.first].start,
        end: tokens[k].end,
      };
    }
  }
  return headerDate;
}
