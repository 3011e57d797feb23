// Fetches a month of GA4 for the CLI with the googleapis client, loaded only when GA4 is asked for.
import { InputError } from '../../core/errors';
import type { Ga4BatchRunReportsRequest, Ga4BatchRunReportsResponse, Ga4Transport } from '../../core/ga4/api-types';
import { classifyGa4Failure } from '../../core/ga4/failure';
import { CLI_RETRY, retryGa4 } from '../../core/ga4/retry';
import { normalizeProperty, runGa4Month } from '../../core/ga4/run';
import type { Ga4MonthResult, Ga4Progress } from '../../core/ga4/types';
import type { Template } from '../../core/template/schema';
import { type Ga4ErrorContext, ga4Error, readFailure } from './errors';

export const GA4_SCOPE = 'https://www.googleapis.com/auth/analytics.readonly';
const DEFAULT_ROOT = 'https://analyticsdata.googleapis.com/';

export interface Ga4RetryOptions {
  /** Retries after the first attempt, for 429, 5xx and network errors (default: the core's CLI_RETRY). */
  retries?: number;
  /** First delay; each retry doubles it (default 1000 ms, capped as CLI_RETRY says). */
  baseDelayMs?: number;
  /** Injected in tests so backoff costs no time. */
  sleep?: (ms: number) => Promise<void>;
}

export interface FetchGa4Options {
  /** GA4 property id: `123456789` or `properties/123456789`. */
  property: string;
  template: Template;
  /** `YYYY-MM` */
  month: string;
  onProgress?: (progress: Ga4Progress) => void;
  /** GA_ACCESS_TOKEN and GA_DATA_API_URL are read from here (default process.env). */
  env?: Record<string, string | undefined>;
  /** Rows per page (default 250,000). */
  limit?: number;
  retry?: Ga4RetryOptions;
}

/** A progress line for paging, e.g. "GA4: 2 requests, 250,000 of 300,000 rows". */
export function ga4ProgressText(p: Ga4Progress): string {
  const n = (x: number) => x.toLocaleString('en-US');
  return `GA4: ${p.http} request${p.http === 1 ? '' : 's'}, ${n(p.rowsReceived)} of ${n(p.rowsExpected)} rows`;
}

export async function fetchGa4Month(options: FetchGa4Options): Promise<Ga4MonthResult> {
  const property = normalizeProperty(options.property);
  const transport = await createGa4Transport(property, options.template, options.env ?? process.env, options.retry);
  return runGa4Month(transport, property, options.template, options.month, { limit: options.limit, onProgress: options.onProgress });
}

/** API root for messages: no user:password, query or fragment. */
function safeRoot(url: URL): string {
  return `${url.protocol}//${url.host}${url.pathname}`;
}

function apiRoot(env: Record<string, string | undefined>): { root: string; shown: string } {
  const raw = env.GA_DATA_API_URL?.trim() || DEFAULT_ROOT;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new InputError('GA_DATA_API_URL must be an http(s) URL such as https://analyticsdata.googleapis.com/', 'GA_DATA_API_URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new InputError('GA_DATA_API_URL must be an http(s) URL such as https://analyticsdata.googleapis.com/', 'GA_DATA_API_URL');
  }
  return { root: raw.endsWith('/') ? raw : `${raw}/`, shown: safeRoot(url) };
}

/** The batchRunReports transport for one property: googleapis client, our retries, our messages. */
export async function createGa4Transport(
  property: string,
  template: Template,
  env: Record<string, string | undefined>,
  retry: Ga4RetryOptions = {},
): Promise<Ga4Transport> {
  const { root, shown } = apiRoot(env);
  // Loaded here, not at the top: the client and its auth stack cost ~0.5 s that a plain workbook never pays.
  const { analyticsdata, auth } = await import('@googleapis/analyticsdata');
  const token = env.GA_ACCESS_TOKEN?.trim();
  const secrets = token ? [token] : [];
  let authClient: InstanceType<typeof auth.OAuth2> | InstanceType<typeof auth.GoogleAuth>;
  if (token) {
    authClient = new auth.OAuth2();
    authClient.setCredentials({ access_token: token });
  } else {
    // Application Default Credentials; getClient() now so a missing key fails before any request.
    authClient = new auth.GoogleAuth({ scopes: [GA4_SCOPE] });
    try {
      await authClient.getClient();
    } catch {
      // The library's message may quote a key file path; ours says what to set.
      throw new InputError(
        'no Google credentials: set GA_ACCESS_TOKEN to an OAuth access token (e.g. `gcloud auth print-access-token`), '
          + 'or GOOGLE_APPLICATION_CREDENTIALS to a service-account key file whose account can read the property',
        'GA4',
      );
    }
  }
  // retry: false turns off gaxios' own retries, so the attempts counted and reported are ours.
  const client = analyticsdata({ version: 'v1beta', auth: authClient, rootUrl: root, retry: false });
  const policy = {
    ...CLI_RETRY,
    retries: Math.max(0, retry.retries ?? CLI_RETRY.retries),
    baseDelayMs: retry.baseDelayMs ?? CLI_RETRY.baseDelayMs,
  };
  const sleep = retry.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const ctx: Ga4ErrorContext = { property, templateId: template.id, apiRoot: shown };

  return (body: Ga4BatchRunReportsRequest): Promise<Ga4BatchRunReportsResponse> => retryGa4(
    async () => {
      const res = await client.properties.batchRunReports({ property, requestBody: body }, { retry: false });
      return res.data as Ga4BatchRunReportsResponse;
    },
    policy,
    {
      classify: (e) => classifyGa4Failure(readFailure(e, secrets), body, template),
      giveUp: (f, n) => ga4Error(f, ctx, n),
    },
    sleep,
  );
}
