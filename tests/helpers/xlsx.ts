// Test helpers for the Excel renderer: build small descriptions, render both ways, read the .xlsx back.
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll } from 'vitest';
import JSZip from 'jszip';
import type { Row, SheetSpec, WorkbookSpec, WorkbookProperties } from '../../src/core/model/workbook';
import { renderWorkbookToFile } from '../../src/render/excel/render-file';
import { renderWorkbookToBuffer } from '../../src/render/excel/render-buffer';

export const PROPS: WorkbookProperties = {
  title: 'KPI report March 2025', subject: 'Monthly KPI results', creator: 'Marketing manager',
  company: 'Example & $& College', description: 'Targets and results', keywords: 'kpi, marketing',
  created: '2025-03-31', language: 'en',
};

/** A described sheet for renderer tests; the renderer ignores the id, so every such sheet may share one. */
export function sheet(name: string, rows: Iterable<Row>, extra: Partial<SheetSpec> = {}): SheetSpec {
  return { id: 'summary', name, columns: [], rows, ...extra };
}

export function book(...sheets: SheetSpec[]): WorkbookSpec {
  return { properties: PROPS, sheets };
}

const made: string[] = [];
// Vitest ends its workers without an 'exit' event, so clean up in a file-level hook.
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A fresh folder, removed after the test file. */
export function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'kpi-xlsx-test-'));
  made.push(dir);
  return dir;
}

/** Files in a folder: what a failed render must leave behind (nothing, not even a temp file). */
export function listDir(dir: string): string[] {
  return readdirSync(dir).sort();
}

export async function readBook(source: string | Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  if (typeof source === 'string') await wb.xlsx.readFile(source);
  else await wb.xlsx.load(Buffer.from(source) as unknown as ArrayBuffer);
  return wb;
}

export interface Rendered {
  /** Which renderer made it: the streaming file writer or the in-memory buffer writer. */
  via: 'file' | 'buffer';
  path: string;
  wb: ExcelJS.Workbook;
}

/**
 * Renders the same description through both renderers (`make` is called once per renderer,
 * because lazy rows can only be read once) and reads each result back.
 */
export async function renderBoth(make: () => WorkbookSpec, dir = tempDir()): Promise<Rendered[]> {
  const file = path.join(dir, 'via-file.xlsx');
  await renderWorkbookToFile(make(), file);
  const bytes = await renderWorkbookToBuffer(make());
  const fromBuffer = path.join(dir, 'via-buffer.xlsx');
  writeFileSync(fromBuffer, bytes);
  return [
    { via: 'file', path: file, wb: await readBook(file) },
    { via: 'buffer', path: fromBuffer, wb: await readBook(bytes) },
  ];
}

/** A cell's text whether exceljs reads it as a string or as rich-text runs. */
export function textOf(value: unknown): unknown {
  const rich = (value as { richText?: { text: string }[] } | null)?.richText;
  return rich ? rich.map((r) => r.text).join('') : value;
}

/** Raw XML of one part of an .xlsx, for what exceljs does not read back (calcPr, cfRule, sheet XML). */
export async function xmlPart(file: string, part: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const entry = zip.file(part.replace(/^\//, ''));
  if (!entry) throw new Error(`${file} has no part ${part} (has ${Object.keys(zip.files).join(', ')})`);
  return entry.async('string');
}

/** The worksheet part for a sheet name, following workbook.xml and its relationships. */
export async function sheetXml(file: string, name: string): Promise<string> {
  const wbXml = await xmlPart(file, 'xl/workbook.xml');
  const rels = await xmlPart(file, 'xl/_rels/workbook.xml.rels');
  const escaped = name.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
  const rid = new RegExp(`<sheet [^>]*name="${escaped.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"[^>]*r:id="([^"]+)"`).exec(wbXml)?.[1];
  const target = rid && new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`).exec(rels)?.[1];
  if (!target) throw new Error(`no sheet "${name}" in ${file}`);
  return xmlPart(file, `xl/${target.replace(/^\/?xl\//, '')}`);
}
