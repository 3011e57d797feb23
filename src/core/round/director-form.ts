// The director's "work performance planning and evaluation form": the round's results per KPI (live from the
// review), the director's comments, agreed actions, the decision on the strategic goals, names, dates, signatures.
import { pick } from '../i18n';
import type { Cell, CellStyle, MergeSpec, SheetSpec } from '../model/workbook';
import { unitFormat } from '../sheets/kpi-row';
import { printSpec } from '../sheets/print';
import { textHeight } from '../sheets/row-height';
import { sheetRef } from '../sheets/a1';
import { SheetLayout } from '../sheets/sheet-layout';
import { statusFormat, statusRules } from '../sheets/status';
import { STYLES } from '../sheets/style';
import { text } from '../sheets/text';
import { roundTitle, type RoundContext } from './context';
import type { ReviewRefs } from './review-layout';

// `key` (hidden) names the rows the director and the manager fill in, so regenerating keeps what they wrote.
const COLUMNS = ['kpi', 'target', 'actual', 'achieved', 'status', 'comment', 'key'] as const;
type FormColumn = (typeof COLUMNS)[number];
const WIDTH: Record<FormColumn, number> = {
  kpi: 26, target: 13, actual: 13, achieved: 11, status: 12, comment: 30, key: 12,
};
/** Empty rows for the actions the director and the manager agree on. */
export const AGREED_ROWS = 5;
/** The planning step the flowchart goes back to when the goals are not reached. */
const PLANNING_STEP = '3';

export function directorFormSheet(ctx: RoundContext, review: ReviewRefs): SheetSpec {
  const { l, lang, template } = ctx;
  const r = l.round;
  const lay = new SheetLayout(COLUMNS);
  const merges: MergeSpec[] = [];
  const merge = (from: FormColumn, to: FormColumn, row: string) =>
    merges.push({ range: lay.area(from, row, to, row) });
  const heights: Record<number, number> = {};
  const header: CellStyle = { ...STYLES.header, align: 'center' };
  const input = STYLES.input;

  heights[lay.add({ kpi: text(r.formTitle, STYLES.title) }, 'title')] = 24;
  merge('kpi', 'comment', 'title');
  const headRow = (key: string, label: string, value: Cell) => {
    lay.add({ kpi: text(label, STYLES.label), target: value }, key);
    merge('target', 'comment', key);
  };
  headRow('process', l.summary.process, text(pick(template.title, lang)));
  headRow('round', r.round, text(roundTitle(ctx)));
  // The review's as-of cell, so the form states the same day as the figures it shows.
  headRow('asOf', r.asOf, { formula: sheetRef(ctx.names.review, review.head.asOf),
    style: { numFmt: ctx.fmt.date, align: 'left' } });
  lay.add([]);

  lay.add({
    kpi: text(r.results, header), target: text(r.roundTarget, header), actual: text(r.roundActual, header),
    achieved: text(r.achieved, header), status: text(r.status, header), comment: text(r.comment, header),
  }, 'resultsHeader');
  heights[lay.row('resultsHeader')] = 34;
  const live = (ref: string): string => `IF(${ref}="","",${ref})`;
  for (const x of ctx.results) {
    const id = x.kpi.id;
    lay.add({
      kpi: { formula: review.cell('kpi', id), style: STYLES.wrap },
      target: { formula: live(review.cell('roundTarget', id)), style: { numFmt: unitFormat(ctx, x.kpi.unit) } },
      actual: { formula: live(review.cell('roundActual', id)), style: { numFmt: unitFormat(ctx, x.kpi.unit) } },
      achieved: { formula: live(review.cell('achieved', id)), style: { numFmt: ctx.fmt.percent } },
      status: {
        formula: live(review.cell('status', id)), style: { numFmt: statusFormat(l), bold: true, align: 'center' },
      },
      comment: { blank: true, style: { ...input, wrap: true } }, key: text(`kpi:${id}`),
    }, `kpi:${id}`);
    // The name is a formula (no engine fits its row) and the director writes a comment beside it: room for both.
    heights[lay.last] = Math.max(30, textHeight(pick(x.kpi.name, lang).length, WIDTH.kpi));
  }
  const [first, last] = [`kpi:${ctx.results[0].kpi.id}`, `kpi:${ctx.results[ctx.results.length - 1].kpi.id}`];
  lay.add([]);

  lay.add({ kpi: text(r.agreed, header), achieved: text(r.owner, header),
    comment: text(r.deadline, header) }, 'agreedHeader');
  merge('kpi', 'actual', 'agreedHeader');
  merge('achieved', 'status', 'agreedHeader');
  for (let i = 1; i <= AGREED_ROWS; i++) {
    const key = `agreed:${i}`;
    lay.add({
      kpi: { blank: true, style: { ...input, wrap: true } }, achieved: { blank: true, style: input },
      comment: { blank: true, style: { ...input, numFmt: ctx.fmt.date } }, key: text(key),
    }, key);
    merge('kpi', 'actual', key);
    merge('achieved', 'status', key);
    heights[lay.row(key)] = 30;
  }
  lay.add([]);

  const step = template.cycle?.onNoGoTo ?? PLANNING_STEP;
  const choices = [r.decisionYes, r.decisionNo(step)];
  const question = template.cycle ? pick(template.cycle.question, lang) : r.decision;
  lay.add({
    kpi: text(question, { ...STYLES.label, wrap: true }), target: { blank: true, style: input }, key: text('decision'),
  }, 'decision');
  merge('target', 'comment', 'decision');
  heights[lay.row('decision')] = Math.max(30, textHeight(question.length, WIDTH.kpi));
  lay.add({ target: text(`${r.choose}: ${choices.join(' | ')}`, STYLES.info) }, 'decisionHint');
  merge('target', 'comment', 'decisionHint');
  lay.add([]);

  // Signatures: the director on the left, the marketing manager on the right.
  lay.add({ target: text(r.director, header), status: text(r.manager, header) }, 'signHeader');
  merge('target', 'achieved', 'signHeader');
  merge('status', 'comment', 'signHeader');
  const line = '_'.repeat(30);
  const signRows = [['name', r.name, null], ['date', r.date, null], ['signature', r.signature, line]] as const;
  for (const [key, label, value] of signRows) {
    const cell = (): Cell => (value === null ? { blank: true, style: input } : text(value, { valign: 'bottom' }));
    lay.add({ kpi: text(label, STYLES.label), target: cell(), status: cell(), key: text(key) }, key);
    merge('target', 'achieved', key);
    merge('status', 'comment', key);
    heights[lay.row(key)] = key === 'signature' ? 40 : 24;
  }
  lay.add([]);
  lay.add({ kpi: text(r.formNote, STYLES.info) }, 'note');
  merge('kpi', 'comment', 'note');
  heights[lay.row('note')] = textHeight(r.formNote.length, 100);

  return {
    id: 'director-form',
    name: ctx.names.form,
    columns: COLUMNS.map((key) => ({
      key, width: WIDTH[key], style: { valign: 'top' }, ...(key === 'key' ? { hidden: true } : {}),
    })),
    rows: lay.rows,
    rowKeys: lay.rowKeys(),
    headerRow: lay.row('resultsHeader'),
    rowHeights: heights,
    merges,
    validations: [{ range: lay.cell('target', 'decision'), list: choices, strict: true }],
    conditionalRules: statusRules(lay.area('status', first, 'status', last), lay.cellMixed('status', first)),
    // Gridlines: a form filled in by hand reads as a table on paper.
    print: printSpec(r.formTitle, lang, { landscape: false, onePage: true, gridlines: true }),
    tabColor: '#1F4E79',
    // Comments, agreed actions with owner and deadline, the decision, names and dates (formula cells are never kept).
    entries: { keyColumn: 'key', columns: ['kpi', 'target', 'achieved', 'status', 'comment'] },
  };
}
