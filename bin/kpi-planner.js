#!/usr/bin/env node
// The kpi-planner command: runs the bundled CLI (built into dist/ by `npm ci` / `npm run build`).
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const bundle = fileURLToPath(new URL('../dist/cli.cjs', import.meta.url));
if (!existsSync(bundle)) {
  process.stderr.write('kpi-planner is not built yet: run `npm run build` (npm ci does it for you).\n');
  process.exit(1);
}
// Through V8's code cache when the build made one (see load-bundle.cjs): most of a cold start is compiling.
const { loadBundle } = createRequire(import.meta.url)('./load-bundle.cjs');
process.exitCode = await loadBundle(bundle).main(process.argv.slice(2));
