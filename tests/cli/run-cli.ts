// Runs the built CLI (bin/kpi-planner.js → dist/cli.js) in a folder, as a user would.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BIN = path.join(ROOT, 'bin/kpi-planner.js');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], cwd: string, env: Record<string, string> = {}): CliResult {
  const { KPI_PLANNER_DEBUG: _ignored, ...base } = process.env;
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...base, ...env }, timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function tempDir(): string {
  return mkdtempSync(path.join(tmpdir(), 'kpi-cli-'));
}

/** Every file in the folder, hidden ones too (temporary files start with a dot). */
export function filesIn(dir: string): string[] {
  return readdirSync(dir).sort();
}

export async function readWorkbook(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/** All cell values of a workbook with where they are, for searching. */
export function cells(wb: ExcelJS.Workbook): { sheet: string; address: string; value: ExcelJS.CellValue }[] {
  const out: { sheet: string; address: string; value: ExcelJS.CellValue }[] = [];
  wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((cell) => out.push({ sheet: ws.name, address: cell.address, value: cell.value }))));
  return out;
}
