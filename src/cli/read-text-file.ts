// Reads an input file as text (decoding in decode-text.ts); a missing, binary or zipped file is bad input.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { InputError, showValue } from '../core/errors';
import { decodeText } from './decode-text';

export { decodeText, type TextEncodingName } from './decode-text';

const REASONS = new Map([
  ['ENOENT', 'no such file'],
  ['ENOTDIR', 'a part of the path is a file, not a folder'],
  ['EISDIR', 'it is a folder, not a file'],
  ['EACCES', 'permission denied'],
  ['EPERM', 'permission denied'],
  ['ELOOP', 'the path loops through symbolic links'],
  ['ENAMETOOLONG', 'the path is too long'],
]);

/** What a zip file most likely is, from the part names stored in it, and what to do instead. */
function zipAdvice(bytes: Uint8Array, flag: string | undefined): string {
  // Part names sit in the central directory at the end; the last megabyte holds them for any input.
  const names = new TextDecoder('latin1').decode(bytes.subarray(Math.max(0, bytes.length - (1 << 20))));
  const csvFlag = flag !== '--template';
  if (names.includes('xl/workbook.xml')) {
    return csvFlag
      ? 'an Excel workbook, not CSV text; in Excel choose File › Save As › "CSV UTF-8"'
      : 'an Excel workbook, not a template .json';
  }
  if (names.includes('opendocument.spreadsheet')) {
    return csvFlag
      ? 'a LibreOffice spreadsheet, not CSV text; choose File › Save As › "Text CSV" (UTF-8)'
      : 'a spreadsheet, not a template .json';
  }
  return `a zip archive, not ${csvFlag ? 'CSV text' : 'a template .json'}; unzip it and pass the file inside`;
}

/**
 * Reads `file` (relative to `cwd`) as text; a missing, unreadable or binary file is bad input
 * naming the flag and the file as given.
 */
export async function readTextFile(file: string, flag?: string, cwd = process.cwd()): Promise<string> {
  const what = showValue(flag ? `${flag} ${file}` : file, false);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path.resolve(cwd, file));
  } catch (e) {
    const reason = REASONS.get((e as NodeJS.ErrnoException).code ?? '');
    if (reason) throw new InputError(`cannot read ${what}: ${reason}`);
    throw e;
  }
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04)
    throw new InputError(`${what} is ${zipAdvice(bytes, flag)}`);
  if (bytes.subarray(0, 4096).includes(0) && !(bytes[0] === 0xff || bytes[0] === 0xfe))
    throw new InputError(`${what} is not a text file`);
  return decodeText(bytes, showValue(path.basename(file), false)).text;
}
