// A test's Bitrix24 stand-in and the runtimes whose UrlFetchApp threads reach it, all closed after the test.
import type { AppsScriptRuntime } from './apps-script-runtime';
import type { BitrixServerOptions } from './bitrix-server';
import { startBitrixWorker, type BitrixWorker } from './bitrix-worker';

let server: BitrixWorker | undefined;
const runtimes: AppsScriptRuntime[] = [];

export async function startBitrix(options: BitrixServerOptions): Promise<BitrixWorker> {
  server = await startBitrixWorker(options);
  return server;
}

/** Registers `rt` so its UrlFetchApp worker is closed after the test. */
export function closesAfterTest(rt: AppsScriptRuntime): AppsScriptRuntime {
  runtimes.push(rt);
  return rt;
}

/** Stops the stand-in now (a portal that stops answering); a closed worker answers no second close. */
export async function stopBitrix(): Promise<void> {
  const running = server;
  server = undefined;
  await running?.close();
}

/** For `afterEach`: closes the runtimes' fetch workers, then the stand-in. */
export async function closeBitrix(): Promise<void> {
  await Promise.all(runtimes.splice(0).map((rt) => rt.urlFetch.close()));
  await stopBitrix();
}
