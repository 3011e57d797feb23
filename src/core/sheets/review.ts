// The monthly review: like-with-like results against last month, the live worst-first list with actions, what to repeat.
import { monthTitle, pick } from '../i18n';
import type { ga4Highlights } from '../ga4/highlights';
import type { KpiLine } from '../kpi/lines';
import type { Cell, CellStyle, ConditionalRuleSpec, SheetSpec } from '../model/workbook';
import { formulaString } from './a1';
import type { SheetContext } from './context';
import { namesFormula, slotPosition, slotPull, slotValue, verdictFormula } from './kpi-lists';
import { type KpiRefs, unitFormat } from './kpi-results';
import { printSpec } from './print';
import { actionKey, keptActionKeys, REVIEW_ENTRY_COLUMNS, typedCell } from './review-entries';
import { SheetLayout } from './sheet-layout';
import { statusFormat, statusRules, trendFormat } from './status';
import { STYLES } from './style';
import { text } from './text';

const COLUMNS = ['kpi', 'previous', 'current', 'change', 'changePct', 'trend', 'status', 'action', 'owner', 'deadline', 'key', 'pos'] as const;
type Col = (typeof COLUMNS)[number];
type Best = ReturnType<typeof ga4Highlights>;

export function reviewSheet(ctx: SheetContext, lines: KpiLine[], kpi: KpiRefs, best?: Best): SheetSpec {
  // Two passes: the live list reads the action rows below it, whose place is known once the sheet is laid out.
  const draft = layoutReview(ctx, lines, kpi, best, null);
  const [first, last] = [actionKey(kpi.ids[0]), actionKey(kpi.ids[kpi.ids.length - 1])];
  const actions = (col: Col) => draft.span(col, first, last);
  const lay = layoutReview(ctx, lines, kpi, best, actions);
  const { rules, merges } = decorate(lay, kpi);
  const title = reviewTitle(ctx);
  const width: Partial<Record<Col, number>> = { kpi: 34, action: 40, owner: 16, changePct: 12 };
  const wrap = new Set<Col>(['kpi', 'previous', 'action', 'owner']);
  const top: CellStyle = { valign: 'top' };
  return {
    id: 'review',
    name: ctx.names.review,
    columns: COLUMNS.map((key) => ({
      key, width: width[key] ?? 14,
      style: key === 'status' || key === 'trend' ? { ...top, bold: key === 'status', align: 'center' } : { ...top, wrap: wrap.has(key) },
      ...(key === 'key' || key === 'pos' ? { hidden: true } : {}),
    })),
    rows: lay.rows,
    rowKeys: lay.rowKeys(),
    frozen: { rows: 2, columns: 1 },
    rowHeights: { [lay.row('title')]: 22, [lay.row('resultsHeader')]: 32 },
    merges: merges.map((range) => ({ range })),
    conditionalRules: rules,
    print: printSpec(title, ctx.lang, { repeatRows: { from: lay.row('title'), to: lay.row('compared') } }),
    // No headerRow: the live list's rows carry no key, and must not be read back as rows the manager added.
    entries: { keyColumn: 'key', columns: [...REVIEW_ENTRY_COLUMNS] },
  };
}

function reviewTitle(ctx: SheetContext): string {
  return `${ctx.l.review.title} — ${pick(ctx.template.title, ctx.lang)} — ${monthTitle(ctx.month.id, ctx.lang)}`;
}

function layoutReview(ctx: SheetContext, lines: KpiLine[], kpi: KpiRefs, best: Best | undefined, actions: ((col: Col) => string) | null) {
  const { l, fmt, lang } = ctx;
  const r = l.review;
  const lay = new SheetLayout(COLUMNS);
  const header = (key: string, cells: Partial<Record<Col, string>>) =>
    lay.add(Object.fromEntries(COLUMNS.filter((c) => c !== 'key' && c !== 'pos').map((c) => [c, text(cells[c] ?? '', STYLES.header)])), key);
  lay.add({ kpi: text(reviewTitle(ctx), STYLES.title) }, 'title');
  lay.add({ kpi: text(r.comparedWith(monthTitle(ctx.previous.id, lang)), STYLES.info) }, 'compared');
  lay.add({ kpi: text(r.basisNote, STYLES.info) }, 'basisNote');
  lay.add([]);

  lay.add({ kpi: text(r.results, STYLES.label) }, 'resultsTitle');
  header('resultsHeader', { kpi: l.kpi.kpi, previous: r.previous, current: r.current, change: r.change,
    changePct: r.changePct, trend: r.trend, status: r.status, action: r.basis });
  for (const line of lines) {
    const id = line.kpi.id, key = `result:${id}`;
    const c = (col: Col) => lay.cell(col, lay.next);
    const [prev, cur, change] = [c('previous'), c('current'), c('change')];
    const [projected, actual, status] = [kpi.cell('projected', id), kpi.cell('actual', id), kpi.cell('status', id)];
    const valueFmt = { numFmt: unitFormat(ctx, line.kpi.unit) };
    // Like with like: a paced KPI of a running month compares its projected month-end, everything else its actual.
    lay.add({
      kpi: text(pick(line.kpi.name, lang)),
      previous: line.previousActual === null ? null : { number: line.previousActual, style: valueFmt },
      current: { formula: `IF(${projected}<>"",${projected},IF(${actual}="","",${actual}))`, style: valueFmt },
      change: { formula: `IF(OR(${prev}="",${cur}=""),"",${cur}-${prev})`, style: valueFmt },
      changePct: { formula: `IF(OR(${prev}="",${cur}="",${prev}=0),"",${cur}/${prev}-1)`, style: { numFmt: fmt.percent } },
      // Which way is good: a lower cost is better.
      trend: { formula: `IF(${change}="","",${line.kpi.direction === 'higher' ? '' : '-'}SIGN(${change}))`, style: { numFmt: trendFormat(l) } },
      status: { formula: `IF(${status}="","",${status})`, style: { numFmt: statusFormat(l) } },
      action: { formula: `IF(${cur}="","",IF(${projected}<>"",${formulaString(r.basisProjected)},${formulaString(r.basisActual)}))` },
    }, key);
  }

  lay.add([]);
  lay.add({ kpi: text(r.missedTitle, STYLES.label) }, 'listTitle');
  header('listHeader', { kpi: l.kpi.kpi, previous: l.kpi.targetToDate, current: l.kpi.actual, change: r.shortfall,
    status: r.status, action: r.action, owner: r.owner, deadline: r.deadline });
  lay.add({ kpi: { formula: verdictFormula(l, kpi), style: STYLES.info } }, 'verdict');
  const right: CellStyle = { align: 'right' };
  const none = (): Cell => ({ formula: '""' });
  kpi.ids.forEach((_, i) => {
    const pos = lay.cell('pos', lay.next);
    const pull = (col: Col, style?: CellStyle): Cell => (actions
      ? { formula: slotPull(actions(col), pos), ...(style ? { style } : {}) } : none());
    lay.add({
      kpi: { formula: slotValue(kpi, 'kpi', pos) },
      previous: { formula: slotValue(kpi, 'dueText', pos), style: right },
      current: { formula: slotValue(kpi, 'actualText', pos), style: right },
      change: { formula: slotValue(kpi, 'shortText', pos), style: right },
      status: { formula: slotValue(kpi, 'status', pos), style: { numFmt: statusFormat(l) } },
      action: pull('action'), owner: pull('owner'), deadline: pull('deadline', { numFmt: fmt.date }),
      pos: { formula: slotPosition(kpi, i + 1) },
    }, `slot:${i + 1}`);
  });

  lay.add([]);
  lay.add({ kpi: text(r.actionsTitle, STYLES.label) }, 'actionsTitle');
  header('actionsHeader', { kpi: l.kpi.kpi, status: r.status, action: r.action, owner: r.owner, deadline: r.deadline });
  const names = new Map(lines.map((x) => [x.kpi.id, pick(x.kpi.name, lang)]));
  for (const id of kpi.ids) {
    const key = actionKey(id), status = kpi.cell('status', id);
    lay.add({
      kpi: text(names.get(id) ?? id),
      status: { formula: `IF(${status}="","",${status})`, style: { numFmt: statusFormat(l) } },
      action: typedCell(ctx, key, 'action'), owner: typedCell(ctx, key, 'owner'), deadline: typedCell(ctx, key, 'deadline'),
      key: text(key),
    }, key);
  }
  // Kept actions of KPIs this workbook no longer has: never drop what the manager wrote.
  for (const key of keptActionKeys(ctx, kpi.ids)) {
    lay.add({ kpi: text(key.slice('missed:'.length)), action: typedCell(ctx, key, 'action'),
      owner: typedCell(ctx, key, 'owner'), deadline: typedCell(ctx, key, 'deadline'), key: text(key) }, key);
  }

  lay.add([]);
  lay.add({ kpi: text(r.decisions, STYLES.label) }, 'decisionsTitle');
  header('decisionsHeader', { action: r.decision });
  lay.add({ kpi: text(r.repeat, STYLES.label), previous: { formula: namesFormula(kpi, 'metNames', r.repeatHint, r.repeatNone) },
    action: typedCell(ctx, 'repeat', 'action'), key: text('repeat') }, 'repeat');
  lay.add({ kpi: text(r.changeRow, STYLES.label), previous: { formula: namesFormula(kpi, 'flagNames', r.changeHint, r.changeNone) },
    action: typedCell(ctx, 'change', 'action'), key: text('change') }, 'change');
  // GA4's best channel and campaign: names are untrusted text, so they stay text cells.
  for (const [key, label, b] of [['bestChannel', r.bestChannel, best?.channel], ['bestCampaign', r.bestCampaign, best?.campaign]] as const) {
    if (!b) continue;
    lay.add({ kpi: text(label, STYLES.label), previous: text(b.name), change: { number: b.value, style: { numFmt: fmt.integer } },
      changePct: text(r.bestBy(b.metric)) }, key);
  }
  return lay;
}

/** Merges and colours: one set of status rules per table, over codes. */
function decorate(lay: SheetLayout<Col>, kpi: KpiRefs) {
  const rules: ConditionalRuleSpec[] = [];
  const table = (first: string, last: string) => rules.push(...statusRules(lay.area('status', first, 'status', last), lay.cellMixed('status', first)));
  const results = kpi.ids.filter((id) => lay.has(`result:${id}`));
  if (results.length) table(`result:${results[0]}`, `result:${results[results.length - 1]}`);
  table('slot:1', `slot:${kpi.ids.length}`);
  table(actionKey(kpi.ids[0]), actionKey(kpi.ids[kpi.ids.length - 1]));
  const merges = ['title', 'compared', 'basisNote', 'verdict'].map((k) => lay.area('kpi', k, 'deadline', k));
  for (const k of ['repeat', 'change']) merges.push(lay.area('previous', k, 'status', k));
  for (const k of ['bestChannel', 'bestCampaign'].filter((x) => lay.has(x))) {
    merges.push(lay.area('previous', k, 'current', k), lay.area('changePct', k, 'status', k));
  }
  return { rules, merges };
}
