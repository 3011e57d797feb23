// The sidebar's Meta CSV section: a file picker whose files are read here and sent to the server as text.
import { MAX_SOCIAL_CHARS, MAX_SOCIAL_FILES } from '../addon/social-limits';
import type { SocialImportResult } from '../addon/api';
import { monthTitle } from '../core/i18n';
import { byId, setTexts } from './dom';
import { uiLang } from './i18n';
import { formatNumber, typedText } from './numbers';
import type { Report } from './report';
import { call } from './server';
import { SOCIAL_WORDS } from './social-words';
import { setSourceState } from './groups';
import { GROUP_WORDS } from './groups-words';
import { lastImportLine } from './import-times';
import { busy, failure, success } from './status';

const words = () => SOCIAL_WORDS[uiLang()];
const picker = () => byId<HTMLInputElement>('social-files');
/** This session's last import: its month, or that it failed (shown in the section's folded summary). */
let outcome: { month: string } | 'failed' | null = null;

export function relabelSocial(): void {
  const w = words();
  setTexts({
    'social-title': w.title, 'social-hint': w.hint, 'social-files-label': w.files, 'import-social': w.import,
  });
  showState();
}

function showState(): void {
  const g = GROUP_WORDS[uiLang()];
  if (outcome === 'failed') setSourceState('social', g.failed, 'error');
  else if (outcome) setSourceState('social', g.imported(monthTitle(outcome.month, uiLang())), 'ok');
  else if (lastImportLine('social')) setSourceState('social', lastImportLine('social')!, 'ok');
  else setSourceState('social', g.byHand, 'off');
}

/**
 * Meta writes content files as UTF-8 with a BOM and daily files as UTF-16 LE with one: the BOM says which.
 * The decoder keeps the BOM in the text, and the core's reader (parseSocialCsv) drops it.
 */
function decode(bytes: Uint8Array): string {
  const [a, b] = bytes;
  const label = a === 0xff && b === 0xfe ? 'utf-16le' : a === 0xfe && b === 0xff ? 'utf-16be' : 'utf-8';
  return new TextDecoder(label, { ignoreBOM: true }).decode(bytes);
}

function readFile(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(decode(new Uint8Array(reader.result as ArrayBuffer)));
    reader.onerror = () => reject(new Error(words().unreadable(file.name)));
    reader.readAsArrayBuffer(file);
  });
}

export function wireSocial(report: Report, month: () => string, idle: () => boolean): void {
  byId('import-social').addEventListener('click', () => void (idle() && importFiles(month(), report)));
}

async function importFiles(month: string, report: Report): Promise<void> {
  const w = words();
  const chosen = [...(picker().files ?? [])];
  if (!chosen.length) return failure(w.needFiles, 'socialFiles');
  if (chosen.length > MAX_SOCIAL_FILES) return failure(w.tooMany(MAX_SOCIAL_FILES), 'socialFiles');
  const done = busy(w.reading);
  let files: { name: string; text: string }[];
  try {
    files = await Promise.all(chosen.map(async (f) => ({ name: f.name, text: await readFile(f) })));
  } catch (error) {
    done();
    return failure(error instanceof Error ? error.message : String(error), 'socialFiles');
  }
  done();
  const big = files.find((f) => f.text.length > MAX_SOCIAL_CHARS);
  if (big) return failure(w.tooBig(big.name), 'socialFiles');
  try {
    showResult(await call('importSocial', { month, files }, w.importing));
    outcome = { month };
  } catch (error) {
    outcome = 'failed';
    report(error);
  }
  showState();
}

function showResult(r: SocialImportResult): void {
  const w = words();
  const items = r.actuals.map((a) => {
    const value = a.value === null ? w.noValue : formatNumber(a.value);
    if (a.typed === undefined) return `${a.name}: ${value}`;
    return w.typed(a.name, typedText(a.typed), value);
  });
  success(w.done(monthTitle(r.month, uiLang()), r.files.length, r.posts, r.sheet), items);
}
