// Expands a template's steps into the month's activity rows: routine work once, dated deliverables and event tasks.
import { labels, pick } from '../i18n';
import type { EventRecord } from '../model/input';
import type { Channel, Language, Recurrence, Section, Step, Template } from '../template/schema';
import type { Month } from './calendar';
import { occurrences, type Occurrence } from './occurrences';
import { stepWhen, taskWhen } from './timing-text';

/** routine: recurs every day or several times a week, listed once; dated: has a due date; undated: as needed. */
export type PlanRowKind = 'routine' | 'dated' | 'undated';

export interface PlanRow {
  /** Stable across regenerations: what typed entries hang on. Never parsed: the date travels in `date`. */
  key: string;
  kind: PlanRowKind;
  date: string | null;
  time: string | null;
  area: string;
  step: string;
  activity: string;
  tasks: string;
  responsible: string;
  document: string;
  when: string;
  channels: Channel[];
  /** Routine rows: the days the work recurs on, so the campaign sheet can still place it by date. */
  recursOn?: string[];
}

export function activityRows(template: Template, month: Month, events: EventRecord[], lang: Language): PlanRow[] {
  const rows: PlanRow[] = [];
  const multiSection = template.sections.length > 1;
  for (const section of template.sections) {
    for (const step of section.steps) {
      const stepRef = multiSection ? `${section.id}:${step.number}` : step.number;
      if (isRoutine(step.recurrence)) {
        // The same bullets every working day would fill the plan; the work is listed once with how often it recurs.
        const once = stepRow(template, section, step, stepRef, { date: null, time: null }, lang);
        const days = occurrences(step.recurrence, month, template, events).flatMap((o) => (o.date ? [o.date] : []));
        rows.push({ ...once, kind: 'routine', key: `${stepRef}|step|routine|`, recursOn: days });
      } else {
        for (const occ of occurrences(step.recurrence, month, template, events)) {
          rows.push(stepRow(template, section, step, stepRef, occ, lang));
        }
      }
      step.tasks.forEach((task, i) => {
        if (!task.timing) return;
        for (const occ of occurrences(task.timing, month, template, events)) {
          const l = labels(lang);
          rows.push({
            ...stepRow(template, section, step, stepRef, occ, lang),
            key: rowKey(stepRef, occ, `t${i + 1}`),
            activity: pick(task.text, lang),
            tasks: task.automated ? l.plan.automated : '',
            when: taskWhen(task, lang, l),
            // Timed tasks are CRM automations and reminders, not posts on the step's channels.
            channels: [],
          });
        }
      });
    }
  }
  for (const event of events) {
    if (event.date >= month.first && event.date <= month.last) rows.push(eventRow(event, lang));
  }
  return rows.sort(byKindThenDate);
}

/** Every working day, or several times a week. */
export function isRoutine(rec: Recurrence): boolean {
  return rec.kind === 'daily' || (rec.kind === 'weekly' && rec.max >= 2);
}

function stepRow(template: Template, section: Section, step: Step, stepRef: string, occ: Occurrence, lang: Language): PlanRow {
  const l = labels(lang);
  const round = occ.round ? template.admissionRounds.find((r) => r.id === occ.round) : undefined;
  const suffix = occ.event ? ` — ${eventLabel(occ.event, lang)}` : round ? ` — ${pick(round.name, lang)}` : '';
  return {
    key: rowKey(stepRef, occ, 'step'),
    kind: occ.date === null ? 'undated' : 'dated',
    date: occ.date,
    time: occ.time,
    // One-section processes need no area: the title already names the process.
    area: template.sections.length > 1 ? pick(section.title, lang) : '',
    step: step.number,
    activity: pick(step.title, lang) + suffix,
    tasks: step.tasks.filter((t) => !t.timing).map((t) => `• ${pick(t.text, lang)}`).join('\n'),
    // One person a line: names never break mid-way and the row is as tall as the names need.
    responsible: step.responsible.map((r) => pick(r, lang)).join('\n'),
    document: step.documents.map((d) => pick(d, lang)).join('; '),
    when: stepWhen(step, lang, l),
    channels: step.channels,
  };
}

function eventRow(event: EventRecord, lang: Language): PlanRow {
  return {
    key: `event|${event.type}|${event.date}|${event.title}`,
    kind: 'dated',
    date: event.date,
    time: event.time ?? null,
    area: labels(lang).event[event.type],
    step: '',
    activity: eventLabel(event, lang),
    tasks: '', responsible: '', document: '', when: '', channels: [],
  };
}

function eventLabel(event: EventRecord, lang: Language): string {
  const type = labels(lang).event[event.type];
  return event.title ? `${type}: ${event.title}` : type;
}

function rowKey(stepRef: string, occ: Occurrence, part: string): string {
  const anchor = occ.event ? `${occ.event.type}@${occ.event.date}${occ.event.time ? 'T' + occ.event.time : ''}` : occ.round ?? '';
  return [stepRef, part, occ.date ?? 'any', anchor].join('|');
}

const KIND_ORDER: Record<PlanRowKind, number> = { routine: 0, dated: 1, undated: 2 };

/** Routine work first, then dated rows by date and time; rows without a date keep template order at the end. */
function byKindThenDate(a: PlanRow, b: PlanRow): number {
  if (a.kind !== b.kind) return KIND_ORDER[a.kind] - KIND_ORDER[b.kind];
  if (a.date === b.date) return (a.time ?? '').localeCompare(b.time ?? '');
  if (a.date === null) return 1;
  if (b.date === null) return -1;
  return a.date < b.date ? -1 : 1;
}
