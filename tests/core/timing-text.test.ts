// "When" words in the plan: grammatical in every language, and the template's own wording where it has one.
import { describe, expect, it } from 'vitest';
import { labels } from '../../src/core/i18n';
import { activityRows } from '../../src/core/plan/activity-rows';
import { parseMonth } from '../../src/core/plan/calendar';
import { recurrenceWords, taskWhen } from '../../src/core/plan/timing-text';
import { findTemplate } from '../../src/core/template/registry';
import type { Language, Recurrence, Task } from '../../src/core/template/schema';

const ev = (event: 'webinar' | 'open-day', offset: Record<string, number>, anchor: 'start' | 'end' = 'start'): Recurrence =>
  ({ kind: 'event', event, anchor, offset });
const words = (rec: Recurrence, lang: Language) => recurrenceWords(rec, labels(lang));

describe.each([
  ['lv', ['1 mēnesi pirms vebināra', '1 nedēļu pirms atvērto durvju dienas', '3 dienas pirms vebināra',
    '21 dienu pirms vebināra', '15 min pirms sākuma', '10 min pēc sākuma', 'pēc atvērto durvju dienas',
    '2 mēnešus un 1 nedēļu pirms vebināra', 'reizi nedēļā', '2–3 reizes nedēļā']],
  ['lt', ['1 mėn. prieš vebinarą', '1 sav. prieš atvirų durų dieną', '3 d. prieš vebinarą',
    '21 d. prieš vebinarą', '15 min. prieš pradžią', '10 min. po pradžios', 'po atvirų durų dienos',
    '2 mėn. ir 1 sav. prieš vebinarą', '1× per savaitę', '2–3× per savaitę']],
  ['en', ['1 month before the webinar', '1 week before the open day', '3 days before the webinar',
    '21 days before the webinar', '15 min before the start', '10 min after the start', 'after the open day',
    '2 months and 1 week before the webinar', 'once a week', '2–3 times a week']],
] as const)('timing words in %s', (lang, expected) => {
  it('inflect amounts and events as the preposition needs', () => {
    expect([
      words(ev('webinar', { months: -1 }), lang), words(ev('open-day', { weeks: -1 }), lang),
      words(ev('webinar', { days: -3 }), lang), words(ev('webinar', { days: -21 }), lang),
      words(ev('open-day', { minutes: -15 }), lang), words(ev('open-day', { minutes: 10 }), lang),
      words(ev('open-day', {}, 'end'), lang), words(ev('webinar', { months: -2, weeks: -1 }), lang),
      words({ kind: 'weekly', min: 1, max: 1 }, lang), words({ kind: 'weekly', min: 2, max: 3 }, lang),
    ]).toEqual(expected);
  });
  it('names the event itself when the task is at its start', () =>
    expect(words(ev('webinar', {}), lang)).toBe(labels(lang).event.webinar));
});

describe('the template\'s own wording', () => {
  const college = findTemplate('social-media-content')!;
  const rows = activityRows(college, parseMonth('2026-11'),
    [{ type: 'webinar', date: '2026-12-10', time: '18:00', title: 'Marketing 101' }], 'lv');

  it('is kept for an event-relative step instead of generated words', () => {
    const publicity = rows.find((r) => r.step === '5.1' && r.key.includes('|step|'))!;
    expect(publicity.when).toBe('1 mēnesi pirms vebināra norises');
  });

  it('is used for a timed task that has one, else grammatical generated words', () => {
    const task: Task = { text: { en: 'SMS' }, timing: ev('open-day', { minutes: -15 }) };
    expect(taskWhen(task, 'lt', labels('lt'))).toBe('15 min. prieš pradžią');
    expect(taskWhen({ ...task, timingText: { en: 'a quarter of an hour before', lv: 'ceturtdaļstundu pirms' } }, 'lv', labels('lv')))
      .toBe('ceturtdaļstundu pirms');
  });
});
