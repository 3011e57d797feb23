// The --out file: checked before any work, and a failed write turned into a message saying what to do.
import { statSync } from 'node:fs';
import path from 'node:path';
import { InputError, showValue } from '../core/errors';

/** Checks --out before any work: an .xlsx name, not a folder, in a folder that exists. */
export function checkOutPath(out: string, cwd: string): string {
  const shown = showValue(out, false);
  const file = path.resolve(cwd, out);
  const folder = path.dirname(file);
  const kind = (p: string) => {
    try {
      return statSync(p).isDirectory() ? 'folder' : 'file';
    } catch (e) {
      return (e as NodeJS.ErrnoException).code === 'ENOTDIR' ? 'under a file' : 'missing';
    }
  };
  if (kind(file) === 'folder') {
    const example = showValue(path.join(out, 'report.xlsx'), false);
    throw new InputError(`--out ${shown} is a folder; name a file in it, e.g. ${example}`);
  }
  if (!/\.xlsx$/i.test(file)) throw new InputError(`--out must name an .xlsx file, not ${showValue(out)}`);
  const at = kind(folder);
  const shownFolder = showValue(folder, false);
  if (at === 'missing')
    throw new InputError(`--out ${shown}: the folder ${shownFolder} does not exist; create it or choose another`);
  if (at !== 'folder')
    throw new InputError(`--out ${shown}: ${shownFolder} is a file, not a folder; choose a path in a folder`);
  return file;
}

/** What a failed write means for the user, by errno code; codes not listed stay unexpected failures. */
const WRITE_PROBLEMS = new Map([
  ['ENOSPC', 'the disk is full; free some space or write to another disk'],
  ['EDQUOT', 'the disk quota is used up; free some space or write elsewhere'],
  ['EFBIG', 'the file is too large for this disk; write it to another disk'],
  ['EACCES', 'permission denied; choose a folder you can write to'],
  ['EPERM', 'permission denied; choose a folder you can write to'],
  ['EROFS', 'the disk is read-only; choose a folder on a writable disk'],
  ['EISDIR', 'a folder has that name; name a file instead'],
  ['ENOTDIR', 'a part of the path is a file, not a folder'],
  ['ENOENT', 'the folder does not accept new files (or was removed meanwhile); choose another folder'],
  ['ENAMETOOLONG', 'the name is too long; choose a shorter one'],
]);

/**
 * A write failure the user can fix, as bad input naming --out; anything else is returned unchanged. An error that
 * names a path outside the output folder (a missing part of the installation, say) is not about --out.
 */
export function outWriteError(e: unknown, out: string): unknown {
  const err = e as NodeJS.ErrnoException | undefined;
  const code = err?.code;
  const problem = typeof code === 'string' ? WRITE_PROBLEMS.get(code) : undefined;
  if (!problem) return e;
  if (typeof err?.path === 'string' && path.dirname(path.resolve(err.path)) !== path.dirname(path.resolve(out))) return e;
  return new InputError(`cannot write --out ${showValue(out, false)}: ${problem} (${code}); nothing was written`);
}
