// Expands a template's steps into the month's dated activity rows (recurring, admission and event-relative).
import { labels, pick } from '../i18n';
import type { EventRecord } from '../model/input';
import type { Channel, Language, Section, Step, Template } from '../template/schema';
import type { Month } from './calendar';
import { occurrences, type Occurrence } from './occurrences';
import { recurrenceWords, stepWhen } from './timing-text';

export interface PlanRow {
  /** Stable across regenerations: what typed entries hang on. */
  key: string;
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
}

export function activityRows(template: Template, month: Month, events: EventRecord[], lang: Language): PlanRow[] {
  const rows: PlanRow[] = [];
  const multiSection = template.sections.length > 1;
  for (const section of template.sections) {
    for (const step of section.steps) {
      const stepRef = multiSection ? `${section.id}:${step.number}` : step.number;
      for (const occ of occurrences(step.recurrence, month, template, events)) {
        rows.push(stepRow(template, section, step, stepRef, occ, lang));
      }
      step.tasks.forEach((task, i) => {
        if (!task.timing) return;
        for (const occ of occurrences(task.timing, month, template, events)) {
          const l = labels(lang);
          const eventName = occ.event ? eventLabel(occ.event, lang) : undefined;
          rows.push({
            ...stepRow(template, section, step, stepRef, occ, lang),
            key: rowKey(stepRef, occ, `t${i + 1}`),
            activity: pick(task.text, lang),
            tasks: task.automated ? l.plan.automated : '',
            when: recurrenceWords(task.timing, l, eventName),
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
  return rows.sort(byDateThenOrder);
}

function stepRow(template: Template, section: Section, step: Step, stepRef: string, occ: Occurrence, lang: Language): PlanRow {
  const l = labels(lang);
  const round = occ.round ? template.admissionRounds.find((r) => r.id === occ.round) : undefined;
  const suffix = occ.event ? ` — ${eventLabel(occ.event, lang)}` : round ? ` — ${pick(round.name, lang)}` : '';
  return {
    key: rowKey(stepRef, occ, 'step'),
    date: occ.date,
    time: occ.time,
    // One-section processes need no area: the title already names the process.
    area: template.sections.length > 1 ? pick(section.title, lang) : '',
    step: step.number,
    activity: pick(step.title, lang) + suffix,
    tasks: step.tasks.filter((t) => !t.timing).map((t) => `• ${pick(t.text, lang)}`).join('\n'),
    responsible: step.responsible.map((r) => pick(r, lang)).join(', '),
    document: step.documents.map((d) => pick(d, lang)).join('; '),
    when: occ.event ? recurrenceWords(step.recurrence, l, eventLabel(occ.event, lang)) : stepWhen(step, lang, l),
    channels: step.channels,
  };
}

function eventRow(event: EventRecord, lang: Language): PlanRow {
  return {
    key: `event|${event.type}|${event.date}|${event.title}`,
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

/** Dated rows first, by date and time; rows without a date (as needed) keep template order at the end. */
function byDateThenOrder(a: PlanRow, b: PlanRow): number {
  if (a.date === b.date) return (a.time ?? '').localeCompare(b.time ?? '');
  if (a.date === null) return 1;
  if (b.date === null) return -1;
  return a.date < b.date ? -1 : 1;
}
