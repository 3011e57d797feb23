// `--social-csv FILE|FOLDER` (repeatable): Meta Business Suite exports read into the month's social figures.
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { InputError, showValue } from '../../core/errors';
import { parseSocialCsv } from '../../core/social/parse';
import { socialMonth, type SocialMonth } from '../../core/social/actuals';
import type { SocialFile } from '../../core/social/types';
import { readTextFile } from '../read-text-file';

export const socialFlags = {
  'social-csv': {
    type: 'string', value: 'FILE|FOLDER', repeatable: true,
    help: 'a Facebook or Instagram CSV export from Meta Business Suite (Insights › Export data), or a folder of them'
      + '; repeat for more',
  },
} as const;

/** A folder stands for its .csv files (not its subfolders), in name order so runs repeat exactly. */
async function expand(arg: string, cwd: string): Promise<string[]> {
  const full = path.resolve(cwd, arg);
  const isFolder = await stat(full).then((s) => s.isDirectory(), () => false);
  if (!isFolder) return [arg];
  const names = (await readdir(full)).filter((n) => n.toLowerCase().endsWith('.csv')).sort();
  const shown = showValue(arg, false);
  if (names.length === 0) throw new InputError(`--social-csv ${shown} is a folder with no .csv file in it`);
  return names.map((n) => path.join(arg, n));
}

/** The month's social figures from every file given (and `extra`: Graph API days), or undefined with neither. */
export async function loadSocial(
  args: string[], month: string, cwd: string, extra: SocialFile[] = [],
): Promise<SocialMonth | undefined> {
  if (args.length === 0 && extra.length === 0) return undefined;
  const files: SocialFile[] = [...extra];
  for (const arg of args) {
    for (const file of await expand(arg, cwd)) {
      const text = await readTextFile(file, '--social-csv', cwd);
      files.push(parseSocialCsv(text, showValue(path.basename(file), false)));
    }
  }
  return socialMonth(files, month);
}
