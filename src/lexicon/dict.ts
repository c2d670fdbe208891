/**
 * Word tables keyed by arbitrary words from the text need no prototype: with a plain object,
 * looking up "constructor" or "toString" would find Object's methods.
 */
export function dict<T>(entries: Record<string, T>): Record<string, T> {
  return Object.assign(Object.create(null) as Record<string, T>, entries);
}
