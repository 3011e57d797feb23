// Bundles the CLI for Node: dist/cli.js, plus exceljs's streaming writer in its own file, loaded only when used.
//
// Start-up is mostly module loading, so (measured with `npm run bench` and node --cpu-prof):
// - zod, papaparse and the templates are bundled in: one file to read instead of a package walk each;
// - exceljs is replaced by a small module that loads dist/exceljs-writer.cjs on first use, so commands
//   that write no workbook (templates, --help) never read it;
// - the GA4 client (21 MB) stays external and is imported by src/cli/ga4/fetch.ts only for --ga-property.
// Node 20 has no compile cache (module.enableCompileCache arrived in Node 22.1), so less code is the lever.
import * as esbuild from 'esbuild';
import path from 'node:path';
import { buildExcelWriter, WRITER_FILE } from './exceljs-writer.mjs';

/**
 * What `import ExcelJS from 'exceljs'` gives the CLI bundle: only `stream.xlsx.WorkbookWriter`, the one
 * thing src/render/excel/render-file.ts constructs. A named value import from 'exceljs' fails the build
 * (this module has no such export); any other property read fails loudly at run time, naming this file.
 */
const LAZY_EXCELJS = `
import { createRequire } from 'node:module';
const load = createRequire(import.meta.url);
let writer;
const xlsx = { get WorkbookWriter() { return (writer ??= load('./${path.basename(WRITER_FILE)}')); } };
const only = (what, target) => new Proxy(target, {
  get(t, key) {
    if (key in t || typeof key === 'symbol') return t[key];
    throw new Error(\`exceljs.\${what}\${String(key)} is not in the CLI bundle (see scripts/build/cli.mjs)\`);
  },
});
export default only('', { stream: only('stream.', { xlsx: only('stream.xlsx.', xlsx) }) });
`;

const lazyExcelPlugin = {
  name: 'lazy-exceljs',
  setup(build) {
    build.onResolve({ filter: /^exceljs$/ }, () => ({ path: 'exceljs', namespace: 'lazy-exceljs' }));
    build.onLoad({ filter: /.*/, namespace: 'lazy-exceljs' }, () => ({ contents: LAZY_EXCELJS, loader: 'js' }));
  },
};

export async function buildCli() {
  await buildExcelWriter();
  await esbuild.build({
    entryPoints: ['src/cli/main.ts'],
    outfile: 'dist/cli.js',
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    sourcemap: 'linked',
    external: ['@googleapis/analyticsdata'],
    // papaparse's Node-stream mode calls require('stream'): an ES module bundle needs a real require for it.
    banner: { js: "import { createRequire as __createRequire } from 'node:module';\n" +
      'const require = __createRequire(import.meta.url);' },
    plugins: [lazyExcelPlugin],
    loader: { '.csv': 'text' },
    logLevel: 'warning',
  });
}
