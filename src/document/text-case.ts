/**
 * Case and letter tests of a string's first or last character. ASCII is answered without the
 * Unicode regexes: these are asked of nearly every token.
 */
const UPPER_START = /^\p{Lu}/u;

/** The text starts with a capital letter ("Igor", "U.S.", "O'Brien", "Əliyev"). */
export function startsUpper(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER_START.test(text);
}

/** The text starts with a letter. */
export function startsWithLetter(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return /^\p{L}/u.test(text);
}

/** The text ends with a lower-case letter. */
export function endsLower(text: string): boolean {
  const c = text.charCodeAt(text.length - 1);
  if (c < 128) return c >= 97 && c <= 122;
  return /\p{Ll}$/u.test(text);
}
