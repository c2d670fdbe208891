/**
 * Bytes to text: decode UTF-8 strictly, drop a leading BOM, refuse binary and oversized input.
 * Offsets in the output are into the text this returns ("the input as read").
 */

/** Larger inputs are refused: a press release is a few KB; 50 MB is a mistake or an archive. */
export const MAX_INPUT_BYTES = 20 * 1024 * 1024;

export class InputError extends Error {
  constructor(public readonly code: string, message: string) {
    super(message);
    this.name = 'InputError';
  }
}

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Decode one input; throws InputError with a code the CLI reports. */
export function decodeInput(bytes: Uint8Array, maxBytes = MAX_INPUT_BYTES): string {
  if (bytes.length > maxBytes) throw tooLarge(bytes.length, maxBytes);
  if (looksBinary(bytes)) throw new InputError('binary', 'input looks binary (NUL or control bytes), not text');
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    throw new InputError('invalid-utf8', `input is not valid UTF-8 (first bad byte at offset ${firstInvalidUtf8(bytes)})`);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim().length === 0) throw new InputError('empty', 'input is empty');
  return text;
}

export function tooLarge(size: number, maxBytes = MAX_INPUT_BYTES): InputError {
  return new InputError('too-large', `input is ${formatMB(size)}, larger than the limit of ${formatMB(maxBytes)}`);
}

/** NUL anywhere, or many C0 control bytes in the first 8 KB, means binary. */
function looksBinary(bytes: Uint8Array): boolean {
  if (bytes.indexOf(0) !== -1) return true;
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  return n > 0 && control / n > 0.01;
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let lo = 0;
  let hi = bytes.length;
  // Binary search for the shortest prefix that fails to decode.
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid + 1), { stream: true });
      lo = mid + 1;
    } catch {
      hi = mid;
    }
  }
  return lo;
}

function formatMB(n: number): string {
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}
