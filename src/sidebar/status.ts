// The status area: progress while the server works, then success or an error the manager can act on.
import { byId, h } from './dom';
import { reveal } from './groups';
import { t } from './i18n';

let running = 0;

/**
 * Shows `text` with a spinner and disables every button until the returned function is called.
 * Nested or overlapping work counts up, so the buttons come back only when all of it is done.
 */
export function busy(text: string): () => void {
  running++;
  document.body.classList.add('busy');
  document.body.setAttribute('aria-busy', 'true');
  for (const button of document.querySelectorAll('button')) button.disabled = true;
  show('progress', [h('span', { class: 'spinner', attrs: { 'aria-hidden': 'true' } }), h('span', { text })]);
  let ended = false;
  return () => {
    if (ended) return;
    ended = true;
    if (--running > 0) return;
    document.body.classList.remove('busy');
    document.body.removeAttribute('aria-busy');
    for (const button of document.querySelectorAll('button')) button.disabled = false;
    const box = byId('status');
    // Progress that nothing replaced (a quiet call) simply goes away.
    if (box.classList.contains('progress')) hide();
  };
}

export function isBusy(): boolean {
  return running > 0;
}

/** The sidebar's one-at-a-time check before an action: false while one runs, else clears the last outcome. */
export function idle(): boolean {
  if (isBusy()) return false;
  clearMarks();
  hide();
  return true;
}

export interface FileLink {
  /** A blob: URL the sidebar made itself, never one from data. */
  url: string;
  fileName: string;
  text: string;
}

/** A success message, optionally with a list (e.g. the tab names written), a note and a file link. */
export function success(message: string, items: string[] = [], note = '', file?: FileLink): void {
  const list = items.length ? h('ul', {}, items.map((item) => h('li', { text: item }))) : null;
  const link = file ? h('a', { class: 'save', text: file.text, attrs: { href: file.url, download: file.fileName } }) : null;
  show('ok', [h('p', { text: message }), list, note ? h('p', { class: 'note', text: note }) : null, link ? h('p', {}, [link]) : null]);
}

/** A success that comes with warnings the manager must not miss (GA4 data quality): shown amber, one line each. */
export function successWithWarnings(message: string, items: string[], warnings: string[], note: string): void {
  const list = items.length ? h('ul', {}, items.map((item) => h('li', { text: item }))) : null;
  const flags = warnings.map((w) => h('p', { class: 'warning', text: `⚠ ${w}` }));
  show(warnings.length ? 'warn' : 'ok', [h('p', { text: message }), list, ...flags, note ? h('p', { class: 'note', text: note }) : null]);
}

/** An error message; `field` names the form control to mark (the server's zod path, e.g. `events[0].date`). */
export function failure(message: string, field?: string): void {
  show('error', [h('p', { text: message })]);
  if (field) markField(field, message);
}

export function hide(): void {
  const box = byId('status');
  box.className = 'status';
  box.hidden = true;
  box.replaceChildren();
}

function show(kind: 'progress' | 'ok' | 'warn' | 'error', content: (Node | null)[]): void {
  const box = byId('status');
  box.className = `status ${kind}`;
  box.hidden = false;
  // Errors interrupt a screen reader; progress and success are announced politely.
  box.setAttribute('role', kind === 'error' ? 'alert' : 'status');
  const close = h('button', { class: 'close', text: '×', attrs: { type: 'button', 'aria-label': t().dismiss, title: t().dismiss } });
  close.addEventListener('click', hide);
  close.disabled = kind === 'progress';
  box.replaceChildren(...content.filter((n): n is Node => n !== null), ...(kind === 'progress' ? [] : [close]));
  // The buttons sit above the status, so a short scroll shows both what was clicked and what happened.
  box.scrollIntoView({ block: 'nearest' });
}

/**
 * Marks the control the server named and repeats the message beside it, since the status area may be
 * out of view. `events[2].date` finds `[data-field="events[2].date"]`; a path without its own control
 * falls back to its parent (`events[2]` → the event's card).
 */
export function markField(field: string, message: string): HTMLElement | null {
  for (let path = field; path; path = parentPath(path)) {
    const node = document.querySelector<HTMLElement>(`[data-field="${CSS.escape(path)}"]`);
    if (!node) continue;
    const note = h('p', { class: 'field-error', text: message, attrs: { id: `error-${++notes}` } });
    // Inside an event card's row of controls the note goes below the row, not between the controls.
    (node.parentElement?.classList.contains('line') ? node.parentElement : node).after(note);
    node.classList.add('invalid');
    node.setAttribute('aria-invalid', 'true');
    node.setAttribute('aria-describedby', note.id);
    // Inside folded groups (a source inside "Numbers"), every one around it opens.
    reveal(node);
    node.scrollIntoView({ block: 'center' });
    node.focus({ preventScroll: true });
    return node;
  }
  return null;
}
let notes = 0;

function parentPath(path: string): string {
  const parent = path.replace(/(\.[^.[\]]+|\[\d+\])$/, '');
  return parent === path ? '' : parent;
}

/** Takes the mark (and its note) off one control, e.g. as soon as the manager corrects it. */
export function unmark(node: Element): void {
  if (!node.classList.contains('invalid')) return;
  node.classList.remove('invalid');
  node.removeAttribute('aria-invalid');
  const note = node.getAttribute('aria-describedby');
  if (note) document.getElementById(note)?.remove();
  node.removeAttribute('aria-describedby');
}

/** Clears every mark, e.g. before the next attempt. */
export function clearMarks(): void {
  for (const node of document.querySelectorAll('.invalid')) unmark(node);
  for (const note of document.querySelectorAll('.field-error')) note.remove();
}
