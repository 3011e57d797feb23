// Decoding input files: UTF-8 with or without BOM, UTF-16 by BOM, Windows-1257 for older Baltic Excel exports.
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeText, readTextFile } from '../../src/cli/read-text-file';
import { InputError } from '../../src/core/errors';

// Written by hand from the Windows-1257 code page, not produced by an encoder under test.
const LT_CP1257 = [0xe0, 0xe8, 0xe6, 0xeb, 0xe1, 0xf0, 0xf8, 0xfb, 0xfe]; // ąčęėįšųūž
const LV_CP1257 = [0xe2, 0xe8, 0xe7, 0xec, 0xee, 0xed, 0xef, 0xf2, 0xf0, 0xfb, 0xfe]; // āčēģīķļņšūž
const LV_UPPER_CP1257 = [0xc2, 0xc8, 0xc7, 0xcc, 0xce, 0xcd, 0xcf, 0xd2, 0xd0, 0xdb, 0xde]; // ĀČĒĢĪĶĻŅŠŪŽ

describe('decodeText', () => {
  it('decodes Windows-1257 Lithuanian and Latvian letters', () => {
    expect(decodeText(new Uint8Array(LT_CP1257))).toEqual({ text: 'ąčęėįšųūž', encoding: 'windows-1257' });
    expect(decodeText(new Uint8Array(LV_CP1257))).toEqual({ text: 'āčēģīķļņšūž', encoding: 'windows-1257' });
    expect(decodeText(new Uint8Array(LV_UPPER_CP1257)).text).toBe('ĀČĒĢĪĶĻŅŠŪŽ');
  });

  it('decodes a whole cp1257 CSV line with ASCII around the letters', () => {
    const bytes = new Uint8Array([...Buffer.from('kpi;x\n'), ...LV_CP1257, ...Buffer.from(';1,5\n')]);
    expect(decodeText(bytes).text).toBe('kpi;x\nāčēģīķļņšūž;1,5\n');
  });

  it('prefers UTF-8 and drops its BOM', () => {
    const utf8 = Buffer.from('āčēģīķļņšūž ąčęėįšųūž', 'utf8');
    expect(decodeText(utf8)).toEqual({ text: 'āčēģīķļņšūž ąčęėįšųūž', encoding: 'utf-8' });
    expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8])).text).toBe('āčēģīķļņšūž ąčęėįšųūž');
  });

  it('refuses a UTF-8 file with one bad byte, naming its line, instead of garbling it as cp1257', () => {
    const bytes = Buffer.concat([Buffer.from('kpi;x\nāčē;1\nšū', 'utf8'), Buffer.from([0xe9, 0x78, 0x0a])]);
    expect(() => decodeText(bytes, 'data.csv'))
      .toThrow(/^data\.csv:3: byte 5 of the line \(0xE9\) is not UTF-8, .*UTF-8 letters elsewhere.*"CSV UTF-8"$/);
  });

  it('refuses bytes that Windows-1257 leaves undefined', () => {
    const bytes = new Uint8Array([...Buffer.from('kpi;x\n'), 0x81, ...LV_CP1257]);
    expect(() => decodeText(bytes, 'old.csv')).toThrow(/^old\.csv:2: byte 1 of the line \(0x81\) is not UTF-8, and the file is not Windows-1257/);
  });

  it('refuses a UTF-8 BOM followed by cp1257 bytes', () => {
    expect(() => decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...LV_CP1257]), 'bom.csv')).toThrow(/^bom\.csv:1: byte 1 /);
  });

  it('reads UTF-16 LE by its BOM (Excel "Unicode text")', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('kpi;šū', 'utf16le')]);
    expect(decodeText(bytes)).toEqual({ text: 'kpi;šū', encoding: 'utf-16le' });
  });
});

describe('readTextFile', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'kpi-read-'));

  it('reads a cp1257 file from disk', async () => {
    const file = path.join(dir, 'old.csv');
    writeFileSync(file, new Uint8Array(LT_CP1257));
    expect(await readTextFile(file)).toBe('ąčęėįšųūž');
  });

  it('names a missing file and the flag it came from', async () => {
    const missing = path.join(dir, 'nope.csv');
    await expect(readTextFile(missing, '--data')).rejects.toThrow(new InputError(`cannot read --data ${missing}: no such file`));
  });

  it('says so when given a folder, a workbook or a binary file', async () => {
    const folder = path.join(dir, 'folder.csv');
    mkdirSync(folder);
    await expect(readTextFile(folder)).rejects.toThrow(/it is a folder/);
    const xlsx = path.join(dir, 'book.csv');
    writeFileSync(xlsx, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0]));
    await expect(readTextFile(xlsx)).rejects.toThrow(/book\.csv is a zip archive, not CSV text; unzip it/);
    const bin = path.join(dir, 'bin.csv');
    writeFileSync(bin, Buffer.from([0x41, 0x00, 0x42]));
    await expect(readTextFile(bin)).rejects.toThrow(/is not a text file/);
  });
});
