// Reads a sheet's charts back out of an .xlsx by following its parts: sheet → drawing → chart, as Excel does.
import { readFileSync } from 'node:fs';
import path from 'node:path/posix';
import JSZip from 'jszip';

export interface ChartPart {
  part: string;
  relType: string;
  xml: string;
  /** The from/to cells of its anchor, 0-based as in the drawing: [col, row]. */
  from: [number, number];
  to: [number, number];
}

export interface SheetCharts {
  sheetPart: string;
  sheetXml: string;
  drawingPart: string;
  drawingRelType: string;
  charts: ChartPart[];
  contentTypes: string;
  zip: JSZip;
}

const attr = (xml: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(xml)?.[1];

/** The relationship targets of a part, by id, resolved to part names. */
async function rels(zip: JSZip, part: string): Promise<Map<string, { type: string; part: string }>> {
  const relsPart = path.join(path.dirname(part), '_rels', `${path.basename(part)}.rels`);
  const xml = await zip.file(relsPart)?.async('string');
  if (!xml) throw new Error(`no relationships part ${relsPart}`);
  const out = new Map<string, { type: string; part: string }>();
  for (const [el] of xml.matchAll(/<Relationship\b[^>]*>/g)) {
    const target = attr(el, 'Target')!;
    out.set(attr(el, 'Id')!, { type: attr(el, 'Type')!, part: path.normalize(path.join(path.dirname(part), target)) });
  }
  return out;
}

async function text(zip: JSZip, part: string): Promise<string> {
  const entry = zip.file(part);
  if (!entry) throw new Error(`no part ${part} (has ${Object.keys(zip.files).join(', ')})`);
  return entry.async('string');
}

/** The charts drawn on sheet `name`, or an error naming the missing link in the chain. */
export async function sheetCharts(file: string, name: string): Promise<SheetCharts> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const wbXml = await text(zip, 'xl/workbook.xml');
  const sheetEl = [...wbXml.matchAll(/<sheet\b[^>]*>/g)].map((m) => m[0])
    .find((el) => attr(el, 'name') === name.replace(/&/g, '&amp;'));
  if (!sheetEl) throw new Error(`no sheet "${name}"`);
  const sheetPart = (await rels(zip, 'xl/workbook.xml')).get(attr(sheetEl, 'r:id')!)!.part;
  const sheetXml = await text(zip, sheetPart);
  const drawingId = /<drawing r:id="([^"]+)"\/>/.exec(sheetXml)?.[1];
  if (!drawingId) throw new Error(`sheet "${name}" has no <drawing>`);
  const drawingRel = (await rels(zip, sheetPart)).get(drawingId);
  if (!drawingRel) throw new Error(`sheet "${name}": no relationship ${drawingId}`);
  const drawingXml = await text(zip, drawingRel.part);
  const chartRels = await rels(zip, drawingRel.part);
  const charts: ChartPart[] = [];
  for (const [anchor] of drawingXml.matchAll(/<xdr:twoCellAnchor\b[\s\S]*?<\/xdr:twoCellAnchor>/g)) {
    const edge = (tag: string): [number, number] => {
      const m = new RegExp(`<xdr:${tag}><xdr:col>(\\d+)</xdr:col>.*?<xdr:row>(\\d+)</xdr:row>`).exec(anchor)!;
      return [Number(m[1]), Number(m[2])];
    };
    const rel = chartRels.get(/<c:chart\b[^>]*r:id="([^"]+)"/.exec(anchor)![1])!;
    const xml = await text(zip, rel.part);
    charts.push({ part: rel.part, relType: rel.type, xml, from: edge('from'), to: edge('to') });
  }
  return {
    sheetPart, sheetXml, drawingPart: drawingRel.part, charts, zip,
    drawingRelType: drawingRel.type, contentTypes: await text(zip, '[Content_Types].xml'),
  };
}

/** The formulas of a chart: categories and values of each series, and the series names. */
export function chartFormulas(xml: string) {
  const series = [...xml.matchAll(/<c:ser>([\s\S]*?)<\/c:ser>/g)].map(([, s]) => ({
    name: /<c:tx><c:v>([^<]*)<\/c:v><\/c:tx>/.exec(s)?.[1],
    categories: /<c:cat>[\s\S]*?<c:f>([^<]*)<\/c:f>/.exec(s)?.[1],
    values: /<c:val>[\s\S]*?<c:f>([^<]*)<\/c:f>/.exec(s)?.[1],
  }));
  return { series };
}

/** The element names directly inside the first `<tag>…</tag>` of `xml`, in order (nested ones skipped). */
export function childNames(xml: string, tag: string): string[] {
  const open = new RegExp(`<${tag}[\\s>]`).exec(xml);
  if (!open) return [];
  const names: string[] = [];
  let depth = 0;
  const re = /<(\/?)([\w:]+)[^>]*?(\/?)>/g;
  re.lastIndex = xml.indexOf('>', open.index) + 1;
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    const [, close, name, selfClose] = m;
    if (close) {
      if (depth === 0) break;
      depth--;
    } else {
      if (depth === 0) names.push(name);
      if (!selfClose) depth++;
    }
  }
  return names;
}
