// The Bitrix24 stand-in on its own thread, so a synchronous UrlFetchApp call (which blocks this thread) reaches it.
import * as esbuild from 'esbuild';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { BitrixCall, BitrixServerOptions } from './bitrix-server';

export interface BitrixWorker {
  webhook: string;
  /** Every request the stand-in answered, in order. */
  calls(): Promise<BitrixCall[]>;
  close(): Promise<void>;
}

let bundled: Promise<string> | undefined;

/** bitrix-server.ts bundled once as CommonJS for an eval'd worker (workers do not read TypeScript). */
function workerCode(): Promise<string> {
  bundled ??= esbuild.build({
    stdin: {
      contents: `
        const { parentPort, workerData } = require('node:worker_threads');
        const { startBitrixServer } = require('./bitrix-server');
        startBitrixServer(workerData).then((server) => {
          parentPort.postMessage({ webhook: server.webhook });
          parentPort.on('message', (m) => {
            if (m === 'calls') parentPort.postMessage({ calls: server.calls });
            if (m === 'close') server.close().then(() => parentPort.postMessage({ closed: true }));
          });
        });`,
      resolveDir: fileURLToPath(new URL('.', import.meta.url)), loader: 'js',
    },
    bundle: true, platform: 'node', format: 'cjs', target: 'node20', write: false, logLevel: 'warning',
  }).then((out) => out.outputFiles[0].text);
  return bundled;
}

function next<T>(worker: Worker, key: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const onMessage = (m: Record<string, unknown>) => {
      if (key in m) {
        worker.off('message', onMessage);
        resolve(m[key] as T);
      }
    };
    worker.on('message', onMessage);
    worker.once('error', reject);
  });
}

export async function startBitrixWorker(options: BitrixServerOptions): Promise<BitrixWorker> {
  const worker = new Worker(await workerCode(), { eval: true, workerData: options });
  const webhook = await next<string>(worker, 'webhook');
  return {
    webhook,
    calls: () => {
      const answer = next<BitrixCall[]>(worker, 'calls');
      worker.postMessage('calls');
      return answer;
    },
    close: async () => {
      const closed = next<boolean>(worker, 'closed');
      worker.postMessage('close');
      await closed;
      await worker.terminate();
    },
  };
}
