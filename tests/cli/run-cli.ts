// Runs the built CLI (bin/kpi-planner.js → dist/cli.cjs) in a folder, as a user would.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { buildWorkbook } from '../../src/core/build-workbook';
import { findTemplate } from '../../src/core/template/registry';
import { colOf, rowOf } from '../helpers/spec-cells';

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

/**
 * A KPI results cell of a written workbook, found by KPI id and column key through the core's own layout
 * (which depends on the template, not on the figures), never by a literal row or column number.
 */
export function kpiCell(ws: ExcelJS.Worksheet, kpiId: string, colKey: string, templateId = 'social-media-content') {
  const template = findTemplate(templateId)!;
  const spec = buildWorkbook({ template, month: '2026-11', today: '2026-11-15', lang: 'en', data: [], events: [] })
    .sheets.find((s) => s.id === 'kpi-results')!;
  return ws.getCell(rowOf(spec, `kpi:${kpiId}`), colOf(spec, colKey)).value;
}
