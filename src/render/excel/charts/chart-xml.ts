// One chart part (xl/charts/chartN.xml): a DrawingML c:chartSpace with a bar or line chart over live cell ranges.
import type { ChartSeriesSpec, ChartSpec } from '../../../core/model/workbook';
import { escapeXml } from './xml';

const NS = 'xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"' +
  ' xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"' +
  ' xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

/** Series colours in order: the first (the target) light, the next (the actual) the workbook's dark blue. */
const COLOURS = ['8EA9C1', '1F4E79', 'C55A11', '548235', '7F6000'];
const CAT_AXIS = 500000001;
const VAL_AXIS = 500000002;

const val = (tag: string, v: string | number) => `<c:${tag} val="${v}"/>`;

function richText(text: string): string {
  return `<c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:r><a:t>${escapeXml(text)}</a:t></a:r></a:p></c:rich></c:tx>`;
}

/** CT_Title: tx, layout, overlay. */
function title(text: string | undefined): string {
  return text ? `<c:title>${richText(text)}${val('overlay', 0)}</c:title>` : '';
}

/**
 * A series, children in the schema's order (CT_BarSer: idx order tx spPr invertIfNegative cat val;
 * CT_LineSer: idx order tx spPr marker cat val smooth). The ranges are formulas, so the chart follows the cells;
 * no cached values: Excel and LibreOffice read the cells when they draw.
 */
function series(kind: ChartSpec['kind'], s: ChartSeriesSpec, i: number, categories: string, alone: boolean): string {
  // A chart of one series draws it in the dark blue; the light one is there to set a target apart.
  const colour = `<a:srgbClr val="${COLOURS[alone ? 1 : i % COLOURS.length]}"/>`;
  const fill = kind === 'bar'
    ? `<c:spPr><a:solidFill>${colour}</a:solidFill></c:spPr>${val('invertIfNegative', 0)}`
    : `<c:spPr><a:ln w="28575"><a:solidFill>${colour}</a:solidFill></a:ln></c:spPr>` +
      `<c:marker>${val('symbol', 'circle')}${val('size', 6)}</c:marker>`;
  return `<c:ser>${val('idx', i)}${val('order', i)}<c:tx><c:v>${escapeXml(s.name)}</c:v></c:tx>${fill}` +
    `<c:cat><c:strRef><c:f>${escapeXml(categories)}</c:f></c:strRef></c:cat>` +
    `<c:val><c:numRef><c:f>${escapeXml(s.values)}</c:f></c:numRef></c:val>` +
    (kind === 'line' ? val('smooth', 0) : '') + '</c:ser>';
}

/**
 * CT_BarChart: barDir grouping varyColors ser* gapWidth axId axId;
 * CT_LineChart: grouping varyColors ser* marker axId axId.
 */
function plot(spec: ChartSpec): string {
  const all = spec.series.map((s, i) => series(spec.kind, s, i, spec.categories, spec.series.length === 1)).join('');
  const axes = val('axId', CAT_AXIS) + val('axId', VAL_AXIS);
  if (spec.kind === 'bar') {
    const dir = val('barDir', spec.horizontal ? 'bar' : 'col');
    return `<c:barChart>${dir}${val('grouping', 'clustered')}${val('varyColors', 0)}${all}` +
      `${val('gapWidth', 80)}${axes}</c:barChart>`;
  }
  return `<c:lineChart>${val('grouping', 'standard')}${val('varyColors', 0)}${all}${val('marker', 1)}${axes}` +
    '</c:lineChart>';
}

/**
 * CT_CatAx: axId scaling delete axPos title numFmt majorTickMark minorTickMark tickLblPos crossAx crosses auto
 * lblAlgn lblOffset; CT_ValAx: axId scaling delete axPos majorGridlines title numFmt majorTickMark minorTickMark
 * tickLblPos crossAx crosses crossBetween.
 */
function axes(spec: ChartSpec): string {
  // Horizontal bars list the categories top down as the sheet does: the category axis reversed, and the value
  // axis crossing it at its last category, which is then at the bottom.
  const across = spec.kind === 'bar' && spec.horizontal === true;
  const head = (id: number, pos: string, order = 'minMax') =>
    `${val('axId', id)}<c:scaling>${val('orientation', order)}</c:scaling>${val('delete', 0)}${val('axPos', pos)}`;
  const ticks = `${val('majorTickMark', 'out')}${val('minorTickMark', 'none')}${val('tickLblPos', 'nextTo')}`;
  const format = spec.valueFormat
    ? `<c:numFmt formatCode="${escapeXml(spec.valueFormat)}" sourceLinked="0"/>`
    : '<c:numFmt formatCode="General" sourceLinked="1"/>';
  const catHead = head(CAT_AXIS, across ? 'l' : 'b', across ? 'maxMin' : 'minMax');
  const cat = `<c:catAx>${catHead}${title(spec.axisTitles?.category)}${ticks}${val('crossAx', VAL_AXIS)}` +
    `${val('crosses', 'autoZero')}${val('auto', 1)}${val('lblAlgn', 'ctr')}${val('lblOffset', 100)}</c:catAx>`;
  const valHead = head(VAL_AXIS, across ? 'b' : 'l');
  const value = `<c:valAx>${valHead}<c:majorGridlines/>${title(spec.axisTitles?.value)}${format}${ticks}` +
    `${val('crossAx', CAT_AXIS)}${val('crosses', across ? 'max' : 'autoZero')}` +
    `${val('crossBetween', 'between')}</c:valAx>`;
  return cat + value;
}

/** CT_ChartSpace: roundedCorners chart; CT_Chart: title autoTitleDeleted plotArea legend plotVisOnly dispBlanksAs. */
export function chartXml(spec: ChartSpec): string {
  return '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<c:chartSpace ${NS}>${val('roundedCorners', 0)}<c:chart>${title(spec.title)}${val('autoTitleDeleted', 0)}` +
    `<c:plotArea><c:layout/>${plot(spec)}${axes(spec)}</c:plotArea>` +
    `<c:legend>${val('legendPos', 'b')}${val('overlay', 0)}</c:legend>` +
    `${val('plotVisOnly', 1)}${val('dispBlanksAs', 'gap')}</c:chart></c:chartSpace>`;
}
