/** JSON writers: pretty JSON for one document, one line per document for JSONL. */
import type { Result } from '../types.js';

export function toJson(result: Result): string {
  return JSON.stringify(result, null, 2) + '\n';
}

export function toJsonLine(result: Result): string {
  return JSON.stringify(result) + '\n';
}
