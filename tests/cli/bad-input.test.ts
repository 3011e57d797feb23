// Bad input exits 2 with one clear line on stderr and writes nothing; other failures exit 1.
import { writeFileSync } from 'node:fs';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { filesIn, ROOT, runCli, tempDir } from './run-cli';
import { main } from '../../src/cli/main';

// The demo's sample files are bundled as text by esbuild; vitest cannot import a .csv, and these tests do not need them.
vi.mock('../../templates/samples/demo-data.csv', () => ({ default: '' }));
vi.mock('../../templates/samples/demo-events.csv', () => ({ default: '' }));

const BASE = ['workbook', '--template', 'social-media-content', '--month', '2026-11', '--today', '2026-11-20', '--out', 'out.xlsx'];
const DATA = 'kpi;month;target;actual\n';
/** A long expected message as one regular expression from its parts' sources (each written as a literal). */
const joined = (...parts: RegExp[]) => new RegExp(parts.map((p) => p.source).join(''));
const social = JSON.parse(readFileSync(path.join(ROOT, 'templates/social-media-content.json'), 'utf8'));

interface Case {
  name: string;
  files?: Record<string, string>;
  args: string[];
  stderr: RegExp;
  /** A template with several bad fields gets one message listing them, a line each. */
  multiline?: boolean;
}

const CASES: Case[] = [
  { name: 'unknown template', args: ['workbook', '--template', 'nope', '--month', '2026-11', '--out', 'out.xlsx'],
    stderr: /^kpi-planner: unknown template "nope"; built-in templates: .*social-media-content.* \(or pass a template \.json file\)$/ },
  { name: 'bad month', args: ['workbook', '--template', 'social-media-content', '--month', '2026-13', '--out', 'out.xlsx'],
    stderr: /^kpi-planner: --month must be a month as YYYY-MM, e\.g\. 2026-11, from 1900 on, not "2026-13"$/ },
  { name: 'month in another format', args: ['workbook', '--template', 'social-media-content', '--month', '11.2026', '--out', 'out.xlsx'],
    stderr: /^kpi-planner: --month must be a month as YYYY-MM/ },
  { name: 'missing required flags', args: ['workbook', '--template', 'social-media-content'],
    stderr: /^kpi-planner: missing --month, --out; see kpi-planner workbook --help$/ },
  { name: 'bad --today', args: [...BASE.slice(0, 5), '--today', '2026-02-30', '--out', 'out.xlsx'],
    stderr: /^kpi-planner: --today must be a calendar date as YYYY-MM-DD/ },
  { name: 'unknown flag', args: [...BASE, '--colour', 'red'],
    stderr: joined(
      /^kpi-planner: unknown flag --colour for "kpi-planner workbook"; valid flags: --template, --month, --data, /,
      /--plan, --events, --lang, --today, --final, --profile, --theme, --goal, --ga-property, --ga-csv, /,
      /--crm-webhook, --social-csv, --meta-page, --meta-token, --out, --help$/,
    ) },
  { name: 'flag without value', args: ['workbook', '--template', 'social-media-content', '--month', '--out', 'out.xlsx'],
    stderr: /^kpi-planner: --month needs a value: --month YYYY-MM$/ },
  { name: 'bad --lang', args: [...BASE, '--lang', 'de'], stderr: /^kpi-planner: --lang must be one of lv, lt, en, not "de"$/ },
  { name: 'bad --goal', args: [...BASE, '--goal', 'fame'], stderr: /^kpi-planner: --goal must be one of sales, list, awareness, not "fame"$/ },
  { name: '--out not .xlsx', args: [...BASE.slice(0, 7), '--out', 'out.csv'], stderr: /^kpi-planner: --out must name an \.xlsx file, not "out\.csv"$/ },
  { name: '--out in a missing folder', args: [...BASE.slice(0, 7), '--out', 'no/such/out.xlsx'], stderr: /^kpi-planner: --out no\/such\/out\.xlsx: the folder .* does not exist; create it or choose another$/ },
  { name: 'missing data file', args: [...BASE, '--data', 'nope.csv'], stderr: /^kpi-planner: cannot read --data nope\.csv: no such file$/ },
  { name: 'malformed CSV', files: { 'd.csv': `${DATA}comments;2026-11;"300;200\nreactions;2026-11;1;2\n` }, args: [...BASE, '--data', 'd.csv'],
    stderr: /^kpi-planner: d\.csv:2:3: a quoted value is never closed/ },
  { name: 'too many values', files: { 'd.csv': 'kpi,month,target,actual\ncomments,2026-11,300,1,5\n' }, args: [...BASE, '--data', 'd.csv'],
    stderr: /^kpi-planner: d\.csv:2:5: more values than header columns \(4\)/ },
  { name: 'unknown KPI', files: { 'd.csv': `${DATA}comments;2026-11;300;\nlikes;2026-11;1;2\n` }, args: [...BASE, '--data', 'd.csv'],
    stderr: /^kpi-planner: d\.csv:3:1: unknown KPI "likes"; valid KPI ids for template "social-media-content": followers-total, .*comments/ },
  { name: 'non-number', files: { 'd.csv': `${DATA}comments;2026-11;300;about 200\n` }, args: [...BASE, '--data', 'd.csv'],
    stderr: /^kpi-planner: d\.csv:2:4: actual "about 200" is not a number: expected a number with decimal comma/ },
  { name: 'bad month in data', files: { 'd.csv': `${DATA}comments;2026-14;300;\n` }, args: [...BASE, '--data', 'd.csv'],
    stderr: /^kpi-planner: d\.csv:2:2: "2026-14" is not a month: write YYYY-MM/ },
  { name: 'missing data column', files: { 'd.csv': 'kpi;month;target\n' }, args: [...BASE, '--data', 'd.csv'],
    stderr: /^kpi-planner: d\.csv:1: missing column "actual"/ },
  { name: 'bad event date', files: { 'e.csv': 'type;date;title\nwebinar;2026-11-31;X\n' }, args: [...BASE, '--events', 'e.csv'],
    stderr: /^kpi-planner: e\.csv:2:2: "2026-11-31" is not a calendar date/ },
  { name: 'unknown event type', files: { 'e.csv': 'type;date;title\nparty;2026-11-20;X\n' }, args: [...BASE, '--events', 'e.csv'],
    stderr: /^kpi-planner: e\.csv:2:1: unknown event type "party"; valid types: webinar, open-day/ },
  { name: 'an .xlsx given as data', files: { 'd.csv': 'PK\u0003\u0004rest' }, args: [...BASE, '--data', 'd.csv'], stderr: /^kpi-planner: --data d\.csv is a zip archive, not CSV text; unzip it/ },
  { name: 'template file with invalid JSON', files: { 'bad.json': '{\n  "id": "x",\n  oops\n}' }, args: ['workbook', '--template', 'bad.json', '--month', '2026-11', '--out', 'out.xlsx'],
    stderr: /^kpi-planner: bad\.json:3:3: not valid JSON/ },
  { name: 'template file with a bad field', files: { 'bad.json': JSON.stringify({ ...social, kpis: [{ ...social.kpis[0], direction: 'up' }] }) },
    args: ['workbook', '--template', './bad.json', '--month', '2026-11', '--out', 'out.xlsx'], stderr: /^kpi-planner: bad\.json: [^]*kpis\[0\]\.direction/, multiline: true },
  { name: 'missing template file', args: ['workbook', '--template', 'mine.json', '--month', '2026-11', '--out', 'out.xlsx'],
    stderr: /^kpi-planner: cannot read --template mine\.json: no such file$/ },
  ...roundCases(),
  { name: 'stray argument', args: ['demo', 'out.xlsx'], stderr: /^kpi-planner: unexpected argument "out\.xlsx" for "kpi-planner demo"; flags start with --: --out, --lang, --help$/ },
];

/** The round command's --plan and --ga-csv, and refresh of a round review (its file made in the test). */
function roundCases(): Case[] {
  const ROUND = ['round', '--template', 'social-media-content', '--round', '2026-autumn', '--today', '2026-09-03',
    '--out', 'r.xlsx'];
  const march = `# GA4 export\n\nDate,Sessions\n${Array.from({ length: 31 }, (_, i) =>
    `202603${String(i + 1).padStart(2, '0')},10`).join('\n')}\n`;
  return [
    { name: 'round --plan missing', args: [...ROUND, '--plan', 'nope.xlsx'],
      stderr: joined(/^kpi-planner: nope\.xlsx: --plan: cannot read the file: no such file; /,
        /give an \.xlsx written by kpi-planner plan/) },
    { name: 'round --plan not a workbook', files: { 'p.xlsx': 'hello' }, args: [...ROUND, '--plan', 'p.xlsx'],
      stderr: joined(/^kpi-planner: p\.xlsx: not an Excel workbook \(\.xlsx\) that can be read; /,
        /give an \.xlsx written by kpi-planner plan/) },
    { name: 'round --plan without a value', args: [...ROUND, '--plan'],
      stderr: /^kpi-planner: --plan needs a value: --plan FILE\.xlsx$/ },
    { name: 'round --ga-csv of a month outside the round', files: { 'g.csv': march.replace(/202603/g, '202511') },
      args: [...ROUND, '--ga-csv', 'g.csv'],
      stderr: joined(/^kpi-planner: g\.csv: --ga-csv: the export is not one month of the round 2026-autumn /,
        /\(2026-03 – 2026-08\); export each month/) },
    { name: 'round --ga-csv twice for a month', files: { 'g.csv': march, 'h.csv': march },
      args: [...ROUND, '--ga-csv', 'g.csv', '--ga-csv', 'h.csv'],
      stderr: /^kpi-planner: --ga-csv: h\.csv and g\.csv both hold 2026-03; give one per month$/ },
    { name: 'round --ga-csv without dates', files: { 'g.csv': 'Sessions,Key events\n310,4\n' },
      args: [...ROUND, '--ga-csv', 'g.csv'],
      stderr: /^kpi-planner: g\.csv: --ga-csv: the export does not say which month it holds; export it from GA4 with/ },
    { name: 'round --ga-csv with --ga-property', files: { 'g.csv': march },
      args: [...ROUND, '--ga-csv', 'g.csv', '--ga-property', '123'],
      stderr: /^kpi-planner: give either --ga-property or --ga-csv, not both$/ },
    { name: 'round --ga-csv missing file', args: [...ROUND, '--ga-csv', 'nope.csv'],
      stderr: /^kpi-planner: cannot read --ga-csv nope\.csv: no such file$/ },
  ];
}

describe('bad input exits 2 and writes nothing', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const dir = tempDir();
    for (const [file, text] of Object.entries(c.files ?? {})) writeFileSync(path.join(dir, file), text);
    const before = filesIn(dir);
    const r = runCli(c.args, dir);
    expect(r.stderr.trimEnd()).toMatch(c.stderr);
    if (!c.multiline) expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(filesIn(dir)).toEqual(before);
  });
});

describe('other failures exit 1', () => {
  // Nothing a user can give makes the CLI fail unexpectedly any more, so a broken clock stands in for a bug.
  const broken = (env: Record<string, string>) => {
    const err: string[] = [];
    const io = { out: () => undefined, err: (t: string) => err.push(t), progress: () => undefined, cwd: tempDir(), env,
      now: (): Date => { throw new Error('the clock broke'); } };
    const args = ['workbook', '--template', 'social-media-content', '--month', '2026-11', '--out', 'x.xlsx'];
    return main(args, io).then((code) => ({ code, err }));
  };

  it('prints a short message without a stack', async () => {
    const { code, err } = await broken({});
    expect(code).toBe(1);
    expect(err).toEqual(['kpi-planner: failed: the clock broke', '(set KPI_PLANNER_DEBUG=1 to see where)']);
  });

  it('shows the stack with KPI_PLANNER_DEBUG=1', async () => {
    const { code, err } = await broken({ KPI_PLANNER_DEBUG: '1' });
    expect(code).toBe(1);
    expect(err.join('\n')).toMatch(/\n\s+at /);
  });
});
