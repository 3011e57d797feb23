// A template without the chosen language: the core names every field, the CLI warns once and falls back to English.
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFlags, type CliIo } from '../../src/cli/args';
import { workbookCommand } from '../../src/cli/commands/workbook';
import { Template, LANGUAGES } from '../../src/core/template/schema';
import { missingLanguageFields, missingLanguageWarning } from '../../src/core/template/missing-language';
import socialMediaContent from '../../templates/social-media-content.json';
import digitalMarketingStrategy from '../../templates/digital-marketing-strategy.json';

type Json = Record<string, unknown>;
const clone = (json: unknown): Json => JSON.parse(JSON.stringify(json)) as Json;
/** The template with every `lt` text removed, as a user's own lv/en file would be. */
const withoutLt = (json: unknown): Json =>
  JSON.parse(JSON.stringify(json, (k, v: unknown) => (k === 'lt' ? undefined : v))) as Json;
const textCount = (json: unknown) => (JSON.stringify(json).match(/"en":/g) ?? []).length;

describe('missingLanguageFields', () => {
  it.each(LANGUAGES)('finds nothing missing in the fully translated templates (%s)', (lang) => {
    for (const json of [socialMediaContent, digitalMarketingStrategy]) {
      expect(missingLanguageFields(Template.parse(json), lang)).toEqual([]);
      expect(missingLanguageWarning(Template.parse(json), lang, 'x.json')).toBeNull();
    }
  });

  it('names exactly the fields that lack the language, in document order', () => {
    const json = clone(socialMediaContent) as {
      title: Json; sections: { steps: { title: Json; tasks: { text: Json }[] }[] }[]; kpis: { name: Json }[];
    };
    delete json.kpis[1].name.lt;
    delete json.title.lt;
    delete json.sections[0].steps[6].tasks[3].text.lt;
    const t = Template.parse(json);
    expect(missingLanguageFields(t, 'lt')).toEqual(['title', 'sections[0].steps[6].tasks[3].text', 'kpis[1].name']);
    expect(missingLanguageFields(t, 'lv')).toEqual([]);
    expect(missingLanguageWarning(t, 'lt', 'mine.json')).toBe(
      'template mine.json has no Lithuanian text for: title, sections[0].steps[6].tasks[3].text, kpis[1].name' +
        ' (3 fields); English is used there',
    );
  });

  it('counts every text of a template that has no Lithuanian at all and lists only the first few', () => {
    const json = withoutLt(digitalMarketingStrategy);
    const t = Template.parse(json);
    const fields = missingLanguageFields(t, 'lt');
    expect(fields).toHaveLength(textCount(json));
    expect(fields.slice(0, 3)).toEqual(['title', 'goal', 'owners[0]']);
    expect(missingLanguageWarning(t, 'lt', 'my.json')).toBe(
      'template my.json has no Lithuanian text for: title, goal, owners[0], owners[1], participants[0], …' +
        ` (${fields.length} fields); English is used there`,
    );
  });
});

describe('kpi-planner workbook with a template that lacks the language', () => {
  const run = async (args: string[], out: string, cwd: string) => {
    const log: string[] = [];
    const io: CliIo = {
      out: (s) => log.push(`out: ${s}`), err: (s) => log.push(`err: ${s}`), progress: () => {},
      cwd, now: () => new Date('2026-11-20T12:00:00Z'), env: {},
    };
    // The command itself, in process: main.ts pulls in the demo's bundled CSV, which only the build can load.
    const file = (name: string) => path.join(cwd, name);
    const argv = ['--template', file('mine.json'), '--month', '2026-11', '--out', file(out), ...args];
    const flags = parseFlags(argv, workbookCommand.flags, 'workbook');
    await workbookCommand.run(flags, io);
    return { log };
  };

  it('warns once on stderr before writing, then writes the workbook with English there', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kpi-lang-'));
    writeFileSync(path.join(dir, 'mine.json'), JSON.stringify(withoutLt(socialMediaContent)));
    const { log } = await run(['--lang', 'lt'], 'lt.xlsx', dir);
    const warnings = log.filter((l) => l.startsWith('err: '));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^err: warning: template mine\.json has no Lithuanian text for: title, goal, /);
    expect(warnings[0]).toMatch(/ \(\d+ fields\); English is used there$/);
    expect(log.indexOf(warnings[0])).toBeLessThan(log.findIndex((l) => l.startsWith('out: Wrote')));
    expect(existsSync(path.join(dir, 'lt.xlsx'))).toBe(true);

    const latvian = await run(['--lang', 'lv'], 'lv.xlsx', dir);
    expect(existsSync(path.join(dir, 'lv.xlsx'))).toBe(true);
    expect(latvian.log.filter((l) => l.startsWith('err: '))).toEqual([]);
  });
});
