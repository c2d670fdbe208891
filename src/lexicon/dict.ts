/**
 * Word tables, looked up with words from the text. A Map, not an object: V8 keeps a
 * null-prototype object (and any object with many keys) as a dictionary, and looking a fresh
 * string up in one first searches V8's table of all interned strings (~250 ns, where Map.get
 * takes ~50 ns); and a plain object would find "constructor" or "toString" among Object's
 * methods.
 */
export function dict<T>(entries: Record<string, T>): Map<string, T> {
  return new Map(Object.entries(entries));
}
