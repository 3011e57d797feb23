// The three process templates: they pass the schema, hold every seed step, and the OCR repairs are in.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Template, type Step } from '../../src/core/template/schema';
import digitalMarketingStrategy from '../../templates/digital-marketing-strategy.json';
import socialMediaContent from '../../templates/social-media-content.json';
import smallBusinessTasks from '../../templates/small-business-tasks.json';

const files = {
  'digital-marketing-strategy': digitalMarketingStrategy,
  'social-media-content': socialMediaContent,
  'small-business-tasks': smallBusinessTasks,
} as const;
type Id = keyof typeof files;

const parsed = (id: Id) => Template.parse(files[id]);
const rawText = (id: Id) => readFileSync(fileURLToPath(new URL(`../../templates/${id}.json`, import.meta.url)), 'utf8');
const steps = (id: Id): Step[] => parsed(id).sections.flatMap((s) => s.steps);
const stepByNumber = (id: Id, n: string) => {
  const found = steps(id).filter((s) => s.number === n);
  expect(found).toHaveLength(1);
  return found[0];
};
const kpiIds = (id: Id) => parsed(id).kpis.map((k) => k.id);

describe('process templates', () => {
  it.each(Object.keys(files) as Id[])('%s passes the schema and its id matches the file name', (id) => {
    const t = parsed(id);
    expect(t.id).toBe(id);
    expect(t.tolerance.atRisk).toBe(0.9);
  });

  it.each(Object.keys(files) as Id[])('%s: every step has an original-language and an English title', (id) => {
    const t = parsed(id);
    for (const s of steps(id)) {
      expect(s.title[t.language as 'lv' | 'lt'], `step ${s.number}`).toBeTruthy();
      expect(s.title.en, `step ${s.number}`).toBeTruthy();
      for (const task of s.tasks) expect(task.text.en).toBeTruthy();
    }
  });

  it('digital-marketing-strategy: seed 000, 7 steps in one section, admission rounds and the decision loop', () => {
    const t = parsed('digital-marketing-strategy');
    expect(t.language).toBe('lv');
    expect(t.source).toBe('000_c1c87f0e1fb05010.txt');
    expect(t.sections).toHaveLength(1);
    expect(steps('digital-marketing-strategy').map((s) => s.number)).toEqual(['1', '2', '3', '4', '5', '6', '7']);
    expect(t.admissionRounds.map((r) => r.month)).toEqual([2, 8]);
    expect(t.cycle?.question.lv).toBe('Sasniegti stratēģiskie mērķi un rezultāti?');
    expect(steps('digital-marketing-strategy').map((s) => s.number)).toContain(t.cycle?.onNoGoTo);
    expect(stepByNumber('digital-marketing-strategy', '3').recurrence).toMatchObject({ kind: 'admission' });
    expect(stepByNumber('digital-marketing-strategy', '7').recurrence).toEqual({ kind: 'admission', offsetMonths: 1 });
    expect(stepByNumber('digital-marketing-strategy', '5').recurrence).toEqual({ kind: 'daily' });
    expect(stepByNumber('digital-marketing-strategy', '6').tools.map((x) => x.en)).toEqual(
      expect.arrayContaining(['Google Analytics', 'CRM (Bitrix24)', 'Excel report files']),
    );
    expect(t.owners.map((o) => o.lv)).toEqual(['Direktors', 'Mārketinga vadītājs']);
  });

  it('social-media-content: seed 002, steps 1–7 with 5.1 and 5.2', () => {
    const t = parsed('social-media-content');
    expect(t.language).toBe('lv');
    expect(t.sections).toHaveLength(1);
    expect(steps('social-media-content').map((s) => s.number)).toEqual(['1', '2', '3', '4', '5', '5.1', '5.2', '6', '7']);
    expect(t.cycle?.question.lv).toBe('Plānotie mērķi sasniegti?');
    expect(stepByNumber('social-media-content', '1').notes.length).toBe(6);
    expect(stepByNumber('social-media-content', '6').recurrenceText?.lv).toBe('Uz dienas, nedēļas, mēneša, gada bāzes');
  });

  it('social-media-content: webinar and open-day publicity timing and the three automated CRM tasks', () => {
    const webinar = stepByNumber('social-media-content', '5.1');
    expect(webinar.recurrence).toEqual({ kind: 'event', event: 'webinar', anchor: 'start', offset: { months: -1 } });
    expect(webinar.channels.sort()).toEqual(['facebook', 'instagram']);
    expect(webinar.tasks).toHaveLength(8);

    const openDay = stepByNumber('social-media-content', '5.2');
    expect(openDay.recurrence).toEqual({ kind: 'event', event: 'open-day', anchor: 'start', offset: { weeks: -1 } });
    expect(openDay.channels.sort()).toEqual(['facebook', 'instagram', 'website']);
    const automated = openDay.tasks.filter((x) => x.automated);
    expect(automated.map((x) => x.timing)).toEqual([
      { kind: 'event', event: 'open-day', anchor: 'start', offset: { minutes: -15 } },
      { kind: 'event', event: 'open-day', anchor: 'start', offset: { minutes: 10 } },
      { kind: 'event', event: 'open-day', anchor: 'end', offset: {} },
    ]);
    expect(automated[0].text.lv).toMatch(/BITRIX 15 min pirms/);
    expect(automated[1].text.en).toMatch(/not joined/);
    expect(automated[2].text.en).toMatch(/special study price/);
  });

  it('small-business-tasks: seed 004, 8 sections with 6/11/10/8/8/10/11/7 steps numbered 1..n', () => {
    const t = parsed('small-business-tasks');
    expect(t.language).toBe('lt');
    const counts = [6, 11, 10, 8, 8, 10, 11, 7];
    expect(t.sections.map((s) => s.steps.length)).toEqual(counts);
    expect(counts.reduce((a, b) => a + b)).toBe(71);
    for (const s of t.sections) expect(s.steps.map((x) => x.number)).toEqual(s.steps.map((_, i) => String(i + 1)));
    for (const s of t.sections) for (const st of s.steps) expect(st.tasks.length, `${s.id} ${st.number}`).toBeGreaterThan(1);
  });

  it('small-business-tasks: recurrence and "Tinka kam" mapping', () => {
    const t = parsed('small-business-tasks');
    const find = (lt: string) => t.sections.flatMap((s) => s.steps).find((s) => s.title.lt === lt)!;
    expect(find('Parengti socialinių tinklų įrašą').recurrence).toEqual({ kind: 'weekly', min: 2, max: 3 });
    expect(find('Parengti 1 naujienlaiškį').recurrence).toEqual({ kind: 'monthly', min: 1, max: 2 });
    expect(find('Kurti naujienlaiškius').recurrence).toEqual({ kind: 'monthly', min: 1, max: 4 });
    expect(find('Administruoti kontaktų sąrašą').recurrence).toEqual({ kind: 'every-months', min: 2, max: 3 });
    expect(find('Vystyti pardavimo funnelį').recurrence).toEqual({ kind: 'quarterly' });
    expect(find('Atsakyti į užklausas').recurrence).toEqual({ kind: 'daily' });
    expect(find('Nustatyti kainodarą').recurrence).toMatchObject({ kind: 'yearly', min: 1, max: 2 });
    expect(find('Kurti lead magnetą').recurrence).toEqual({ kind: 'as-needed' });
    expect(find('Rengti įvedimo instrukcijas').appliesTo).toEqual(['hiring-often']);
    expect(find('Stebėti savo perdegimo rizikas').appliesTo).toEqual(['solo']);
    expect(find('Automatizuoti veiksmus').appliesTo.sort()).toEqual(['products', 'services']);
    expect(find('Nustatyti bendradarbiavimo taisykles').appliesTo).toEqual(['services', 'partnerships']);
    expect(find('Kurti reklamos kampaniją').channels).toEqual(['ads']);
    expect(find('Atnaujinti pardavimo puslapį').channels).toEqual(['website']);
  });

  it('small-business-tasks: the OCR repairs are in', () => {
    const titles = parsed('small-business-tasks').sections.flatMap((s) => s.steps.map((x) => x.title.lt));
    for (const title of [
      'Nustatyti verslo tikslus', 'Peržiūrėti veiklos rezultatus', 'Nustatyti kainodarą',
      'Nustatyti bendradarbiavimo taisykles', 'Įsivertinti ką deleguoti', 'Rengti įvedimo instrukcijas',
      'Atsakyti į klientų užklausas', 'Spręsti klientų problemas / skundus', 'Užtikrinti paslaugų prieinamumą',
      'Suplanuoti pasiūlą', 'Paruošti bendradarbiavimo sąlygas',
    ]) expect(titles).toContain(title);
  });

  it.each(Object.keys(files) as Id[])('%s: no garbled OCR text survives', (id) => {
    const text = rawText(id);
    for (const garbled of [
      'Northeid', 'Davšinski', 'Nustah', 'beriuradarbiavimo', 'porturu', 'Donati', 'Alsakyli', 'Constitution',
      'Ozuminu', 'Petziulet', 'Poolougos', 'Viol', '2v nos', 'pasiülą', 'salygas', 'Jsivardinti', 'Irašyti',
      'Ivertinti', 'lšsiųsti', 'Ikelti', '[jungti', 'mēŗk',
    ]) expect(text, garbled).not.toContain(garbled);
  });

  it.each([
    ['social-media-content', ['followers-total', 'follower-growth', 'website-sessions', 'website-visitors', 'web-leads', 'new-leads', 'video-views', 'reactions', 'comments']],
    ['digital-marketing-strategy', ['new-students', 'leads', 'cost-per-lead', 'website-sessions', 'engagement-rate']],
    ['small-business-tasks', ['reach', 'clicks', 'sales', 'newsletter-open-rate', 'newsletter-subscribers', 'website-sessions']],
  ] as [Id, string[]][])('%s declares the KPIs its process monitors', (id, expected) => {
    expect(kpiIds(id)).toEqual(expect.arrayContaining(expected));
    const t = parsed(id);
    const refs = t.sections.flatMap((s) => s.steps.map((st) => (t.sections.length > 1 ? `${s.id}:${st.number}` : st.number)));
    for (const k of t.kpis) if (k.step) expect(refs).toContain(k.step);
  });

  it('KPI sources, units and GA4 metrics', () => {
    const all = (Object.keys(files) as Id[]).flatMap((id) => parsed(id).kpis.map((k) => ({ ...k, template: id })));
    for (const k of all.filter((x) => x.source === 'ga4')) expect(k.ga4?.metric, k.id).toMatch(/^[A-Za-z]/);
    const kpi = (template: Id, id: string) => all.find((k) => k.template === template && k.id === id)!;
    expect(kpi('social-media-content', 'website-sessions').ga4).toEqual({ metric: 'sessions' });
    expect(kpi('social-media-content', 'website-visitors').ga4).toEqual({ metric: 'totalUsers' });
    expect(kpi('social-media-content', 'web-leads').ga4).toEqual({ metric: 'keyEvents' });
    expect(kpi('social-media-content', 'new-leads').source).toBe('crm');
    expect(kpi('social-media-content', 'followers-total').pace).toBe(false);
    expect(kpi('digital-marketing-strategy', 'cost-per-lead')).toMatchObject({ unit: 'eur', direction: 'lower' });
    expect(kpi('digital-marketing-strategy', 'engagement-rate')).toMatchObject({ unit: 'percent', pace: false, ga4: { metric: 'engagementRate' } });
    expect(kpi('digital-marketing-strategy', 'new-students').source).toBe('crm');
    expect(kpi('small-business-tasks', 'newsletter-open-rate')).toMatchObject({ unit: 'percent', pace: false });
    for (const k of all.filter((x) => x.unit === 'percent')) expect(k.pace, k.id).toBe(false);
  });
});
