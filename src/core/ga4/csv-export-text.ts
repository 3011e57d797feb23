// GA4's CSV export as text: its `#` comment lines, the period they state, and the header's column names.
import { InputError } from '../errors';
import type { IsoDate } from '../model/workbook';

/**
 * Comment lines become blank (line numbers stay right); `# Start date: 20261101` lines give the period.
 * A line that continues a quoted value (one holding a line break) is data, whatever it looks like.
 */
export function stripComments(
  text: string,
): { body: string; period: string[]; extraTables: boolean; headerLine: number } {
  const lines = text.replace(/^\ufeff/, '').split(/\r\n?|\n/);
  const period: string[] = [];
  let seenTable = false;
  let ended = false;
  let extraTables = false;
  let quoted = false;
  const out = lines.map((line) => {
    const continues = quoted;
    const comment = !continues && /^\s*#/.test(line);
    // Each " toggles (a "" inside a value toggles twice), so the count's parity says where the line ends.
    if (!comment) for (let i = line.indexOf('"'); i >= 0; i = line.indexOf('"', i + 1)) quoted = !quoted;
    if (continues) return line;
    if (comment) {
      const d = /^\s*#[^:]*:\s*(\d{8})\s*$/.exec(line);
      if (d && !seenTable) period.push(d[1]);
    }
    if (comment || line.trim() === '') {
      if (seenTable) ended = true;
      return '';
    }
    if (ended) { extraTables = true; return ''; }
    seenTable = true;
    return line;
  });
  return { body: out.join('\n'), period, extraTables, headerLine: out.findIndex((l) => l !== '') + 1 };
}

/** The header's names, so the shared reader accepts whatever columns GA4 exported; it then parses properly. */
export function headerNames(body: string): string[] {
  const line = body.split('\n').find((l) => l.trim() !== '') ?? '';
  const delimiter = (line.match(/;/g)?.length ?? 0) >= (line.match(/,/g)?.length ?? 0) ? ';' : ',';
  const names: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i <= line.length; i++) {
    const c = line[i];
    if (c === '"' && quoted && line[i + 1] === '"') { cell += '"'; i++; }
    else if (c === '"') quoted = !quoted;
    else if ((c === delimiter && !quoted) || c === undefined) {
      names.push(cell.trim().toLowerCase());
      cell = '';
    }
    else cell += c;
  }
  return names.filter((n) => n !== '');
}

/** Checks the export's stated period against the month; a part of the month, or none stated, is a note. */
export function checkPeriod(
  period: string[], start: IsoDate, end: IsoDate, fileName: string, notes: string[], hasDates: boolean,
): void {
  const iso = (d: string) => `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}`;
  if (period.length >= 2) {
    const [from, to] = [iso(period[0]), iso(period[1])];
    if (from < start || to > end) {
      const wanted = `not the month ${start.slice(0, 7)}; export that month from GA4`;
      throw new InputError(`the export covers ${from} – ${to}, ${wanted}`, fileName);
    }
    if (from !== start || to !== end) notes.push(`The export covers only ${from} – ${to}.`);
  } else if (!hasDates) {
    notes.push(`The file does not say which period it covers; it was taken as ${start.slice(0, 7)}.`);
  }
}
