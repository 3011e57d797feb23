// GA4 Data API failures classified once: what kind, which field and KPIs, whether waiting helps. Edges only word them.
import type { Template } from '../template/schema';
import type { Ga4BatchRunReportsRequest } from './api-types';

/** What an edge could read off a failed call, before any judgement. */
export interface Ga4RawFailure {
  /** HTTP status, if the edge saw one. */
  status?: number;
  /** GA4's own words, already redacted. */
  said: string;
  /** Seconds GA4 asked to wait (Retry-After), if the edge can see headers. */
  retryAfter?: number;
  /** No answer at all (connection refused, DNS, reset). */
  network?: boolean;
  /** The add-on's AnalyticsData advanced service is missing. */
  noService?: boolean;
}

export type Ga4FailureKind =
  | 'no-service' | 'unreachable' | 'unauthenticated' | 'api-disabled' | 'forbidden' | 'not-found'
  | 'rejected-field' | 'rejected' | 'quota' | 'unavailable' | 'other';

/** A metric or dimension GA4 refused; `incompatible` when GA4 asked to remove or add it to fit the others. */
export interface Ga4RejectedField {
  name: string;
  kind: 'metric' | 'dimension' | 'field' | 'incompatible';
}

export interface Ga4Failure extends Ga4RawFailure {
  kind: Ga4FailureKind;
  /** For `rejected-field`: the field, and the template's KPIs that ask for it. */
  field?: Ga4RejectedField;
  kpis: string[];
  /** Waiting and trying again may help (quota, outage, no connection). */
  retryable: boolean;
}

/** GA4's wording → HTTP status, for edges (Apps Script) whose exceptions do not always carry the code. */
const STATUS_WORDS: [RegExp, number][] = [
  [/SERVICE_DISABLED|has not been used in project|is disabled|accessNotConfigured/i, 403],
  [/sufficient permissions|PERMISSION_DENIED|permission denied|does not have (?:access|permission)/i, 403],
  [/UNAUTHENTICATED|invalid authentication|login required/i, 401],
  [/is not a valid (?:metric|dimension)|INVALID_ARGUMENT|compatible|invalid (?:value|argument)/i, 400],
  [/NOT_FOUND|not found/i, 404],
  [/RESOURCE_EXHAUSTED|exhausted|quota|rate limit|too many requests|invoked too many times/i, 429],
  [/INTERNAL|internal error|backend error|UNAVAILABLE|unavailable|DEADLINE_EXCEEDED|timed? ?out|empty response/i, 503],
];

export function statusFromGa4Words(text: string): number | undefined {
  return STATUS_WORDS.find(([pattern]) => pattern.test(text))?.[1];
}

const API_DISABLED = /SERVICE_DISABLED|has not been used|is disabled|accessNotConfigured/i;

/** Judges a raw failure for one batchRunReports call of `template`. */
export function classifyGa4Failure(
  raw: Ga4RawFailure, body: Ga4BatchRunReportsRequest | undefined, template: Template,
): Ga4Failure {
  const kind = kindOf(raw);
  const retryable = kind === 'quota' || kind === 'unavailable' || kind === 'unreachable';
  const base = { ...raw, kind, kpis: [], retryable };
  if (kind !== 'rejected') return base;
  const field = rejectedField(raw.said, body);
  if (!field) return base;
  const kpis = template.kpis
    .filter((k) => k.ga4 && (k.ga4.metric === field.name || k.ga4.filter?.dimension === field.name))
    .map((k) => k.id);
  return { ...base, kind: 'rejected-field', field, kpis };
}

function kindOf(raw: Ga4RawFailure): Ga4FailureKind {
  const s = raw.status;
  if (raw.noService) return 'no-service';
  if (s === undefined) return raw.network ? 'unreachable' : 'other';
  if (s === 400) return 'rejected';
  if (s === 401) return 'unauthenticated';
  if (s === 403) return API_DISABLED.test(raw.said) ? 'api-disabled' : 'forbidden';
  if (s === 404) return 'not-found';
  if (s === 429) return 'quota';
  return s >= 500 ? 'unavailable' : 'other';
}

/** The metric or dimension a 400 is about: GA4 names it, or its message quotes one of the request's names. */
function rejectedField(said: string, body: Ga4BatchRunReportsRequest | undefined): Ga4RejectedField | undefined {
  const invalid = /Field\s+([\w:]+)\s+is not a valid (metric|dimension)/i.exec(said);
  if (invalid) return { name: invalid[1], kind: invalid[2].toLowerCase() as 'metric' | 'dimension' };
  const incompatible = /Please (?:remove|add)\s+([\w:]+)\s+to make the request compatible/i.exec(said);
  if (incompatible) return { name: incompatible[1], kind: 'incompatible' };
  for (const name of requestedNames(body)) {
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    if (new RegExp(`(^|[^\\w:])${escaped}([^\\w:]|$)`).test(said)) return { name, kind: 'field' };
  }
  return undefined;
}

function requestedNames(body: Ga4BatchRunReportsRequest | undefined): Set<string> {
  const names = new Set<string>();
  for (const r of body?.requests ?? []) {
    r.metrics.forEach((m) => names.add(m.name));
    r.dimensions?.forEach((d) => names.add(d.name));
    if (r.dimensionFilter?.filter?.fieldName) names.add(r.dimensionFilter.filter.fieldName);
  }
  return names;
}
