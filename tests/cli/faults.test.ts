// Every bad input users hit: exit 2, one clear message (file, line, field, valid forms), nothing left behind.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { CliIo } from '../../src/cli/args';
import { filesIn, ROOT, tempDir } from './run-cli';
import { runMain } from './run-main';

// The demo's sample files are bundled as text by esbuild; vitest cannot import a .csv, and these tests do not use them.
vi.mock('../../templates/samples/demo-data.csv', () => ({ default: '' }));
vi.mock('../../templates/samples/demo-events.csv', () => ({ default: '' }));

const OUT = ['--out', 'out.xlsx'];
const BASE = ['workbook', '--template', 'social-media-content', '--month', '2026-11', '--today', '2026-11-20'];
const DATA = 'kpi;month;target;actual\n';
const social = JSON.parse(readFileSync(path.join(ROOT, 'templates/social-media-content.json'), 'utf8'));
const FAKE_XLSX = Buffer.from('PK\u0003\u0004....[Content_Types].xml....xl/workbook.xml....');

/** The social-media template with its first step recurring as given. */
function firstStep(recurrence: unknown): string {
  const steps = social.sections[0].steps.map((s: object, i: number) => (i ? s : { ...s, recurrence }));
  return JSON.stringify({ ...social, sections: [{ ...social.sections[0], steps }] });
}

/** An output file whose writes fail as on a full disk, after the first few kilobytes went through. */
const fullDisk: CliIo['openOut'] = async (file) => {
  const handle = await open(file, 'wx');
  let room = 4096;
  const enospc = () => Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
  const write = handle.write.bind(handle) as (...a: unknown[]) => Promise<unknown>;
  Object.assign(handle, {
    write: async (...a: unknown[]) => {
      if ((room -= (a[0] as Uint8Array).length) < 0) throw enospc();
      return write(...a);
    },
    writev: async () => { throw enospc(); },
  });
  return handle;
};

interface Input {
  args: string[];
  files?: Record<string, string | Buffer>;
  io?: Partial<CliIo>;
}

interface Case extends Input {
  name: string;
  /** The message after "kpi-planner: ". */
  message: RegExp;
}

const withFile = (flag: string, file: string, content: string | Buffer, base = BASE): Input =>
  ({ files: { [file]: content }, args: [...base, flag, file, ...OUT] });
const data = (content: string | Buffer) => withFile('--data', 'd.csv', content);
const events = (content: string) => withFile('--events', 'e.csv', content);
const template = (content: string | Buffer) =>
  withFile('--template', 't.json', content, ['workbook', '--month', '2026-11']);
const withArgs = (...args: string[]): Input => ({ args: [...BASE, ...args] });

const CASES: Case[] = [
  { name: 'a negative target', ...data(`${DATA}comments;2026-11;-5;\n`),
    message: /^d\.csv:2:3: target "-5" is negative, but KPI "comments" cannot be below 0; give 0 or more$/ },
  { name: '55 for a percent KPI', ...withFile('--data', 'd.csv', `${DATA}engagement-rate;2026-11;55;\n`,
    ['workbook', '--template', 'digital-marketing-strategy', '--month', '2026-11']),
    message: /^d\.csv:2:3: target "55" is not a percent: KPI "engagement-rate" takes 55% or 0,55/ },
  { name: '1e308', ...data('kpi,month,target,actual\ncomments,2026-11,1e308,\n'),
    message: /^d\.csv:2:3: target "1e308" is not a number: the number is too large: figures may be at most 1 000/ },
  { name: 'an event of type constructor', ...events('type,date,title\nconstructor,2026-11-20,X\n'),
    message: /^e\.csv:2:1: unknown event type "constructor"; valid types: webinar, open-day, guest-lecture, conf/ },
  { name: '--today 1899-12-31', args: [...BASE.slice(0, 5), '--today', '1899-12-31', ...OUT],
    message: /^--today must be a calendar date as YYYY-MM-DD, e\.g\. 2026-11-20, from 1900 on, not "1899-12-31"$/ },
  { name: 'a step recurring 5,000,000,000 times a month', ...template(firstStep({ kind: 'monthly', min: 1, max: 5e9 })),
    message: /^t\.json: not a valid KPI Planner template:\n  sections\[0\]\.steps\[0\]\.recurrence\.max: at most 31/ },
  { name: '--out is a folder', files: { 'made.xlsx/keep': '' }, args: [...BASE, '--out', 'made.xlsx'],
    message: /^--out made\.xlsx is a folder; name a file in it, e\.g\. made\.xlsx\/report\.xlsx$/ },
  { name: '--out under a file', files: { 'd.csv': DATA }, args: [...BASE, '--out', 'd.csv/out.xlsx'],
    message: /^--out d\.csv\/out\.xlsx: .*\/d\.csv is a file, not a folder; choose a path in a folder$/ },
  { name: '--out where even root may not write', ...withArgs('--out', '/sys/kpi-planner-test.xlsx'),
    message: /^cannot write --out \/sys\/kpi-planner-test\.xlsx: permission denied; choose a folder you can write to/ },
  { name: '--out on a full disk', ...withArgs(...OUT), io: { openOut: fullDisk },
    message: /^cannot write --out .*\/out\.xlsx: the disk is full; free some space or write to another disk/ },
  { name: 'UTF-8 with one bad byte',
    ...data(Buffer.concat([Buffer.from(`${DATA}Video skatījumi;2026-11;1;\nkomentāri`), Buffer.from([0xe2, 0x3b])])),
    message: /^d\.csv:3: byte 11 of the line \(0xE2\) is not UTF-8, .*save it again as "CSV UTF-8"$/ },
  { name: 'escape sequences and 40,000 characters echoed',
    ...data(`${DATA}\u001b[2J\u001b[31m\u0007${'x'.repeat(40_000)};2026-11;1;\n`),
    message: /^d\.csv:2:1: unknown KPI "\\u001b\[2J\\u001b\[31m\\u0007x{70}… \(40010 characters\)"; valid KPI ids/ },
  { name: 'an escape sequence in a flag', ...withArgs('--goal', '\u001b[31mred', ...OUT),
    message: /^--goal must be one of sales, list, awareness, not "\\u001b\[31mred"$/ },
  { name: 'a flag named __proto__', ...withArgs('--__proto__', 'x', ...OUT),
    message: /^unknown flag --__proto__ for "kpi-planner workbook"; valid flags: --template/ },
  { name: 'a flag named constructor', ...withArgs('--constructor', ...OUT),
    message: /^unknown flag --constructor for/ },
  { name: 'template JSON cut short', ...template('{\n  "id": "x",'),
    message: /^t\.json:2:13: not valid JSON: expected a property name in "double quotes", found the end of the file$/ },
  { name: 'template JSON with a stray word', ...template('{\n  "id": "x",\n  oops\n}'),
    message: /^t\.json:3:3: not valid JSON: expected a property name in "double quotes", found "o"$/ },
  { name: 'GA4 date 20261131', ...withFile('--ga-csv', 'g.csv', 'Date,Sessions\n20261130,5\n20261131,6\n'),
    message: /^g\.csv:3:1: "20261131" is not a calendar date from 1900 on; write a date such as 20261105/ },
  { name: 'an unquoted comma in an event title', ...events('type,date,title\nwebinar,2026-11-20,Open day, spring\n'),
    message: /^e\.csv:2:4: more values than header columns \(3\) \(a value containing "," must be in double quotes/ },
  { name: 'an Excel workbook as data', ...data(FAKE_XLSX),
    message: /^--data d\.csv is an Excel workbook, not CSV text; in Excel choose File › Save As › "CSV UTF-8"$/ },
  { name: 'a zip as data', ...data(Buffer.from('PK\u0003\u0004notes.txt')),
    message: /^--data d\.csv is a zip archive, not CSV text; unzip it and pass the file inside$/ },
  { name: 'a zip as template', ...template(FAKE_XLSX),
    message: /^--template t\.json is an Excel workbook, not a template \.json$/ },
  { name: 'a comma header over semicolon rows', ...data('kpi,month,target,actual\ncomments;2026-11;300;\n'),
    message: /^d\.csv:2: this row is separated by ";" but the header row by ","; use one separator in the whole/ },
];

describe('bad input exits 2 with one clear message and leaves nothing behind', () => {
  // Permission denied is /sys, which refuses writes even for root (tests run as root, where chmod 555 stops nothing).
  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const dir = tempDir();
    for (const [file, content] of Object.entries(c.files ?? {})) {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), content);
    }
    const before = filesIn(dir);
    const r = await runMain(c.args, dir, c.io);
    expect(r.err.join('\n')).toMatch(new RegExp(`^kpi-planner: ${c.message.source.slice(1)}`, c.message.flags));
    expect(r.code).toBe(2);
    expect(r.out).toEqual([]);
    expect(r.err.join('\n')).not.toMatch(/\n\s+at |\u001b|TypeError/);
    expect(r.err.join('\n').length).toBeLessThan(600);
    expect(filesIn(dir)).toEqual(before);
  });
});

describe('inputs that used to go wrong and are fine', () => {
  const ga4 = async (csv: string) => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'g.csv'), csv);
    return runMain([...BASE, '--ga-csv', 'g.csv', ...OUT], dir);
  };

  it('a GA4 column named constructor is an unknown column like any other', async () => {
    const rows = 'a,5\nb,7\n';
    const asConstructor = await ga4(`constructor,Sessions\n${rows}`);
    const asPage = await ga4(`Page,Sessions\n${rows}`);
    expect(asConstructor.code).toBe(0);
    expect(asConstructor.err).toEqual(asPage.err);
  });

  it('a quoted GA4 value may hold an empty line and a line starting with #', async () => {
    const r = await ga4('Date,Sessions,Note\n20261101,5,"first\n\n# second"\n20261102,7,\n');
    expect(r.err.join('\n')).not.toMatch(/kpi-planner:/);
    expect(r.code).toBe(0);
  });
});
