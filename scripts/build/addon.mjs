// Builds the Apps Script side into dist/: Code.js (server), Sidebar.html (the light page), ExcelWriter.html, manifest.
import * as esbuild from 'esbuild';
import { copyFile, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';

const ENTRY = 'src/addon/main.ts';
const GLOBAL = 'KpiPlanner';
const quiet = () => Boolean(process.env.CI || process.env.QUIET_BUILD);
/**
 * papaparse (the Meta CSV import) requires Node's `stream` only inside its Node stream reader, which the add-on
 * never calls: left external, the call stays a stub that would throw if it ever ran.
 */
const EXTERNAL = ['stream'];

/** The entry's export names, from an ESM pass: Apps Script only sees top-level function declarations. */
async function entryExports() {
  const result = await esbuild.build({
    entryPoints: [ENTRY], bundle: true, format: 'esm', platform: 'neutral', target: 'es2020',
    write: false, metafile: true, outfile: 'dist/Code.esm.js', logLevel: 'warning', external: EXTERNAL,
  });
  const out = Object.values(result.metafile.outputs).find((o) => o.entryPoint === ENTRY);
  if (!out) throw new Error(`esbuild found no output for ${ENTRY}`);
  return out.exports;
}

export async function buildServer() {
  const names = await entryExports();
  for (const name of names) {
    if (!/^[A-Za-z_$][\w$]*$/.test(name)) throw new Error(`${ENTRY}: export "${name}" is not a plain function name`);
  }
  // Each export becomes `function name() {…}` so the editor, menus, triggers and google.script.run find it.
  const footer = names.map((n) => `function ${n}() { return ${GLOBAL}.${n}.apply(this, arguments); }`).join('\n');
  await esbuild.build({
    entryPoints: [ENTRY], outfile: 'dist/Code.js', bundle: true, format: 'iife', globalName: GLOBAL,
    platform: 'neutral', target: 'es2020', mainFields: ['module', 'main'], charset: 'utf8',
    legalComments: 'none', footer: { js: footer }, logLevel: 'warning', external: EXTERNAL,
  });
  await copyFile('appsscript.json', 'dist/appsscript.json');
  return names;
}

/** Replaces the tag exactly once; a missing tag is a build error rather than a page without its code. */
function inline(html, tag, replacement, file) {
  const at = html.indexOf(tag);
  if (at < 0) throw new Error(`src/sidebar/sidebar.html: expected ${tag} (replaced by ${file} at build time)`);
  return html.slice(0, at) + replacement + html.slice(at + tag.length);
}

/** Options both browser bundles share: minified ES2020, no Node built-ins, no licence comments. */
const BROWSER = {
  bundle: true, format: 'iife', platform: 'browser', target: 'es2020', minify: true, write: false, charset: 'utf8',
  legalComments: 'none', define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' }, logLevel: 'warning',
};

/** `</script` inside a bundle would end the inline script early. */
const scriptSafe = (js) => js.replace(/<\/(script)/gi, '<\\/$1');

/**
 * The sidebar as one file, because HtmlService serves a single HTML file per page.
 * sidebar.html holds `<link rel="stylesheet" href="sidebar.css">` and `<script src="main.js"></script>`;
 * both are replaced by the inlined CSS and bundle. exceljs is not in it: see buildExcelWriter.
 */
export async function buildSidebar() {
  if (!existsSync('src/sidebar/main.ts')) {
    if (!quiet()) console.error('sidebar: src/sidebar/main.ts does not exist yet, skipped dist/Sidebar.html');
    return false;
  }
  const entry = { entryPoints: ['src/sidebar/main.ts'], metafile: true, outfile: 'main.js' };
  const result = await esbuild.build({ ...BROWSER, ...entry });
  // The writer is loaded on the first download; a static import of it would put exceljs back into every open.
  const writerCode = /node_modules\/exceljs\/|src\/render\/excel\//;
  const leaked = Object.keys(result.metafile.inputs).filter((f) => writerCode.test(f));
  if (leaked.length) throw new Error(`src/sidebar/main.ts must not import the Excel writer (found ${leaked[0]})`);
  const js = scriptSafe(result.outputFiles[0].text);
  const css = existsSync('src/sidebar/sidebar.css') ? await readFile('src/sidebar/sidebar.css', 'utf8') : '';
  let html = await readFile('src/sidebar/sidebar.html', 'utf8');
  const style = `<style>\n${css.replace(/<\/(style)/gi, '<\\/$1')}</style>`;
  html = inline(html, '<link rel="stylesheet" href="sidebar.css">', style, 'sidebar.css');
  html = inline(html, '<script src="main.js"></script>', `<script>\n${js}</script>`, 'main.js');
  await writeFile('dist/Sidebar.html', html);
  return true;
}

/**
 * The Excel writer (exceljs and src/render/excel) as one <script> element in its own HTML file: the server
 * function getExcelWriter returns its text, and the sidebar runs it on the first download.
 */
export async function buildExcelWriter() {
  if (!existsSync('src/sidebar/excel-writer.ts')) return false;
  const result = await esbuild.build({
    ...BROWSER, entryPoints: ['src/sidebar/excel-writer.ts'],
    // exceljs's "browser" build without its polyfills for old browsers (Sheets needs a current browser anyway).
    alias: { exceljs: './node_modules/exceljs/dist/exceljs.bare.min.js' },
  });
  await writeFile('dist/ExcelWriter.html', `<script>\n${scriptSafe(result.outputFiles[0].text)}</script>\n`);
  return true;
}

export async function buildAddon() {
  await mkdir('dist', { recursive: true });
  const names = await buildServer();
  const sidebar = await buildSidebar();
  const writer = await buildExcelWriter();
  if (!quiet()) {
    const size = async (f) => `${f} ${((await stat(f)).size / 1024).toFixed(0)} KB`;
    const pages = [sidebar && 'dist/Sidebar.html', writer && 'dist/ExcelWriter.html'].filter(Boolean);
    const files = ['dist/Code.js', ...pages];
    console.error(`add-on: ${(await Promise.all(files.map(size))).join(', ')}; entry points: ${names.join(', ')}`);
  }
}
