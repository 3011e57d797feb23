// Decodes an input file's bytes: UTF-8 (BOM or not), UTF-16 by its BOM, else Windows-1257 only when that fits.
import { InputError } from '../core/errors';

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1257';

/** Bytes Windows-1257 leaves undefined: a file holding one is not cp1257 text. */
const CP1257_UNDEFINED = new Set([0x81, 0x83, 0x88, 0x8a, 0x8c, 0x90, 0x98, 0x9a, 0x9c, 0x9f, 0xa1, 0xa5]);

/** Length of the valid UTF-8 sequence at `i` (1 for ASCII), or 0 when the byte there starts none. */
function sequenceLength(b: Uint8Array, i: number): number {
  const lead = b[i];
  if (lead < 0x80) return 1;
  const cont = (k: number, lo = 0x80, hi = 0xbf) => b[i + k] !== undefined && b[i + k] >= lo && b[i + k] <= hi;
  if (lead >= 0xc2 && lead <= 0xdf) return cont(1) ? 2 : 0;
  if (lead >= 0xe0 && lead <= 0xef) {
    // E0 must not be overlong, ED must not encode a surrogate.
    const [lo, hi] = lead === 0xe0 ? [0xa0, 0xbf] : lead === 0xed ? [0x80, 0x9f] : [0x80, 0xbf];
    return cont(1, lo, hi) && cont(2) ? 3 : 0;
  }
  if (lead >= 0xf0 && lead <= 0xf4) {
    const [lo, hi] = lead === 0xf0 ? [0x90, 0xbf] : lead === 0xf4 ? [0x80, 0x8f] : [0x80, 0xbf];
    return cont(1, lo, hi) && cont(2) && cont(3) ? 4 : 0;
  }
  return 0;
}

/** Where UTF-8 breaks first, and whether any real multi-byte UTF-8 letter appears (proof of UTF-8). */
function scanUtf8(b: Uint8Array): { firstBad: number; multiByte: boolean } {
  let firstBad = -1;
  let multiByte = false;
  for (let i = 0; i < b.length;) {
    const n = sequenceLength(b, i);
    if (n === 0) {
      if (firstBad < 0) firstBad = i;
      i++;
    } else {
      if (n > 1) multiByte = true;
      i += n;
    }
  }
  return { firstBad, multiByte };
}

/** "line 4, byte 7 of the line" for a byte offset. */
function position(b: Uint8Array, at: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < at; i++) if (b[i] === 0x0a) { line++; start = i + 1; }
  return { line, column: at - start + 1 };
}

/**
 * Decodes bytes. Valid UTF-8 is UTF-8. Otherwise the file is read as Windows-1257 (older Baltic
 * Excel exports) only when that is plausible: no valid multi-byte UTF-8 letter anywhere (those
 * prove a UTF-8 file with a damaged byte) and no byte cp1257 leaves undefined. Anything else is
 * bad input naming the first bad byte, instead of a file silently decoded into garbled letters.
 * `name` prefixes the location, e.g. "data.csv".
 */
export function decodeText(bytes: Uint8Array, name = 'the file'): { text: string; encoding: TextEncodingName } {
  const decode = (encoding: TextEncodingName, from: Uint8Array) =>
    ({ text: new TextDecoder(encoding, { ignoreBOM: true }).decode(from), encoding });
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decode('utf-16le', bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decode('utf-16be', bytes.subarray(2));
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  const { firstBad, multiByte } = scanUtf8(body);
  if (firstBad < 0) return decode('utf-8', body);
  const undefinedByte = body.findIndex((b) => CP1257_UNDEFINED.has(b));
  if (!bom && !multiByte && undefinedByte < 0) return decode('windows-1257', body);
  const { line, column } = position(body, firstBad);
  const byte = `0x${body[firstBad].toString(16).toUpperCase().padStart(2, '0')}`;
  throw new InputError(
    `byte ${column} of the line (${byte}) is not UTF-8, and the file is not Windows-1257 text either` +
      `${multiByte || bom ? ' (it holds UTF-8 letters elsewhere)' : ''}; save it again as "CSV UTF-8"`,
    `${name}:${line}`,
  );
}
