// Bench: the bytes the sidebar downloads when it opens, and the Excel writer it fetches on the first download.
import { readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import type { BenchSection } from './bench-section';

const FIRST_LOAD_GOAL = 200 * 1024;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** Builds the two pages as `npm run build` does, so the figures are of the code as it is now. */
async function buildPages(): Promise<void> {
  process.env.QUIET_BUILD = '1';
  type Build = { buildSidebar(): Promise<boolean>; buildExcelWriter(): Promise<boolean> };
  // @ts-expect-error -- the build script is plain JavaScript (.mjs) without type declarations.
  const build = (await import('./build/addon.mjs')) as Build;
  await mkdir('dist', { recursive: true });
  await build.buildSidebar();
  await build.buildExcelWriter();
}

export const sidebarSection: BenchSection = {
  title: 'Sidebar: bytes of its HTML files (HtmlService adds its own frame and google.script.run client)',
  async run() {
    await buildPages();
    const row = (file: string, when: string, goal: string) => {
      const bytes = readFileSync(file);
      return [file, when, bytes.length.toLocaleString('en'), kb(bytes.length), kb(gzipSync(bytes).length), goal];
    };
    const first = readFileSync('dist/Sidebar.html').length;
    return {
      columns: ['file', 'loaded', 'bytes', 'size', 'gzipped', 'goal'],
      rows: [
        row('dist/Sidebar.html', 'every open', `≤ ${kb(FIRST_LOAD_GOAL)}`),
        row('dist/ExcelWriter.html', 'first download', ''),
      ],
      notes: [`first load: ${kb(first)}, goal ≤ ${kb(FIRST_LOAD_GOAL)}: ${first <= FIRST_LOAD_GOAL ? 'met' : 'NOT met'}`],
    };
  },
};
