// `--meta-page ID` with `--meta-token` or META_PAGE_TOKEN: a Page's Graph API insights as the month's daily figures.
import type { CliIo } from '../args';
import { InputError, showValue } from '../../core/errors';
import { redact } from '../../core/redact';
import {
  GraphRefusal, graphDailyFiles, graphInsightsPlan, removedMetricNotes, type GraphAnswer, type GraphInsights,
  type GraphRequest,
} from '../../core/social/graph';
import type { SocialFile } from '../../core/social/types';

export const metaFlags = {
  'meta-page': {
    type: 'string', value: 'ID',
    help: "a Facebook Page's numeric id: adds its Graph API insights (follows, views, post engagements)",
  },
  'meta-token': {
    type: 'string', value: 'TOKEN',
    help: 'the Page access token (read_insights, pages_read_engagement) for --meta-page; META_PAGE_TOKEN does '
      + 'the same without showing it in the process list',
  },
} as const;

/** Graph API v25.0; META_GRAPH_URL points elsewhere (tests: a loopback stand-in). */
const GRAPH_ROOT = 'https://graph.facebook.com/v25.0/';

/** One GET; the token goes in the Authorization header, never in a URL that could be logged. */
async function get(root: string, req: GraphRequest, token: string): Promise<GraphAnswer> {
  let res: Response;
  try {
    res = await fetch(`${root}${req.path}`, {
      headers: { authorization: `Bearer ${token}`, accept: 'application/json' },
      signal: AbortSignal.timeout(60_000),
    });
  } catch (e) {
    const cause = (e as { cause?: { code?: string } }).cause?.code ?? (e as Error).name ?? 'network error';
    throw new Error(redact(`could not reach Meta's Graph API (${cause}); check the network`, [token]));
  }
  const text = await res.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  return { status: res.status, body };
}

async function run(page: string, month: string, root: string, token: string): Promise<GraphInsights> {
  const plan = graphInsightsPlan(page, month);
  try {
    let step = plan.next();
    while (!step.done) step = plan.next(await get(root, step.value, token));
    return step.value;
  } catch (e) {
    if (!(e instanceof GraphRefusal)) throw e;
    const message = redact(`${e.failure.message} (Page ${page})`, [token]);
    throw e.failure.input ? new InputError(message, 'Meta') : new Error(message);
  }
}

/** The Page's month as daily files; none without --meta-page. Removed metrics are warned about, never zero. */
export async function loadMeta(
  flags: { 'meta-page'?: string; 'meta-token'?: string }, month: string, io: CliIo,
): Promise<SocialFile[]> {
  const page = flags['meta-page'];
  if (page === undefined) {
    if (flags['meta-token'] !== undefined) throw new InputError('--meta-token needs --meta-page ID (the Page\'s id)');
    return [];
  }
  if (!/^\d{1,30}$/.test(page.trim())) {
    throw new InputError(`--meta-page takes the Page's numeric id (Page settings → About), not ${showValue(page)}`);
  }
  const token = (flags['meta-token'] ?? io.env.META_PAGE_TOKEN ?? '').trim();
  if (!token) throw new InputError('--meta-page needs a Page access token: --meta-token TOKEN or META_PAGE_TOKEN');
  io.err(`Fetching ${month} insights of Facebook Page ${page.trim()} from Meta…`);
  const insights = await run(page.trim(), month, io.env.META_GRAPH_URL ?? GRAPH_ROOT, token);
  for (const note of removedMetricNotes(insights)) io.err(`warning: ${note}`);
  const total = insights.series.find((s) => s.metric === 'page_follows')?.days.at(-1);
  if (total) io.err(`Meta: ${total.value} Facebook followers on ${total.date} (page_follows).`);
  io.err(`Meta: ${insights.requests} request(s), ${insights.series.length} metric(s).`);
  return graphDailyFiles(insights);
}
