// The monthly review: like-with-like results against last month, the live worst-first list, actions, what to repeat.
import { monthTitle, pick } from '../i18n';
import type { KpiLine } from '../kpi/lines';
import type { Cell, CellStyle, SheetSpec } from '../model/workbook';
import { formulaString } from './a1';
import type { SheetContext } from './context';
import { namesFormula, slotCells, slotPull, verdictFormula } from './kpi-lists';
import { type KpiRefs, unitFormat } from './kpi-results';
import { printSpec } from './print';
import { actionKey, keptActionKeys, REVIEW_ENTRY_COLUMNS, typedCell } from './review-entries';
import type { ReviewExtras } from './review-extras';
import { COLUMNS, heights, merges, rules, WIDTH, WRAP, type Col, type Layout } from './review-columns';
import { SheetLayout } from './sheet-layout';
import { statusFormat, trendFormat } from './status';
import { STYLES } from './style';
import { text } from './text';

const NUMBERS = new Set<Col>(['previous', 'current', 'change', 'changePct']);
/** Headers sit as their column's values do: numbers right, codes centred, so neighbours never touch. */
const headerStyle = (c: Col): CellStyle => ({
  ...STYLES.header, align: NUMBERS.has(c) ? 'right' : c === 'status' || c === 'trend' ? 'center' : 'left',
});

export function reviewSheet(ctx: SheetContext, lines: KpiLine[], kpi: KpiRefs, extras: ReviewExtras): SheetSpec {
  // Two passes: the live list reads the action rows below it, whose place is known once the sheet is laid out.
  const draft = layoutReview(ctx, lines, kpi, extras, null);
  const [first, last] = [actionKey(kpi.ids[0]), actionKey(kpi.ids[kpi.ids.length - 1])];
  const lay = layoutReview(ctx, lines, kpi, extras, (col) => draft.span(col, first, last));
  const top: CellStyle = { valign: 'top' };
  const centred = (key: Col) => key === 'status' || key === 'trend';
  return {
    id: 'review',
    name: ctx.names.review,
    columns: COLUMNS.map((key) => ({
      key, width: WIDTH[key],
      style: centred(key) ? { ...top, bold: key === 'status', align: 'center' } : { ...top, wrap: WRAP.has(key) },
      ...(key === 'key' || key === 'pos' ? { hidden: true } : {}),
    })),
    rows: lay.rows,
    rowKeys: lay.rowKeys(),
    frozen: { rows: 2, columns: 1 },
    rowHeights: heights(ctx, lay, kpi, extras.sentences),
    merges: merges(lay, extras.sentences).map((range) => ({ range })),
    conditionalRules: rules(lay, kpi),
    print: printSpec(reviewTitle(ctx), ctx.lang, { repeatRows: { from: lay.row('title'), to: lay.row('compared') } }),
    // No headerRow: the live list's rows carry no key, and must not be read back as rows the manager added.
    entries: { keyColumn: 'key', columns: [...REVIEW_ENTRY_COLUMNS] },
  };
}

function reviewTitle(ctx: SheetContext): string {
  return `${ctx.l.review.title} — ${pick(ctx.template.title, ctx.lang)} — ${monthTitle(ctx.month.id, ctx.lang)}`;
}

function layoutReview(
  ctx: SheetContext, lines: KpiLine[], kpi: KpiRefs, extras: ReviewExtras, actions: ((col: Col) => string) | null,
): Layout {
  const { l, lang } = ctx;
  const r = l.review;
  const lay = new SheetLayout(COLUMNS);
  const header = (key: string, cells: Partial<Record<Col, string>>) => lay.add(Object.fromEntries(
    COLUMNS.filter((c) => c !== 'key' && c !== 'pos').map((c) => [c, text(cells[c] ?? '', headerStyle(c))])), key);
  lay.add({ kpi: text(reviewTitle(ctx), STYLES.title) }, 'title');
  lay.add({ kpi: text(r.comparedWith(monthTitle(ctx.previous.id, lang)), STYLES.info) }, 'compared');
  lay.add({ kpi: text(r.basisNote, STYLES.info) }, 'basisNote');
  lay.add([]);

  lay.add({ kpi: text(r.results, STYLES.label) }, 'resultsTitle');
  header('resultsHeader', { kpi: l.kpi.kpi, previous: r.previous, current: r.current, change: r.change,
    changePct: r.changePct, trend: r.trend, status: r.status, action: r.basis });
  for (const line of lines) lay.add(resultCells(ctx, lay, kpi, line), `result:${line.kpi.id}`);

  lay.add([]);
  lay.add({ kpi: text(r.missedTitle, STYLES.label) }, 'listTitle');
  header('listHeader', { kpi: l.kpi.kpi, previous: l.kpi.targetToDate, current: l.kpi.actual, change: r.shortfall,
    status: r.status, action: r.action, owner: r.owner, deadline: r.deadline });
  lay.add({ kpi: { formula: verdictFormula(l, kpi), style: STYLES.info } }, 'verdict');
  kpi.ids.forEach((_, i) => {
    const pos = lay.cell('pos', lay.next);
    // Typed actions live in rows keyed by KPI below; the list shows the action of whichever KPI it holds now.
    const pull = (col: Col, style?: CellStyle): Cell =>
      (actions ? { formula: slotPull(actions(col), pos), ...(style ? { style } : {}) } : null);
    const slot = slotCells(l, kpi, i + 1, pos);
    lay.add({
      kpi: slot.kpi, previous: slot.due, current: slot.actual, change: slot.shortfall, status: slot.status,
      action: pull('action'), owner: pull('owner'), deadline: pull('deadline', { numFmt: ctx.fmt.date }),
      pos: slot.pos,
    }, `slot:${i + 1}`);
  });

  lay.add([]);
  lay.add({ kpi: text(r.actionsTitle, STYLES.label) }, 'actionsTitle');
  header('actionsHeader', {
    kpi: l.kpi.kpi, status: r.status, action: r.action, owner: r.owner, deadline: r.deadline,
  });
  kpi.ids.forEach((id, i) => {
    const status = kpi.cell('status', id);
    const shown = { formula: `IF(${status}="","",${status})`, style: { numFmt: statusFormat(l) } };
    lay.add({ kpi: text(kpi.names[i]), status: shown, ...typedCells(ctx, actionKey(id)) }, actionKey(id));
  });
  // Kept actions of KPIs this workbook no longer has: never drop what the manager wrote.
  for (const key of keptActionKeys(ctx, kpi.ids)) {
    lay.add({ kpi: text(key.slice('missed:'.length)), ...typedCells(ctx, key) }, key);
  }

  lay.add([]);
  lay.add({ kpi: text(r.decisions, STYLES.label) }, 'decisionsTitle');
  header('decisionsHeader', { action: r.decision });
  const decision = (key: 'repeat' | 'change', label: string, hint: string) =>
    lay.add({ kpi: text(label, STYLES.label), previous: { formula: hint },
      action: typedCell(ctx, key, 'action'), key: text(key) }, key);
  decision('repeat', r.repeat, namesFormula(kpi, 'metNames', r.repeatHint, r.repeatNone));
  decision('change', r.changeRow, namesFormula(kpi, 'flagNames', r.changeHint, r.changeNone));
  // GA4's best channel and campaign: names are untrusted text, so they stay text cells.
  const bests = [
    ['bestChannel', r.bestChannel, extras.best?.channel], ['bestCampaign', r.bestCampaign, extras.best?.campaign],
  ] as const;
  for (const [key, label, b] of bests) {
    if (!b) continue;
    lay.add({ kpi: text(label, STYLES.label), previous: text(b.name),
      change: { number: b.value, style: { numFmt: ctx.fmt.integer } }, changePct: text(r.bestBy(b.metric)) }, key);
  }
  // Bitrix24's top lead sources and best source of won deals: the portal's names are untrusted, so text cells.
  for (const c of extras.sentences) {
    lay.add({ kpi: text(c.label, STYLES.label), previous: text(c.sentence) }, c.key);
  }
  // The month's top posts from Meta's exports: post texts and links are untrusted, so they stay text cells.
  for (const p of extras.posts) {
    const value: Cell = p.value === undefined ? null : { number: p.value, style: { numFmt: ctx.fmt.integer } };
    lay.add(p.kind === undefined ? { kpi: text(p.label, STYLES.label) } : { kpi: text(p.label),
      previous: text(p.kind), change: value, changePct: text(p.measure ?? ''), action: text(p.link ?? '') }, p.key);
  }
  return lay;
}

/** One KPI against last month, like with like: a paced KPI of a running month compares its projected month-end. */
function resultCells(ctx: SheetContext, lay: Layout, kpi: KpiRefs, line: KpiLine): Partial<Record<Col, Cell>> {
  const { l, fmt } = ctx;
  const id = line.kpi.id;
  const c = (col: Col) => lay.cell(col, lay.next);
  const [prev, cur, change] = [c('previous'), c('current'), c('change')];
  const [projected, actual, status] = [kpi.cell('projected', id), kpi.cell('actual', id), kpi.cell('status', id)];
  const valueFmt = { numFmt: unitFormat(ctx, line.kpi.unit) };
  const [byProjection, byActual] = [formulaString(l.review.basisProjected), formulaString(l.review.basisActual)];
  const basis = `IF(${projected}<>"",${byProjection},${byActual})`;
  return {
    kpi: text(pick(line.kpi.name, ctx.lang)),
    previous: line.previousActual === null ? null : { number: line.previousActual, style: valueFmt },
    current: { formula: `IF(${projected}<>"",${projected},IF(${actual}="","",${actual}))`, style: valueFmt },
    change: { formula: `IF(OR(${prev}="",${cur}=""),"",${cur}-${prev})`, style: valueFmt },
    changePct: {
      formula: `IF(OR(${prev}="",${cur}="",${prev}=0),"",${cur}/${prev}-1)`, style: { numFmt: fmt.percent },
    },
    // Which way is good: for a lower-is-better KPI a fall is "better".
    trend: {
      formula: `IF(${change}="","",${line.kpi.direction === 'higher' ? '' : '-'}SIGN(${change}))`,
      style: { numFmt: trendFormat(l) },
    },
    status: { formula: `IF(${status}="","",${status})`, style: { numFmt: statusFormat(l) } },
    action: { formula: `IF(${cur}="","",${basis})` },
  };
}

function typedCells(ctx: SheetContext, key: string): Partial<Record<Col, Cell>> {
  return {
    action: typedCell(ctx, key, 'action'), owner: typedCell(ctx, key, 'owner'),
    deadline: typedCell(ctx, key, 'deadline'), key: text(key),
  };
}
