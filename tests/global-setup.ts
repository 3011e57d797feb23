// Builds dist/ once before the suite, so tests of the CLI and Code.js run what users run.
import { execFileSync } from 'node:child_process';

export default function setup() {
  execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit', env: { ...process.env, QUIET_BUILD: '1' } });
}
