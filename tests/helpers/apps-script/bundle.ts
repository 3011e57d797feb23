// Bundles an entry the way scripts/build/addon.mjs makes Code.js (top-level functions from its exports).
import * as esbuild from 'esbuild';

export async function bundleForAppsScript(entry: string, globalName = 'Bundle'): Promise<string> {
  const probe = await esbuild.build({
    entryPoints: [entry], bundle: true, format: 'esm', platform: 'neutral', target: 'es2020', write: false, metafile: true, outfile: 'out.js', logLevel: 'warning',
  });
  const exports = Object.values(probe.metafile.outputs)[0].exports;
  const footer = exports.map((n) => `function ${n}() { return ${globalName}.${n}.apply(this, arguments); }`).join('\n');
  const out = await esbuild.build({
    entryPoints: [entry], bundle: true, format: 'iife', globalName, platform: 'neutral', target: 'es2020',
    mainFields: ['module', 'main'], write: false, footer: { js: footer }, logLevel: 'warning',
  });
  return out.outputFiles[0].text;
}

/** Every day of the month, moved to working days: 21 dated rows in November 2026, as daily work made before. */
const EVERY_WORKING_DAY = { kind: 'monthly', min: 31, max: 31 };

/**
 * A template of `steps` identical steps, each about 21 dated activity-plan rows in a month of weekdays, so 240
 * of them make 5,000 rows. (Daily steps would not: the plan lists routine work once.) Twice a week makes one row.
 */
export function planTemplate(steps: number, recurrence: Record<string, unknown> = EVERY_WORKING_DAY): Record<string, unknown> {
  return {
    id: 'bench-plan',
    language: 'en',
    title: { en: 'Bench: many steps' },
    sections: [{
      id: 'daily',
      title: { en: 'Daily work' },
      steps: Array.from({ length: steps }, (_, i) => ({
        number: String(i + 1),
        title: { en: `Daily task ${i + 1}` },
        responsible: [{ en: 'Marketing manager' }],
        recurrence,
      })),
    }],
    kpis: [{ id: 'leads', name: { en: 'Leads' }, unit: 'count', direction: 'higher', source: 'manual' }],
  };
}
