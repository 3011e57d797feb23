// Bench child: writes one GA-like sheet with one writer (ours, exceljs used well, or CSV) and prints its figures.
// Run as `node --import tsx scripts/bench-excel-writers.ts <kind> <rows> <file>`; one process per figure,
// so the peak memory it reports belongs to that writer alone.
import { createWriteStream, statSync, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import ExcelJS from 'exceljs';
import type { Row, WorkbookSpec } from '../src/core/model/workbook';
import { renderWorkbookToFile } from '../src/render/excel/render-file';

export const WRITERS = ['ours', 'exceljs', 'csv'] as const;
export type WriterKind = (typeof WRITERS)[number];
export interface WriterFigures { ms: number; rssMb: number; bytes: number }

// GA-like data: deterministic, so every run and every writer gets the same rows.
const CHANNELS = ['Organic Search', 'Direct', 'Paid Search', 'Organic Social', 'Paid Social', 'Email', 'Referral',
  'Display', 'Organic Video', 'Unassigned'];
const SOURCES = ['google', '(direct)', 'facebook.com', 'instagram.com', 'newsletter', 'bing', 'linkedin.com',
  'youtube.com', 'delfi.lv', 'lrytas.lt', 'tiktok.com', 'chatgpt.com'];
const DAYS = Array.from({ length: 90 }, (_, i) => new Date(Date.UTC(2025, 0, 1 + i)).toISOString().slice(0, 10));
const DAY_DATES = DAYS.map((d) => new Date(`${d}T00:00:00Z`));
const HEADER = ['Date', 'Channel group', 'Source', 'Campaign', 'Page path', 'Sessions', 'Users', 'Key events'];
const WIDTHS = [12, 18, 16, 22, 40, 10, 10, 10];
const HEADER_STYLE = { bold: true, fill: '#DDEBF7' };
const COUNT_FORMAT = '#,##0';
const DATE_FORMAT = 'yyyy-mm-dd';
/** Rows between checks for backpressure, the same for every writer. */
const ROWS_PER_PAUSE = 1000;

interface GaRow {
  day: number; channel: string; source: string; campaign: string; page: string;
  sessions: number; users: number; events: number;
}

function* gaRows(count: number): Generator<GaRow> {
  let seed = 42;
  const rnd = (n: number) => ((seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) % n);
  for (let i = 0; i < count; i++) {
    const sessions = 1 + rnd(500);
    yield {
      day: Math.floor((i * DAYS.length) / count),
      channel: CHANNELS[rnd(CHANNELS.length)],
      source: SOURCES[rnd(SOURCES.length)],
      campaign: `spring-admission-${rnd(150)}`,
      page: `/programmes/${rnd(40)}/news/${rnd(5000)}-open-day`,
      sessions,
      users: 1 + rnd(sessions),
      events: rnd(20),
    };
  }
}

/** The description the core would hand over for a GA4 sheet: lazy rows, typed columns. */
function gaSpec(count: number): WorkbookSpec {
  const count0 = { numFmt: COUNT_FORMAT };
  const keys = ['date', 'channel', 'source', 'campaign', 'page', 'sessions', 'users', 'events'];
  return {
    properties: { title: 'GA4 bench', subject: 'bench', creator: 'bench', created: '2025-03-31', language: 'en' },
    sheets: [{
      id: 'ga4', name: 'GA4', headerRow: 1, frozen: { rows: 1, columns: 0 }, rowCount: count + 1, autoFilter: 'A1:H1',
      columns: keys.map((key, i) => ({
        key, width: WIDTHS[i], ...(i === 0 ? { style: { numFmt: DATE_FORMAT } } : i >= 5 ? { style: count0 } : {}),
      })),
      rows: (function* (): Generator<Row> {
        yield HEADER.map((text) => ({ text, style: HEADER_STYLE }));
        for (const r of gaRows(count)) {
          yield [{ date: DAYS[r.day] }, r.channel, r.source, r.campaign, r.page, r.sessions, r.users, r.events];
        }
      })(),
    }],
  };
}

/** Waits while the file stream is full, else gives compression and the disk a turn of the event loop. */
async function pause(out: WriteStream): Promise<void> {
  if (out.writableNeedDrain) await once(out, 'drain');
  else await new Promise((resolve) => setImmediate(resolve));
}

/** Style objects shared by every cell of a column: exceljs caches a style's id per object, not per value. */
const CELL_STYLES: Partial<ExcelJS.Style>[] = WIDTHS.map((_, i) =>
  i === 0 ? { numFmt: DATE_FORMAT } : i >= 5 ? { numFmt: COUNT_FORMAT } : {});
const HEADER_CELL_STYLE: Partial<ExcelJS.Style> = {
  font: { bold: true },
  fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } },
};

/**
 * exceljs's streaming writer used well through its public API: the same rows, widths, frozen header,
 * header style, number formats and auto-filter; shared strings off; shared style objects; each row
 * committed; and every ROWS_PER_PAUSE rows it waits for the file stream to drain (or yields a turn).
 */
async function exceljsWell(count: number, file: string): Promise<void> {
  const out = createWriteStream(file);
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const ws = wb.addWorksheet('GA4', { views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }] });
  ws.columns = WIDTHS.map((width) => ({ width }));
  ws.autoFilter = 'A1:H1';
  const styled = (row: ExcelJS.Row, style: (col: number) => Partial<ExcelJS.Style>) => {
    for (let c = 1; c <= WIDTHS.length; c++) row.getCell(c).style = style(c - 1);
    row.commit();
  };
  styled(ws.addRow(HEADER), () => HEADER_CELL_STYLE);
  let n = 0;
  for (const r of gaRows(count)) {
    const values = [DAY_DATES[r.day], r.channel, r.source, r.campaign, r.page, r.sessions, r.users, r.events];
    styled(ws.addRow(values), (c) => CELL_STYLES[c]);
    if (++n % ROWS_PER_PAUSE === 0) await pause(out);
  }
  ws.commit();
  await wb.commit();
  if (!out.closed) await once(out, 'close');
}

/** The floor: the same rows as CSV text, written in batches with the file stream's backpressure honoured. */
async function csvWrite(count: number, file: string): Promise<void> {
  const out = createWriteStream(file);
  const quote = (s: string) => (/[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  let batch = `${HEADER.map(quote).join(',')}\n`;
  let n = 0;
  for (const r of gaRows(count)) {
    batch += `${DAYS[r.day]},${quote(r.channel)},${quote(r.source)},${quote(r.campaign)},${quote(r.page)},` +
      `${r.sessions},${r.users},${r.events}\n`;
    if (++n % ROWS_PER_PAUSE === 0) {
      if (!out.write(batch)) await once(out, 'drain');
      batch = '';
    }
  }
  out.end(batch);
  await once(out, 'close');
}

export async function writeWith(kind: WriterKind, count: number, file: string): Promise<WriterFigures> {
  const started = performance.now();
  if (kind === 'ours') await renderWorkbookToFile(gaSpec(count), file);
  else if (kind === 'exceljs') await exceljsWell(count, file);
  else await csvWrite(count, file);
  const ms = performance.now() - started;
  // maxRSS is in kilobytes and covers the whole life of this process.
  return { ms, rssMb: process.resourceUsage().maxRSS / 1024, bytes: statSync(file).size };
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const [kind, count, file] = process.argv.slice(2);
  if (!WRITERS.includes(kind as WriterKind) || !(Number(count) > 0) || !file) {
    console.error(`usage: bench-excel-writers.ts <${WRITERS.join('|')}> <rows> <file>`);
    process.exit(2);
  }
  writeWith(kind as WriterKind, Number(count), file).then(
    (figures) => process.stdout.write(JSON.stringify(figures)),
    (e) => {
      console.error(e instanceof Error ? e.stack : e);
      process.exit(1);
    },
  );
}
