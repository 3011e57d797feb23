// `kpi-planner templates [--json]`: the built-in process templates, their steps and KPIs.
import { defineCommand } from '../args';
import { listTemplates } from '../../core/template/registry';
import type { Template } from '../../core/template/schema';

/** Title and names in the template's own language (English when a text has no original). */
function own(template: Template, text: Template['title']): string {
  return text[template.language] ?? text.en;
}

function stepCount(template: Template): number {
  return template.sections.reduce((n, s) => n + s.steps.length, 0);
}

export function describeTemplate(t: Template) {
  return {
    id: t.id,
    title: own(t, t.title),
    language: t.language,
    steps: stepCount(t),
    kpis: t.kpis.map((k) => ({ id: k.id, name: own(t, k.name), unit: k.unit, direction: k.direction, source: k.source })),
  };
}

export const templatesCommand = defineCommand({
  name: 'templates',
  summary: 'List the built-in process templates with their step and KPI counts.',
  usage: 'templates [--json]',
  flags: {
    json: { type: 'boolean', help: 'print a JSON array of { id, title, language, steps, kpis: [{ id, name, unit, direction, source }] }' },
  },
  details: 'Use an id with `kpi-planner workbook --template <id>`, or pass your own template file instead.',
  async run(flags, io) {
    const all = listTemplates().map(describeTemplate);
    if (flags.json) {
      io.out(JSON.stringify(all, null, 2));
      return;
    }
    const rows = [['id', 'language', 'steps', 'KPIs', 'title'], ...all.map((t) => [t.id, t.language, String(t.steps), String(t.kpis.length), t.title])];
    const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
    for (const r of rows) io.out(r.map((cell, c) => (c === r.length - 1 ? cell : cell.padEnd(widths[c]))).join('  '));
  },
});
