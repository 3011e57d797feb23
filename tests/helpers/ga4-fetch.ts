// The CLI's GA4 fetch against a loopback stand-in, for its tests: one server per test, closed after it.
import { fetchGa4Month, type FetchGa4Options } from '../../src/cli/ga4/fetch';
import { ga4Template, makeSite, startGa4Server, type Ga4Server, type Ga4ServerOptions } from './ga4-server';

export const MONTH = '2026-11';
export const TOKEN = 'ya29.a0-test-ACCESS-token_SECRET';
let server: Ga4Server | undefined;

/** For `afterEach`: closes the test's server, if it still runs. */
export async function closeGa4Server(): Promise<void> {
  await server?.close();
  server = undefined;
}

export async function serve(options: Partial<Ga4ServerOptions> = {}): Promise<Ga4Server> {
  server = await startGa4Server({ site: makeSite(MONTH), token: TOKEN, ...options });
  return server;
}

/** The month's fetch from `s`, with the backoff's sleeps recorded instead of slept. */
export function fetchFrom(s: Ga4Server, extra: Partial<FetchGa4Options> = {}) {
  const delays: number[] = [];
  const run = fetchGa4Month({
    property: '123456789', template: ga4Template(), month: MONTH,
    env: { GA_ACCESS_TOKEN: TOKEN, GA_DATA_API_URL: s.url },
    ...extra,
    retry: { sleep: async (ms) => { delays.push(ms); }, ...extra.retry },
  });
  return { run, delays };
}

export async function failure(p: Promise<unknown>): Promise<Error> {
  try {
    await p;
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected a failure');
}
