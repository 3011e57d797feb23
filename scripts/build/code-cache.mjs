// Stamps the CLI bundles and saves V8's compiled code for them (dist/*.cjs.cache), read by bin/load-bundle.cjs.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** Same length as a real stamp, so stamping after the build keeps the source map's lines and columns. */
export const STAMP_PLACEHOLDER = '// kpi-planner build 0000000000000000';

/** Puts a hash of the bundle into its first line; a cache is used only for a bundle with the same stamp. */
export function stampBundle(file) {
  const text = readFileSync(file, 'utf8');
  if (!text.startsWith(`${STAMP_PLACEHOLDER}\n`)) {
    throw new Error(`${file}: expected the build stamp placeholder first`);
  }
  const id = createHash('sha256').update(text).digest('hex').slice(0, 16);
  writeFileSync(file, text.replace(STAMP_PLACEHOLDER, `// kpi-planner build ${id}`));
}

/**
 * Runs the demo once, in a fresh Node, through the same loader the command uses, then saves the code
 * V8 compiled on the way: that covers start-up, the templates, the core and the Excel writer.
 * Without a cache the CLI still works (compiled from source), so a failure here is only reported.
 */
export function makeCodeCaches(bundles) {
  for (const file of bundles) rmSync(`${file}.cache`, { force: true });
  const dir = mkdtempSync(path.join(tmpdir(), 'kpi-code-cache-'));
  const script = `
    const { loadBundle, writeCodeCaches } = require(${JSON.stringify(path.resolve('bin/load-bundle.cjs'))});
    const io = { out() {}, err: (t) => process.stderr.write(t + '\\n'), progress() {}, cwd: process.cwd(),
      now: () => new Date(), env: {} };
    loadBundle(${JSON.stringify(path.resolve(bundles[0]))}, { useCache: false })
      .main(['demo', '--out', ${JSON.stringify(path.join(dir, 'demo.xlsx'))}], io)
      .then((code) => { if (code !== 0) process.exit(code); writeCodeCaches(); });
  `;
  try {
    execFileSync(process.execPath, ['-e', script], { stdio: ['ignore', 'ignore', 'pipe'] });
  } catch (e) {
    console.error(`warning: code cache not made (the CLI works, only starts slower): ${e.stderr || e.message}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
