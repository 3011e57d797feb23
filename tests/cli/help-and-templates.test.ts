// `kpi-planner templates`, --help everywhere, and the top-level command handling.
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from './run-cli';

const dir = tempDir();

describe('kpi-planner templates', () => {
  it('--json prints each template with its steps and KPIs', () => {
    const r = runCli(['templates', '--json'], dir);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const list = JSON.parse(r.stdout) as Record<string, unknown>[];
    expect(list.map((t) => t.id)).toEqual(expect.arrayContaining(['digital-marketing-strategy', 'social-media-content', 'small-business-tasks']));
    for (const t of list) {
      expect(Object.keys(t).sort()).toEqual(['id', 'kpis', 'language', 'steps', 'title']);
      expect(t.language).toMatch(/^(lv|lt|en)$/);
      expect(typeof t.title).toBe('string');
      expect(t.steps).toBeGreaterThan(0);
      const kpis = t.kpis as Record<string, unknown>[];
      expect(kpis.length).toBeGreaterThan(0);
      for (const k of kpis) {
        expect(Object.keys(k).sort()).toEqual(['direction', 'id', 'name', 'source', 'unit']);
        expect(k.direction).toMatch(/^(higher|lower)$/);
        expect(k.source).toMatch(/^(manual|ga4|crm)$/);
      }
    }
    const social = list.find((t) => t.id === 'social-media-content')!;
    expect(social).toMatchObject({ language: 'lv', title: 'Sociālo mediju satura vadības process' });
  });

  it('prints a table of ids, step and KPI counts', () => {
    const r = runCli(['templates'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toMatch(/^id\s+language\s+steps\s+KPIs\s+title$/);
    expect(r.stdout).toMatch(/^social-media-content\s+lv\s+\d+\s+\d+\s+Sociālo mediju/m);
  });
});

describe('--help', () => {
  it.each([['--help'], ['-h'], [], ['help'], ['help', 'workbook'], ['templates', '--help'], ['workbook', '--help'], ['demo', '-h'], ['workbook', '--month', '2026-13', '--help']])(
    'kpi-planner %j exits 0 with usage',
    (...args) => {
      const r = runCli(args, dir);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/^Usage: kpi-planner /);
      expect(r.stderr).toBe('');
    },
  );

  it('lists every flag of the workbook command', () => {
    const out = runCli(['workbook', '--help'], dir).stdout;
    for (const flag of ['--template', '--month', '--data', '--events', '--lang', '--today', '--theme', '--goal', '--out', '--help']) expect(out).toContain(flag);
  });

  it('--version prints the package version', () => {
    expect(runCli(['--version'], dir).stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });
});

describe('bad commands and flags', () => {
  it('an unknown command exits 2 listing the commands', () => {
    const r = runCli(['wokbook'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('kpi-planner: unknown command "wokbook"; '
      + 'commands: templates, plan, workbook, round, refresh, demo (see kpi-planner --help)\n');
  });

  it('an unknown flag exits 2 naming it and the valid ones', () => {
    const r = runCli(['templates', '--jsn'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('kpi-planner: unknown flag --jsn for "kpi-planner templates"; valid flags: --json, --help\n');
    expect(r.stdout).toBe('');
  });
});
