// The monthly review: results against the previous month, missed targets with shortfall and actions, what to repeat or change.
import { monthTitle, pick } from '../i18n';
import type { ga4Highlights } from '../ga4/highlights';
import type { KpiLine } from '../kpi/lines';
import type { EntryValue } from '../model/input';
import type { Cell, ConditionalRuleSpec, Row, SheetSpec } from '../model/workbook';
import { cellRef, formulaString, sheetRef } from './a1';
import type { SheetContext } from './context';
import { unitFormat } from './kpi-results';
import { STATUS_RULE_STYLES, STYLES } from './style';
import { text } from './text';

export function reviewSheet(
  ctx: SheetContext, lines: KpiLine[], kpiRowOf: Map<string, number>, best?: ReturnType<typeof ga4Highlights>,
): SheetSpec {
  const { l, fmt, lang } = ctx;
  const typed = ctx.input.entries?.review ?? {};
  const kpiSheet = ctx.names['kpi-results'];
  const ref = (col: string, id: string) => sheetRef(kpiSheet, `${col}${kpiRowOf.get(id)}`);
  const entry = (key: string, col: string): Cell => {
    const v: EntryValue | undefined = typed[key]?.[col];
    if (v === undefined || v === null || v === '') return { blank: true, style: STYLES.input };
    if (typeof v === 'number') return { number: v, style: STYLES.input };
    // A deadline typed as a date travels as an ISO string: it goes back as a date, not as text.
    if (col === 'deadline' && typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)) return { date: v, style: { ...STYLES.input, numFmt: fmt.date } };
    return text(String(v), STYLES.input);
  };
  const rows: Row[] = [
    [text(`${l.review.title} — ${pick(ctx.template.title, lang)} — ${monthTitle(ctx.month.id, lang)}`, STYLES.title)],
    [text(l.review.comparedWith(monthTitle(ctx.previous.id, lang)), STYLES.info)],
    [],
    [text(l.review.results, STYLES.label)],
    [l.kpi.kpi, l.review.previous, l.review.current, l.review.change, l.review.changePct, l.review.status].map((h) => text(h, STYLES.header)),
  ];
  const rules: ConditionalRuleSpec[] = [];
  const resultsFirst = rows.length + 1;
  for (const line of lines) {
    const r = rows.length + 1;
    const valueFmt = { numFmt: unitFormat(ctx, line.kpi.unit) };
    const [B, C] = [cellRef(2, r), cellRef(3, r)];
    rows.push([
      text(pick(line.kpi.name, lang)),
      line.previousActual === null ? null : { number: line.previousActual, style: valueFmt },
      { formula: `IF(${ref('G', line.kpi.id)}="","",${ref('G', line.kpi.id)})`, style: valueFmt },
      { formula: `IF(OR(${B}="",${C}=""),"",${C}-${B})`, style: valueFmt },
      { formula: `IF(OR(${B}="",${C}="",${B}=0),"",${C}/${B}-1)`, style: { numFmt: fmt.percent } },
      { formula: `IF(${ref('J', line.kpi.id)}="","",${ref('J', line.kpi.id)})`, style: { bold: true } },
    ]);
  }
  if (lines.length) rules.push(...statusRules(ctx, `F${resultsFirst}:F${rows.length}`, `$F${resultsFirst}`));

  // Missed and at-risk KPIs as of generation; the shortfall stays live.
  rows.push([], [text(l.review.missedTitle, STYLES.label)]);
  rows.push([l.kpi.kpi, l.kpi.targetToDate, l.kpi.actual, l.review.shortfall, l.review.action, l.review.owner, l.review.deadline]
    .map((h) => text(h, STYLES.header)));
  const flagged = lines.filter((x) => x.status === 'missed' || x.status === 'atRisk');
  const missedFirst = rows.length + 1;
  for (const line of flagged) {
    const id = line.kpi.id;
    const valueFmt = { numFmt: unitFormat(ctx, line.kpi.unit) };
    const shortfall = line.kpi.direction === 'higher' ? `${ref('F', id)}-${ref('G', id)}` : `${ref('G', id)}-${ref('F', id)}`;
    rows.push([
      text(pick(line.kpi.name, lang)),
      { formula: ref('F', id), style: valueFmt },
      { formula: ref('G', id), style: valueFmt },
      { formula: `IF(OR(${ref('F', id)}="",${ref('G', id)}=""),"",MAX(0,${shortfall}))`, style: valueFmt },
      entry(`missed:${id}`, 'action'), entry(`missed:${id}`, 'owner'), entry(`missed:${id}`, 'deadline'),
      text(`missed:${id}`),
    ]);
  }
  if (flagged.length) {
    rules.push({ range: `A${missedFirst}:A${rows.length}`, formula: 'TRUE', style: STATUS_RULE_STYLES.missed });
  } else {
    rows.push([text(l.review.noneMissed, STYLES.info)]);
  }
  // Kept actions of KPIs that are no longer missed: never drop what the manager wrote.
  for (const key of Object.keys(typed).filter((k) => k.startsWith('missed:') && !flagged.some((x) => `missed:${x.kpi.id}` === k))) {
    rows.push([text(key.slice(7)), null, null, null, entry(key, 'action'), entry(key, 'owner'), entry(key, 'deadline'), text(key)]);
  }

  const names = (status: KpiLine['status']) => lines.filter((x) => x.status === status).map((x) => pick(x.kpi.name, lang)).join(', ');
  rows.push([], [text(l.review.decisions, STYLES.label)]);
  rows.push([text('', STYLES.header), text('', STYLES.header), text('', STYLES.header), text('', STYLES.header), text(l.review.decision, STYLES.header)]);
  const hintRows = [rows.length + 1, rows.length + 2];
  rows.push([text(l.review.repeat, STYLES.label), text(l.review.repeatHint(names('met'))), null, null, entry('repeat', 'action'), null, null, text('repeat')]);
  rows.push([text(l.review.changeRow, STYLES.label), text(l.review.changeHint(names('missed'))), null, null, entry('change', 'action'), null, null, text('change')]);
  // GA4's best channel and campaign: names are untrusted text, so they stay text cells.
  for (const [label, b] of [[l.review.bestChannel, best?.channel], [l.review.bestCampaign, best?.campaign]] as const) {
    if (!b) continue;
    hintRows.push(rows.length + 1);
    rows.push([text(label, STYLES.label), text(b.name), null, { number: b.value, style: { numFmt: fmt.integer } }, text(l.review.bestBy(b.metric))]);
  }

  return {
    id: 'review',
    name: ctx.names.review,
    columns: [
      { key: 'kpi', width: 34, style: STYLES.wrap }, { key: 'previous', width: 16, style: STYLES.wrap },
      { key: 'current', width: 16 }, { key: 'change', width: 16 }, { key: 'action', width: 40, style: STYLES.wrap },
      { key: 'owner', width: 16, style: STYLES.wrap }, { key: 'deadline', width: 16 }, { key: 'key', width: 16, hidden: true },
    ],
    rows,
    frozen: { rows: 2, columns: 1 },
    rowHeights: { 1: 22, 5: 32 },
    merges: [{ range: 'A1:G1' }, { range: 'A2:G2' }, ...hintRows.map((r) => ({ range: `B${r}:D${r}` }))],
    conditionalRules: rules,
    print: { landscape: true, fitToWidth: true },
    entries: { keyColumn: 'key', columns: ['action', 'owner', 'deadline'] },
  };
}

export function statusRules(ctx: SheetContext, range: string, cell: string): ConditionalRuleSpec[] {
  const s = ctx.l.status;
  return [
    { range, formula: `${cell}=${formulaString(s.missed)}`, style: STATUS_RULE_STYLES.missed },
    { range, formula: `${cell}=${formulaString(s.atRisk)}`, style: STATUS_RULE_STYLES.atRisk },
    { range, formula: `${cell}=${formulaString(s.met)}`, style: STATUS_RULE_STYLES.met },
  ];
}
