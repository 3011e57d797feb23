// Builds dist/ once before the suite, so tests of the CLI and Code.js run what users run.
// SKIP_BUILD=1 skips it when only pure-core tests are run during development.
import { execFileSync } from 'node:child_process';

export default function setup() {
  if (process.env.SKIP_BUILD === '1') return;
  execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit', env: { ...process.env, QUIET_BUILD: '1' } });
}
