// The review's columns, widths and decoration (row heights, merges, status colours), all by column and row key.
import { monthTitle } from '../i18n';
import type { ConditionalRuleSpec } from '../model/workbook';
import type { SheetContext } from './context';
import { sentences } from './kpi-lists';
import type { KpiRefs } from './kpi-results';
import { actionKey } from './review-entries';
import { longest, spanWidth, textHeight } from './row-height';
import type { SheetLayout } from './sheet-layout';
import { statusRules } from './status';
import type { ReviewSentence } from './review-extras';

export const COLUMNS = [
  'kpi', 'previous', 'current', 'change', 'changePct', 'trend', 'status', 'action', 'owner', 'deadline', 'key', 'pos',
] as const;
export type Col = (typeof COLUMNS)[number];
export type Layout = SheetLayout<Col>;
export const WIDTH: Record<Col, number> = {
  kpi: 34, previous: 14, current: 14, change: 14, changePct: 12, trend: 14, status: 14, action: 40, owner: 16,
  deadline: 14, key: 14, pos: 6,
};
const span = (from: Col, to: Col) => spanWidth(WIDTH, COLUMNS, from, to);
export const WRAP = new Set<Col>(['kpi', 'previous', 'action', 'owner']);

/** Merged and formula rows need a height of their own: LibreOffice fits neither. */
export function heights(
  ctx: SheetContext, lay: Layout, kpi: KpiRefs, extra: readonly ReviewSentence[],
): Record<number, number> {
  const r = ctx.l.review;
  const all = span('kpi', 'deadline');
  const out: Record<number, number> = { [lay.row('title')]: 22, [lay.row('resultsHeader')]: 32 };
  out[lay.row('compared')] = textHeight(r.comparedWith(monthTitle(ctx.previous.id, ctx.lang)).length, all);
  out[lay.row('basisNote')] = textHeight(r.basisNote.length, all);
  out[lay.row('verdict')] = textHeight(longest(sentences(ctx.l, kpi.ids.length)), all);
  const typed = Object.values(ctx.input.entries?.review ?? {})
    .flatMap((v) => [String(v.action ?? ''), String(v.owner ?? '')]);
  const slot = Math.max(textHeight(longest(kpi.names), WIDTH.kpi), textHeight(longest(typed), WIDTH.action));
  kpi.ids.forEach((_, i) => (out[lay.row(`slot:${i + 1}`)] = slot));
  const allNames = kpi.names.join(', ');
  out[lay.row('repeat')] = textHeight(r.repeatHint.length + allNames.length, span('previous', 'status'));
  out[lay.row('change')] = textHeight(r.changeHint.length + allNames.length, span('previous', 'status'));
  for (const c of extra) {
    out[lay.row(c.key)] = Math.max(textHeight(c.sentence.length, span('previous', 'deadline')),
      textHeight(c.label.length, WIDTH.kpi));
  }
  return out;
}

/** Each sentence row (the CRM's) spans its sentence to the deadline column. */
export function merges(lay: Layout, extra: readonly ReviewSentence[]): string[] {
  const out = ['title', 'compared', 'basisNote', 'verdict'].map((k) => lay.area('kpi', k, 'deadline', k));
  for (const k of ['repeat', 'change']) out.push(lay.area('previous', k, 'status', k));
  for (const { key } of extra) out.push(lay.area('previous', key, 'deadline', key));
  for (const k of ['bestChannel', 'bestCampaign'].filter((x) => lay.has(x))) {
    out.push(lay.area('previous', k, 'current', k), lay.area('changePct', k, 'status', k));
  }
  return out;
}

/** One set of status rules per table, over the codes. */
export function rules(lay: Layout, kpi: KpiRefs): ConditionalRuleSpec[] {
  const out: ConditionalRuleSpec[] = [];
  const table = (first: string, last: string) =>
    out.push(...statusRules(lay.area('status', first, 'status', last), lay.cellMixed('status', first)));
  const results = kpi.ids.filter((id) => lay.has(`result:${id}`));
  if (results.length) table(`result:${results[0]}`, `result:${results[results.length - 1]}`);
  table('slot:1', `slot:${kpi.ids.length}`);
  table(actionKey(kpi.ids[0]), actionKey(kpi.ids[kpi.ids.length - 1]));
  return out;
}
