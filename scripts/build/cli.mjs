// Bundles the CLI for Node; exceljs and the GA4 client stay external so they load only when used.
import * as esbuild from 'esbuild';

export async function buildCli() {
  await esbuild.build({
    entryPoints: ['src/cli/main.ts'],
    outfile: 'dist/cli.js',
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    sourcemap: 'linked',
    external: ['exceljs', '@googleapis/analyticsdata', 'papaparse'],
    loader: { '.csv': 'text' },
    logLevel: 'warning',
  });
}
