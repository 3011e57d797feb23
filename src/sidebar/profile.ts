// The business profile: one checkbox per audience ("Tinka kam"), remembered per document, sent with every generate.
import type { Settings, State } from '../addon/api';
import { AUDIENCES, type Audience } from '../core/constants';
import { labels } from '../core/i18n';
import { CLOSE_WORDS } from './close-words';
import { byId, h } from './dom';
import { uiLang } from './i18n';

/** 'all' is what no choice means, so it gets no box. */
const CHOICES = AUDIENCES.filter((a) => a !== 'all');
let chosen = new Set<Audience>();

export function fillProfile(state: State): void {
  chosen = new Set(state.settings.profile ?? []);
  renderProfile();
}

export function profile(): Audience[] {
  return CHOICES.filter((a) => chosen.has(a));
}

/** Redraws the boxes in the sidebar's language; `remember` saves a change. */
export function renderProfile(remember?: (settings: Settings) => void): void {
  if (remember) onChange = remember;
  const names = labels(uiLang()).audience;
  const w = CLOSE_WORDS[uiLang()];
  byId('profile-title').textContent = w.profile;
  byId('profile-hint').textContent = w.profileHint;
  byId('profile-count').textContent = chosen.size ? `(${chosen.size})` : '';
  byId('profile-boxes').replaceChildren(...CHOICES.map((a) => {
    const box = h('input', { attrs: { type: 'checkbox', value: a, 'data-field': `profile.${a}` } });
    box.checked = chosen.has(a);
    box.addEventListener('change', () => {
      if (box.checked) chosen.add(a);
      else chosen.delete(a);
      byId('profile-count').textContent = chosen.size ? `(${chosen.size})` : '';
      onChange({ profile: profile() });
    });
    return h('label', { class: 'check' }, [box, names[a]]);
  }));
}
let onChange: (settings: Settings) => void = () => undefined;
