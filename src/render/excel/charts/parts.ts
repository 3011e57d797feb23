// Every chart part of a workbook: numbering, drawings, relationships and content types, as strings for the zip.
import type { ChartSpec, SheetSpec } from '../../../core/model/workbook';
import { chartXml } from './chart-xml';
import { anchorBox, escapeXml } from './xml';

export const DRAWING_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing';
const CHART_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart';
const CHART_TYPE = 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml';
const DRAWING_TYPE = 'application/vnd.openxmlformats-officedocument.drawing+xml';
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const PKG_RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';

export interface ZipPart { name: string; xml: string }

interface SheetDrawing { drawing: number; charts: { n: number; spec: ChartSpec }[] }

/** A worksheet's <drawing> element, which must come before legacyDrawing, picture, tableParts and extLst. */
export const drawingElement = (rId: string) => `<drawing r:id="${rId}"/>`;

/**
 * Numbers the charts of a workbook description: one drawing per sheet that has charts (drawing1…), one chart
 * part per chart (chart1…, in sheet order). Both Excel renderers take their strings from here.
 */
export class ChartParts {
  private readonly bySheet = new Map<string, SheetDrawing>();

  constructor(sheets: readonly SheetSpec[]) {
    let drawing = 0, chart = 0;
    for (const s of sheets) {
      if (!s.charts?.length) continue;
      for (const c of s.charts) anchorBox(c.anchor, `Sheet "${s.name}", chart "${c.id}"`);
      this.bySheet.set(s.name, { drawing: ++drawing, charts: s.charts.map((spec) => ({ n: ++chart, spec })) });
    }
  }

  get any(): boolean {
    return this.bySheet.size > 0;
  }

  /** The target a sheet's relationship points at, or undefined for a sheet without charts. */
  drawingTarget(sheetName: string): string | undefined {
    const d = this.bySheet.get(sheetName);
    return d && `../drawings/drawing${d.drawing}.xml`;
  }

  /** The chart, drawing and drawing-relationship parts, to add to the zip. */
  files(): ZipPart[] {
    const out: ZipPart[] = [];
    for (const [sheet, d] of this.bySheet) {
      out.push({ name: `xl/drawings/drawing${d.drawing}.xml`, xml: drawingXml(sheet, d) });
      const rels = d.charts.map((c, i) =>
        `<Relationship Id="rId${i + 1}" Type="${CHART_REL}" Target="../charts/chart${c.n}.xml"/>`);
      out.push({ name: `xl/drawings/_rels/drawing${d.drawing}.xml.rels`, xml: relsXml(rels) });
      for (const c of d.charts) out.push({ name: `xl/charts/chart${c.n}.xml`, xml: chartXml(c.spec) });
    }
    return out;
  }

  /** [Content_Types].xml with an Override for each drawing and chart part. */
  contentTypes(xml: string): string {
    const overrides: string[] = [];
    for (const d of this.bySheet.values()) {
      overrides.push(`<Override PartName="/xl/drawings/drawing${d.drawing}.xml" ContentType="${DRAWING_TYPE}"/>`);
      for (const c of d.charts) {
        overrides.push(`<Override PartName="/xl/charts/chart${c.n}.xml" ContentType="${CHART_TYPE}"/>`);
      }
    }
    return xml.replace('</Types>', () => `${overrides.join('')}</Types>`);
  }
}

export function relsXml(relationships: string[]): string {
  return `${XML_HEAD}<Relationships xmlns="${PKG_RELS}">${relationships.join('')}</Relationships>`;
}

/** A sheet-drawing relationship element. */
export const drawingRelationship = (rId: string, target: string) =>
  `<Relationship Id="${rId}" Type="${DRAWING_REL}" Target="${escapeXml(target)}"/>`;

/** xdr:wsDr with one twoCellAnchor + graphicFrame per chart; the drawing's rId n points at its n-th chart. */
function drawingXml(sheet: string, d: SheetDrawing): string {
  const anchors = d.charts.map((c, i) => {
    const box = anchorBox(c.spec.anchor, `Sheet "${sheet}", chart "${c.spec.id}"`);
    const edge = (tag: string, col: number, row: number) =>
      `<xdr:${tag}><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row>` +
      `<xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
    return '<xdr:twoCellAnchor editAs="oneCell">' +
      edge('from', box.left, box.top) + edge('to', box.right, box.bottom) +
      `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${escapeXml(c.spec.title)}"/>` +
      '<xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>' +
      '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
      '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">' +
      '<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"' +
      ` xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId${i + 1}"/>` +
      '</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>';
  });
  return `${XML_HEAD}<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"` +
    ` xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">${anchors.join('')}</xdr:wsDr>`;
}
