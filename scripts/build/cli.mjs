// Bundles the CLI for Node: dist/cli.cjs, plus exceljs's streaming writer in its own file, loaded only when used.
//
// Start-up is mostly loading and compiling code, so (measured with `npm run bench` and node --cpu-prof):
// - zod, papaparse and the templates are bundled in: one file to read instead of a package walk each;
// - exceljs is replaced by a small module that loads dist/exceljs-writer.cjs on first use, so commands
//   that write no workbook (templates, --help) never read it;
// - the GA4 client (21 MB) stays external and is required by src/cli/ga4/fetch.ts only for --ga-property;
// - both bundles are CommonJS so bin/load-bundle.cjs can run them with V8's code cache (scripts/build/code-cache.mjs).
import * as esbuild from 'esbuild';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { buildExcelReader, buildExcelWriter, READER_FILE, WRITER_FILE } from './exceljs-writer.mjs';
import { makeCodeCaches, stampBundle, STAMP_PLACEHOLDER } from './code-cache.mjs';

export const CLI_FILE = 'dist/cli.cjs';

/**
 * What `import ExcelJS from 'exceljs'` gives the CLI bundle: only `stream.xlsx.WorkbookWriter`, the one
 * thing src/render/excel/render-file.ts constructs, and `Workbook` with its reader, which only `refresh` loads
 * (src/cli/open-workbook.ts). A named value import from 'exceljs' fails the build
 * (this module has no such export); any other property read fails loudly at run time, naming this file.
 */
const LAZY_EXCELJS = `
let writer;
let reader;
const xlsx = { get WorkbookWriter() { return (writer ??= require('./${path.basename(WRITER_FILE)}')); } };
const only = (what, target) => new Proxy(target, {
  get(t, key) {
    if (key in t || typeof key === 'symbol' || key === '__esModule') return t[key];
    throw new Error(\`exceljs.\${what}\${String(key)} is not in the CLI bundle (see scripts/build/cli.mjs)\`);
  },
});
module.exports = only('', {
  stream: only('stream.', { xlsx: only('stream.xlsx.', xlsx) }),
  get Workbook() { return (reader ??= require('./${path.basename(READER_FILE)}')); },
});
`;

const lazyExcelPlugin = {
  name: 'lazy-exceljs',
  setup(build) {
    build.onResolve({ filter: /^exceljs$/ }, () => ({ path: 'exceljs', namespace: 'lazy-exceljs' }));
    build.onLoad({ filter: /.*/, namespace: 'lazy-exceljs' }, () => ({ contents: LAZY_EXCELJS, loader: 'js' }));
  },
};

export async function buildCli() {
  // The ES module bundle of earlier builds; left behind, it would look current.
  await Promise.all(['dist/cli.js', 'dist/cli.js.map'].map((f) => rm(f, { force: true })));
  await Promise.all([buildExcelWriter(), buildExcelReader()]);
  await esbuild.build({
    entryPoints: ['src/cli/main.ts'],
    outfile: CLI_FILE,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    // import() becomes require(): the code cache loader runs bundles as plain scripts, without an ESM loader.
    supported: { 'dynamic-import': false },
    sourcemap: 'linked',
    banner: { js: STAMP_PLACEHOLDER },
    external: ['@googleapis/analyticsdata', `./${path.basename(WRITER_FILE)}`, `./${path.basename(READER_FILE)}`],
    plugins: [lazyExcelPlugin],
    loader: { '.csv': 'text' },
    logLevel: 'warning',
  });
  stampBundle(CLI_FILE);
  makeCodeCaches([CLI_FILE, WRITER_FILE]);
}
