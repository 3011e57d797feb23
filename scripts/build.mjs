// Builds everything into dist/: the CLI bundle, the Apps Script Code.js and the sidebar HTML.
import { buildCli } from './build/cli.mjs';
import { buildAddon } from './build/addon.mjs';

const started = Date.now();
await buildCli();
await buildAddon();
if (!process.env.CI && !process.env.QUIET_BUILD) console.error(`built dist/ in ${Date.now() - started} ms`);
