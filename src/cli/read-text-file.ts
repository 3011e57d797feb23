// Reads an input file as text: UTF-8 (BOM or not), else Windows-1257 as older Baltic Excel exports are.
import { readFile } from 'node:fs/promises';
import { InputError } from '../core/errors';

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1257';

/**
 * Decodes bytes. UTF-8 is tried strictly (`fatal`), because cp1257 bytes such as "š" (0xF0)
 * are invalid UTF-8, while real UTF-8 is almost never valid cp1257 text by accident.
 * The BOM is dropped; UTF-16 (Excel's "Unicode text") is recognised by its BOM.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncodingName } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1257').decode(body), encoding: 'windows-1257' };
  }
}

const REASONS: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'it is a folder, not a file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
};

/** Reads `path` as text; a missing or unreadable file is bad input naming the file and the flag. */
export async function readTextFile(path: string, flag?: string): Promise<string> {
  const what = flag ? `${flag} ${path}` : path;
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? '';
    const reason = Object.hasOwn(REASONS, code) ? REASONS[code] : undefined;
    if (reason) throw new InputError(`cannot read ${what}: ${reason}`);
    throw e;
  }
  // A workbook or other binary passed by mistake would decode as cp1257 noise; say what it is.
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04)
    throw new InputError(`${what} is a zip file (an .xlsx workbook?); save it from Excel as "CSV UTF-8" instead`);
  if (bytes.subarray(0, 4096).includes(0) && !(bytes[0] === 0xff || bytes[0] === 0xfe))
    throw new InputError(`${what} is not a text file`);
  return decodeText(bytes).text;
}
