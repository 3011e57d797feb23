// LibreOffice headless as the real spreadsheet engine in tests: recalculate an .xlsx, export a sheet as CSV.
import { spawn } from 'node:child_process';
import { accessSync, constants, mkdtempSync, mkdirSync, readdirSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll } from 'vitest';

const TIMEOUT_MS = 120_000;

/**
 * A private profile whose settings make Calc recalculate every formula on load. Without it
 * LibreOffice trusts cached values in files that say they come from Excel (exceljs says so).
 */
const REGISTRY = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

let soffice: string | undefined;
/** This process's folder: the profile and every conversion's output, removed after the test file. */
let root: string | undefined;
let outputs = 0;
/** One soffice at a time per process: instances sharing a profile would hand work to each other. */
let queue: Promise<unknown> = Promise.resolve();

/** Path of the soffice binary, or a clear error saying how to get it. */
export function findSoffice(): string {
  if (soffice) return soffice;
  const dirs = (process.env.PATH ?? '').split(path.delimiter).concat(['/usr/bin', '/usr/lib/libreoffice/program', '/opt/libreoffice/program']);
  for (const dir of dirs) {
    for (const name of ['soffice', 'libreoffice']) {
      try {
        accessSync(path.join(dir, name), constants.X_OK);
        return (soffice = path.join(dir, name));
      } catch {
        /* keep looking */
      }
    }
  }
  throw new Error('LibreOffice (soffice) was not found on PATH: install it with `apt-get install -y --no-install-recommends libreoffice-calc-nogui`');
}

export function hasSoffice(): boolean {
  try {
    findSoffice();
    return true;
  } catch {
    return false;
  }
}

function rootDir(): string {
  if (root) return root;
  root = mkdtempSync(path.join(tmpdir(), 'kpi-lo-'));
  mkdirSync(path.join(root, 'profile', 'user'), { recursive: true });
  writeFileSync(path.join(root, 'profile', 'user', 'registrymodifications.xcu'), REGISTRY);
  return root;
}

/** Deletes the profile and all converted files; registered to run after each test file. */
export async function cleanupLibreOffice(): Promise<void> {
  await queue.catch(() => undefined);
  if (root) rmSync(root, { recursive: true, force: true });
  root = undefined;
}

// Vitest ends its workers without an 'exit' event, so clean up in a file-level hook.
afterAll(cleanupLibreOffice);

/** Runs one conversion into a fresh folder and returns the files it produced. */
function convert(input: string, format: string): Promise<string[]> {
  const run = async () => {
    const bin = findSoffice();
    const outDir = path.join(rootDir(), `out-${++outputs}`);
    mkdirSync(outDir);
    const args = [
      `-env:UserInstallation=${pathToFileURL(path.join(rootDir(), 'profile')).href}`,
      '--headless', '--invisible', '--nologo', '--norestore', '--nolockcheck', '--nodefault',
      '--convert-to', format, '--outdir', outDir, path.resolve(input),
    ];
    const { code, output } = await exec(bin, args);
    const files = readdirSync(outDir).map((f) => path.join(outDir, f));
    if (code !== 0 || files.length === 0) {
      throw new Error(`soffice --convert-to ${format} ${input} failed (exit ${code}): ${output.trim() || 'no output file'}`);
    }
    return files;
  };
  const result = queue.then(run, run);
  queue = result.catch(() => undefined);
  return result;
}

function exec(bin: string, args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    // Own process group, so a timeout also ends the soffice.bin child the wrapper script starts.
    const child = spawn(bin, args, { stdio: ['ignore', 'pipe', 'pipe'], detached: true, env: { ...process.env, SAL_USE_VCLPLUGIN: 'svp' } });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        /* already gone */
      }
      reject(new Error(`soffice timed out after ${TIMEOUT_MS / 1000} s: ${args.at(-1)}`));
    }, TIMEOUT_MS);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

/** Opens the workbook in Calc, recalculates every formula and saves it as .xlsx; returns its path. */
export async function recalculate(xlsxPath: string): Promise<string> {
  const [file] = await convert(xlsxPath, 'xlsx:Calc MS Excel 2007 XML');
  return file;
}

/** The workbook printed to PDF as Calc prints it (each sheet's print setup), after a full recalculation. */
export async function toPdf(xlsxPath: string): Promise<string> {
  const [file] = await convert(xlsxPath, 'pdf:calc_pdf_Export');
  return file;
}

/**
 * One sheet as CSV text (UTF-8, comma, quoted as needed, cells as shown), after a full recalculation.
 * `sheet` is a tab name or a 1-based position.
 */
export async function sheetToCsv(xlsxPath: string, sheet: string | number): Promise<string> {
  // Token 12 picks the sheet (1-based) or -1 for every sheet, each to `<file>-<Sheet name>.csv`.
  const pick = typeof sheet === 'number' ? String(sheet) : '-1';
  const filter = `csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,${pick}`;
  const files = await convert(xlsxPath, filter);
  const base = path.basename(xlsxPath).replace(/\.[^.]+$/, '');
  const wanted = typeof sheet === 'number' ? files[0] : files.find((f) => path.basename(f) === `${base}-${sheet}.csv`);
  if (!wanted) throw new Error(`LibreOffice exported no sheet named "${sheet}" from ${xlsxPath} (got ${files.map((f) => path.basename(f)).join(', ')})`);
  return readFileSync(wanted, 'utf8');
}

/** Every sheet as rows of strings (cells as shown), by tab name, from one conversion: one recalculation per file. */
export async function allSheetRows(xlsxPath: string): Promise<Map<string, string[][]>> {
  const filter = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1';
  const files = await convert(xlsxPath, filter);
  const base = path.basename(xlsxPath).replace(/\.[^.]+$/, '');
  return new Map(files.map((f) => [path.basename(f).slice(base.length + 1).replace(/\.csv$/, ''), parseCsv(readFileSync(f, 'utf8'))]));
}

/** One sheet as rows of strings, parsed from LibreOffice's CSV (RFC 4180 quoting). */
export async function sheetRows(xlsxPath: string, sheet: string | number): Promise<string[][]> {
  return parseCsv(await sheetToCsv(xlsxPath, sheet));
}

export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [], field = '', quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') row.push(field), (field = '');
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field), rows.push(row), (row = []), (field = '');
    } else field += ch;
  }
  if (field !== '' || row.length) row.push(field), rows.push(row);
  return rows;
}
