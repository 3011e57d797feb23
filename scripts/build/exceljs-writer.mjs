// Bundles the one part of exceljs the CLI uses, its streaming writer, into dist/exceljs-writer.cjs.
//
// Why: requiring exceljs from node_modules resolves and reads about 660 small files (its reader, CSV
// support, jszip, unzipper, dayjs… included), which was the largest share of the demo's start-up.
// One pre-bundled file of the writer alone loads in a fraction of that. See `npm run bench`.
import * as esbuild from 'esbuild';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { stampBundle, STAMP_PLACEHOLDER } from './code-cache.mjs';

export const WRITER_FILE = 'dist/exceljs-writer.cjs';

/**
 * archiver-utils still calls the deprecated `new Buffer(…)`. Node warns about that (DEP0005) only for
 * code outside node_modules, which bundled code is, so every run would print the warning. Rewritten
 * to the same allocation through the current API: a number allocates, anything else is copied/wrapped.
 */
const legacyBufferPlugin = {
  name: 'legacy-buffer',
  setup(build) {
    build.onLoad({ filter: /[\\/]node_modules[\\/].*\.js$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      if (!/\bnew Buffer\(/.test(source)) return undefined;
      // A function declaration at the end is hoisted and leaves any 'use strict' prologue first.
      const contents = source.replace(/\bnew Buffer\(/g, '__bufferOf(') +
        '\nfunction __bufferOf(x) { return typeof x === "number" ? Buffer.alloc(x) : Buffer.from(x); }\n';
      return { contents, loader: 'js' };
    });
  },
};

/**
 * Packages the writer's dependencies load but never use when every zip entry is a string or a stream:
 * adding files from disk (glob, readdir-glob, lazystream), tar archives (tar-stream) and reading XML (saxes).
 * Each becomes a stand-in that throws, naming itself, if anything ever calls into it. graceful-fs becomes
 * plain fs: it is only used for those disk reads, and this way it does not patch fs for the whole process.
 */
const UNUSED = ['glob', 'readdir-glob', 'lazystream', 'tar-stream', 'saxes'];
const unusedDependencyPlugin = {
  name: 'unused-dependencies',
  setup(build) {
    const names = new RegExp(`^(${UNUSED.join('|')})$`);
    build.onResolve({ filter: names }, (args) => ({ path: args.path, namespace: 'unused' }));
    const standIn = (args) => ({ contents: unusedStandIn(args.path), loader: 'js' });
    build.onLoad({ filter: /.*/, namespace: 'unused' }, standIn);
    build.onResolve({ filter: /^graceful-fs$/ }, () => ({ path: 'fs', external: true }));
  },
};

/** Loading and reading properties work (modules destructure at load time); calling anything throws. */
function unusedStandIn(name) {
  return `const fail = () => { throw new Error(${JSON.stringify(`${name} is left out of ${WRITER_FILE}`)} +
  ' (see scripts/build/exceljs-writer.mjs)'); };
const standIn = new Proxy(function () {}, {
  apply: fail, construct: fail,
  get: (target, key) => (typeof key === 'symbol' || key === '__esModule' ? undefined : standIn),
});
module.exports = standIn;
`;
}

/** One exceljs module as a CommonJS bundle for Node, stamped for the code cache; returns its text. */
async function bundleExceljs(module, outfile, plugins) {
  const result = await esbuild.build({
    stdin: {
      contents: `module.exports = require('exceljs/lib/${module}');`,
      resolveDir: process.cwd(),
      sourcefile: `${path.basename(outfile, '.cjs')}-entry.cjs`,
    },
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    // Whitespace and syntax only: smaller to parse, while stack traces keep exceljs's own names.
    minifyWhitespace: true,
    minifySyntax: true,
    legalComments: 'eof',
    banner: { js: STAMP_PLACEHOLDER },
    plugins,
    write: false,
    logLevel: 'warning',
  });
  const text = result.outputFiles[0].text;
  if (/\bnew Buffer\(/.test(text)) throw new Error(`${outfile}: a "new Buffer(" call survived the rewrite`);
  await mkdir('dist', { recursive: true });
  await writeFile(outfile, text);
  stampBundle(outfile);
}

export async function buildExcelWriter() {
  await bundleExceljs('stream/xlsx/workbook-writer', WRITER_FILE, [unusedDependencyPlugin, legacyBufferPlugin]);
}

export const READER_FILE = 'dist/exceljs-reader.cjs';

/**
 * exceljs's in-memory Workbook with its .xlsx reader, for `kpi-planner refresh` alone (loaded on its first use, so
 * no other command reads it). It needs what the writer bundle leaves out (saxes to read XML, unzipper), so it is a
 * separate file rather than a larger writer.
 */
export async function buildExcelReader() {
  await bundleExceljs('doc/workbook', READER_FILE, [legacyBufferPlugin]);
}
