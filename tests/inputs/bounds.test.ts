// Figures and templates within sensible bounds: sign, percent forms, size, recurrence counts, pace defaults.
import { describe, expect, it } from 'vitest';
import { Template, type TemplateInput } from '../../src/core/template/schema';
import { parseTemplate } from '../../src/core/template/parse';
import { parseKpiDataCsv } from '../../src/core/inputs/kpi-data-csv';
import { InputError } from '../../src/core/errors';

const kpi = (id: string, unit: string, more: object = {}) =>
  ({ id, name: { lv: id, en: id }, unit, direction: 'higher', source: 'manual', ...more });
const KPIS = [
  kpi('followers', 'count'), kpi('growth', 'count', { negative: true }),
  kpi('rate', 'percent'), kpi('paced-rate', 'percent', { pace: true }),
];
const STEP = { number: '1', title: { lv: 'A', en: 'A' } };

function template(recurrence: unknown = { kind: 'daily' }): TemplateInput {
  return {
    id: 't', language: 'lv', title: { lv: 'T', en: 'T' },
    sections: [{ id: 's', title: { lv: 'S', en: 'S' }, steps: [{ ...STEP, recurrence }] }],
    kpis: KPIS,
  } as TemplateInput;
}

const parsed = Template.parse(template());

function dataError(row: string): string {
  try {
    parseKpiDataCsv(`kpi;month;target;actual\n${row}\n`, 'data.csv', parsed);
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return (e as Error).message;
  }
  throw new Error(`expected an InputError for ${row}`);
}

describe('KPI figures', () => {
  it('refuses a negative figure unless the KPI allows it', () => {
    expect(dataError('followers;2026-11;-5;'))
      .toBe('data.csv:2:3: target "-5" is negative, but KPI "followers" cannot be below 0; give 0 or more');
    expect(parseKpiDataCsv('kpi;month;target;actual\ngrowth;2026-11;-5;−12\n', 'd.csv', parsed))
      .toEqual([{ kpi: 'growth', month: '2026-11', target: -5, actual: -12 }]);
  });

  it('refuses a bare 55 for a percent KPI, naming both valid forms in the file\'s decimal', () => {
    expect(dataError('rate;2026-11;55;'))
      .toBe('data.csv:2:3: target "55" is not a percent: KPI "rate" takes 55% or 0,55 (a fraction of 1)');
    const read = parseKpiDataCsv('kpi,month,target,actual\nrate,2026-11,55%,0.5\n', 'd.csv', parsed);
    expect(read[0]).toMatchObject({ target: 0.55, actual: 0.5 });
  });

  it.each(['1e308', '1e16', '-2e15', '1 000 000 000 000 001'])('refuses %s as too large', (n) => {
    expect(dataError(`growth;2026-11;;${n}`))
      .toMatch(/^data\.csv:2:4: actual ".*" is not a number: the number is too large: figures may be at most 1 000 0/);
  });

  it('accepts 10^15 itself', () => {
    expect(parseKpiDataCsv('kpi;month;target;actual\nfollowers;2026-11;1e15;\n', 'd.csv', parsed)[0].target).toBe(1e15);
  });

  it('never reaches Object properties through a KPI name', () => {
    expect(dataError('constructor;2026-11;1;')).toMatch(/^data\.csv:2:1: unknown KPI "constructor"; valid KPI ids/);
    expect(dataError('__proto__;2026-11;1;')).toMatch(/^data\.csv:2:1: unknown KPI "__proto__"/);
  });
});

describe('template bounds', () => {
  const problem = (recurrence: unknown) => {
    try {
      parseTemplate(template(recurrence), 't.json');
    } catch (e) {
      return (e as Error).message;
    }
    return 'accepted';
  };

  it.each([
    [{ kind: 'monthly', min: 1, max: 5_000_000_000 }, 'recurrence.max: at most 31: 1–31 times per month'],
    [{ kind: 'weekly', min: 8, max: 8 }, 'recurrence.min: at most 7: 1–7 times per week'],
    [{ kind: 'yearly', min: 1, max: 13 }, 'recurrence.max: at most 12: 1–12 times per year'],
    [{ kind: 'every-months', min: 0, max: 2 }, 'recurrence.min: at least 1: every 1–12 months'],
    [{ kind: 'weekly', min: 3, max: 2 }, 'recurrence.min: min must not be above max'],
    [{ kind: 'monthly', min: 1.5, max: 2 }, 'recurrence.min: a whole number: 1–31 times per month'],
    [{ kind: 'event', event: 'webinar', offset: { days: -1e9 } },
      'recurrence.offset.days: a whole number of days from -366 to 366'],
    [{ kind: 'event', event: 'webinar', offset: { minutes: 99999 } },
      'recurrence.offset.minutes: a whole number of minutes from -1440 to 1440'],
  ])('refuses %j, naming the valid range', (recurrence, message) => {
    expect(problem(recurrence)).toContain(`sections[0].steps[0].${message}`);
  });

  it('accepts the edges of each range', () => {
    const edges = [
      { kind: 'weekly', min: 7, max: 7 }, { kind: 'monthly', min: 1, max: 31 },
      { kind: 'event', event: 'open-day', offset: { months: -12, minutes: -1440 } },
    ];
    for (const r of edges) expect(problem(r)).toBe('accepted');
  });

  it('paces counts by default, percent KPIs only when the template says so', () => {
    expect(Object.fromEntries(parsed.kpis.map((k) => [k.id, k.pace])))
      .toEqual({ followers: true, growth: true, rate: false, 'paced-rate': true });
  });
});
