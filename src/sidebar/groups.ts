// The sidebar's collapsible groups and sources: the defaults, the user's remembered choice, and a failure that
// opens its group so it is never folded away.
import type { Settings } from '../addon/api';
import { SIDEBAR_SECTIONS, type SidebarSection } from '../core/constants';
import { byId, setTexts } from './dom';
import { GROUP_WORDS } from './groups-words';
import { uiLang } from './i18n';

/** The main flow is open; the year plan and round review, occasional, and each source (its state shows) are not. */
const DEFAULT_OPEN: readonly SidebarSection[] = ['month', 'numbers', 'report'];

export type SourceState = 'ok' | 'off' | 'error';

const all = () => [...document.querySelectorAll<HTMLDetailsElement>('details[data-section]')];
/** Sections the user clicked open or shut: only those toggles are remembered, never one a failure caused. */
const byUser = new WeakSet<HTMLDetailsElement>();

export function wireGroups(remember: (settings: Settings) => void): void {
  for (const details of all()) {
    details.querySelector(':scope > summary')?.addEventListener('click', () => byUser.add(details));
    details.addEventListener('toggle', () => {
      if (!byUser.has(details)) return;
      byUser.delete(details);
      const open = all().filter((d) => d.open).map((d) => d.dataset.section as SidebarSection);
      remember({ open: SIDEBAR_SECTIONS.filter((s) => open.includes(s)) });
    });
  }
}

/** Opens what the user kept open (or the defaults); call before the sections that may reveal a failure. */
export function fillGroups(open: readonly SidebarSection[] | undefined): void {
  const wanted = new Set(open ?? DEFAULT_OPEN);
  for (const details of all()) details.open = wanted.has(details.dataset.section as SidebarSection);
}

export function relabelGroups(): void {
  const w = GROUP_WORDS[uiLang()];
  setTexts({
    'group-month-title': w.month, 'group-numbers-title': w.numbers, 'group-report-title': w.report,
    'group-periods-title': w.periods,
  });
}

/** Opens every group around `node`, so what it shows (a failure, a marked field) is in view. */
export function reveal(node: Element): void {
  for (let d = node.closest('details'); d; d = d.parentElement?.closest('details') ?? null) d.open = true;
}

/** A source's one-line state in its summary; a failure opens the source and its group. */
export function setSourceState(source: 'ga4' | 'crm' | 'social' | 'refresh', text: string, kind: SourceState): void {
  const line = byId(`${source}-state`);
  line.textContent = text;
  line.className = `source-state ${kind}`;
  if (kind === 'error') reveal(line);
}
