// The sidebar's daily-refresh section: on or off, as whom it runs, and what went wrong last time.
import type { RefreshState, State } from '../addon/api';
import { byId, h } from './dom';
import { setSourceState } from './groups';
import { GROUP_WORDS } from './groups-words';
import { uiLang } from './i18n';
import { REFRESH_WORDS } from './refresh-words';
import type { Report } from './report';
import { call } from './server';

const words = () => REFRESH_WORDS[uiLang()];
let refresh: RefreshState | null = null;

export function fillRefresh(state: State): void {
  refresh = state.sources?.refresh ?? null;
  relabelRefresh();
}

export function relabelRefresh(): void {
  const w = words();
  byId('refresh-title').textContent = w.title;
  byId('refresh-hint').textContent = w.hint(refresh?.hour ?? 6);
  byId('refresh-runs-as').textContent = w.runsAs;
  const r = refresh;
  byId('refresh-status').textContent = r?.lapsed ? w.lapsed(r.lapsed) : !r?.on ? w.off : r.mine ? w.mine : w.others;
  const button = byId<HTMLButtonElement>('refresh-toggle');
  button.textContent = r?.mine ? w.turnOff : w.turnOn;
  // Another editor's trigger is theirs: a second one would refresh the document twice.
  button.hidden = !!r?.on && !r.mine;
  showLast();
}

/** The last run's outcome (every editor sees it) and the user's own trigger's failure to open the document. */
function showLast(): void {
  const w = words();
  const box = byId('refresh-last');
  box.replaceChildren();
  const r = refresh;
  const problems = r?.last?.lines.filter((l) => l.outcome === 'failed') ?? [];
  box.className = problems.length || r?.couldNotOpen ? 'refresh-last warn' : 'refresh-last';
  if (r?.couldNotOpen) box.append(h('p', { text: w.couldNotOpen(r.couldNotOpen.at, r.couldNotOpen.message) }));
  if (r?.last && problems.length) {
    box.append(h('p', { text: w.lastProblems(r.last.at) }),
      h('ul', {}, problems.map((l) => h('li', { text: `${w.sources[l.source]}: ${l.message}` }))));
  } else if (r?.last) box.append(h('p', { class: 'note', text: w.lastOk(r.last.at) }));
  box.hidden = !box.childElementCount;
  // Last night's failure, or a refresh that stopped, opens the section: the manager would otherwise trust old numbers.
  const g = GROUP_WORDS[uiLang()];
  if (r?.couldNotOpen) setSourceState('refresh', g.couldNotOpen, 'error');
  else if (problems.length) setSourceState('refresh', g.lastFailed, 'error');
  else if (r?.lapsed) setSourceState('refresh', g.lapsed, 'error');
  else setSourceState('refresh', !r?.on ? g.off : r.mine ? g.on : g.onOther, r?.on ? 'ok' : 'off');
}

export function wireRefresh(report: Report, idle: () => boolean): void {
  byId('refresh-toggle').addEventListener('click', () => {
    if (!idle()) return;
    const on = !refresh?.mine;
    void call('setDailyRefresh', { on }, on ? words().turningOn : words().turningOff)
      .then((next) => {
        refresh = next;
        relabelRefresh();
      })
      .catch(report);
  });
}
