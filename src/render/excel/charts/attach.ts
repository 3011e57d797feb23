// Puts the chart parts into exceljs's output: hooks on its zip appends, for the streaming and the in-memory writer.
//
// Why hooks and not a pass over the finished zip: the streaming writer's file may hold a GA4 sheet of hundreds of
// thousands of rows, and re-reading and recompressing it would undo its flat memory; the parts are small strings,
// and each writer hands the zip its sheet, relationship and content-type parts at points we can reach.
import type { stream, Worksheet } from 'exceljs';
import { DRAWING_REL, drawingElement, drawingRelationship, relsXml, type ChartParts } from './parts';

type Appender = { append(data: unknown, opts: { name: string }): unknown };

/** Parts that follow <drawing> in a worksheet (CT_Worksheet order), so it goes before the first of them. */
const AFTER_DRAWING = ['<legacyDrawing', '<legacyDrawingHF', '<picture', '<oleObjects', '<controls',
  '<webPublishItems', '<tableParts', '<extLst', '</worksheet>'];

/** A worksheet's XML with the <drawing> element in its schema place. */
export function withDrawing(sheetXml: string, rId: string): string {
  const from = Math.max(0, sheetXml.indexOf('</sheetData>'));
  const at = Math.min(...AFTER_DRAWING.map((t) => sheetXml.indexOf(t, from)).filter((i) => i >= 0));
  return sheetXml.slice(0, at) + drawingElement(rId) + sheetXml.slice(at);
}

function wrapAppend(zip: Appender, change: (data: unknown, name: string) => unknown): void {
  const append = zip.append.bind(zip);
  zip.append = (data, opts) => append(change(data, opts?.name ?? ''), opts);
}

const isContentTypes = (name: string) => /^\/?\[Content_Types\]\.xml$/.test(name);

interface StreamingSheet {
  _sheetRelsWriter: { addRelationship(rel: { Type: string; Target: string }): string };
  _writeLegacyData(): void;
  _write(text: string): void;
}

/** Streaming writer: content types amended on their way into the zip; call `sheet` before each ws.commit(). */
export function streamingCharts(wb: stream.xlsx.WorkbookWriter, parts: ChartParts) {
  const zip = (wb as unknown as { zip: Appender }).zip;
  if (parts.any) {
    const amend = (data: unknown, name: string) =>
      (typeof data === 'string' && isContentTypes(name) ? parts.contentTypes(data) : data);
    wrapAppend(zip, amend);
  }
  return {
    /** Adds the sheet's drawing relationship now and its <drawing> element where the writer closes the sheet. */
    sheet(ws: Worksheet, sheetName: string): void {
      const target = parts.drawingTarget(sheetName);
      if (!target) return;
      const w = ws as unknown as StreamingSheet;
      if (typeof w._sheetRelsWriter?.addRelationship !== 'function' || typeof w._writeLegacyData !== 'function') {
        throw new Error('exceljs\'s streaming sheet writer changed: see src/render/excel/charts/attach.ts');
      }
      const rId = w._sheetRelsWriter.addRelationship({ Type: DRAWING_REL, Target: target });
      const legacy = w._writeLegacyData.bind(w);
      w._writeLegacyData = () => {
        w._write(drawingElement(rId));
        legacy();
      };
    },
    /** Adds the chart and drawing parts; before wb.commit(). */
    finish(): void {
      for (const f of parts.files()) zip.append(f.xml, { name: f.name });
    },
  };
}

interface BufferXlsx {
  addWorksheets(zip: Appender, model: { worksheets: { id: number; name: string }[] }): Promise<void>;
  addContentTypes(zip: Appender, model: unknown): Promise<void>;
}

const CHART_RID = 'rIdKpiCharts';

/** In-memory writer: its sheet, sheet-relationship and content-type parts are strings we amend as they pass. */
export function bufferCharts(xlsx: unknown, parts: ChartParts): void {
  if (!parts.any) return;
  const x = xlsx as BufferXlsx;
  const { addWorksheets, addContentTypes } = x;
  // Unlike a lost quote prefix, lost charts would go unnoticed: a later exceljs without these steps stops here.
  if (typeof addWorksheets !== 'function' || typeof addContentTypes !== 'function') {
    throw new Error('exceljs no longer has xlsx.addWorksheets/addContentTypes: see src/render/excel/charts/attach.ts');
  }
  x.addContentTypes = (zip, model) => addContentTypes.call(x, proxy(zip, (data, name) =>
    (typeof data === 'string' && isContentTypes(name) ? parts.contentTypes(data) : data)), model);
  x.addWorksheets = async (zip, model) => {
    const targets = new Map(model.worksheets.map((w) => [w.id, parts.drawingTarget(w.name)]));
    const withRels = new Set<number>();
    await addWorksheets.call(x, proxy(zip, (data, name) => {
      const m = /^\/?xl\/worksheets\/(_rels\/)?sheet(\d+)\.xml(\.rels)?$/.exec(name);
      const target = m && targets.get(Number(m[2]));
      if (!m || !target || typeof data !== 'string') return data;
      if (!m[1]) return withDrawing(data, CHART_RID);
      withRels.add(Number(m[2]));
      return data.replace('</Relationships>', () => `${drawingRelationship(CHART_RID, target)}</Relationships>`);
    }), model);
    for (const [id, target] of targets) {
      if (!target || withRels.has(id)) continue;
      const name = `xl/worksheets/_rels/sheet${id}.xml.rels`;
      zip.append(relsXml([drawingRelationship(CHART_RID, target)]), { name });
    }
    for (const f of parts.files()) zip.append(f.xml, { name: f.name });
  };
}

/** The zip as seen by one exceljs step: every append passes through `change` first. */
function proxy<Z extends Appender>(zip: Z, change: (data: unknown, name: string) => unknown): Z {
  const append = zip.append.bind(zip);
  return Object.assign(Object.create(zip), {
    append: (data: unknown, opts: { name: string }) => append(change(data, opts?.name ?? ''), opts),
  });
}
