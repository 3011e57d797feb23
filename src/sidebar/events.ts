// The events list: webinars, open days and the like, one compact card each, added and removed by the manager.
import type { EventInput } from '../addon/api';
import { labels } from '../core/i18n';
import { EVENT_TYPES, type EventType } from '../core/constants';
import { fillSelect, h } from './dom';
import { t, uiLang } from './i18n';


/** One card as typed: strings straight from the inputs, checked only when the manager generates. */
interface Draft {
  type: EventType;
  date: string;
  time: string;
  title: string;
}

export interface Problem {
  message: string;
  field: string;
}

export class EventsList {
  private drafts: Draft[] = [];
  private month = '';

  constructor(private readonly list: HTMLElement, private readonly empty: HTMLElement) {}

  /** A new event starts on `today` when it falls in the chosen month, else on the month's first day. */
  setMonth(month: string): void {
    this.month = month;
  }

  set(events: readonly EventInput[]): void {
    this.drafts = events.map((e) => ({ type: e.type, date: e.date, time: e.time ?? '', title: e.title }));
    this.render();
  }

  add(today: string): void {
    const date = today.startsWith(`${this.month}-`) ? today : `${this.month}-01`;
    this.drafts.push({ type: 'webinar', date, time: '', title: '' });
    this.render();
    // Straight to the title: the type and date already hold sensible values.
    this.list.querySelector<HTMLInputElement>('li:last-child input[type="text"]')?.focus();
  }

  /** The events as the server takes them, or the first one that is not complete. */
  read(): { events: EventInput[] } | { problem: Problem } {
    const events: EventInput[] = [];
    for (const [i, d] of this.drafts.entries()) {
      const title = d.title.trim();
      if (!d.date) return { problem: { message: t().missingDate(i + 1), field: `events[${i}].date` } };
      if (!title) return { problem: { message: t().missingTitle(i + 1), field: `events[${i}].title` } };
      events.push({ type: d.type, date: d.date, title, ...(d.time ? { time: d.time } : {}) });
    }
    return { events };
  }

  /** Redraws every card, e.g. after a change of the sidebar's language. */
  render(): void {
    this.list.replaceChildren(...this.drafts.map((d, i) => this.card(d, i)));
    this.empty.hidden = this.drafts.length > 0;
  }

  private card(draft: Draft, i: number): HTMLLIElement {
    const words = t();
    const names = labels(uiLang()).event;
    const field = (name: string) => `events[${i}].${name}`;

    const type = h('select', { attrs: { 'data-field': field('type'), 'aria-label': words.eventType } });
    fillSelect(type, EVENT_TYPES.map((v) => ({ value: v, text: v === 'other' ? words.otherEvent : names[v] })), draft.type);
    type.addEventListener('change', () => (draft.type = type.value as EventType));

    const remove = h('button', { class: 'icon', text: '×', attrs: { type: 'button', 'aria-label': words.removeEvent, title: words.removeEvent } });
    remove.addEventListener('click', () => {
      this.drafts.splice(i, 1);
      this.render();
    });

    // No min/max on the date: an open day early next month already puts preparation tasks into this one.
    const date = input('date', draft.date, field('date'), words.eventDate, (v) => (draft.date = v));
    const time = input('time', draft.time, field('time'), words.eventTime, (v) => (draft.time = v));
    const title = input('text', draft.title, field('title'), words.eventTitle, (v) => (draft.title = v));
    title.placeholder = words.eventTitle;
    title.maxLength = 200;

    return h('li', { class: 'event', attrs: { 'data-field': `events[${i}]` } }, [
      h('div', { class: 'line' }, [type, remove]),
      h('div', { class: 'line' }, [date, time]),
      title,
    ]);
  }
}

function input(type: string, value: string, field: string, label: string, update: (v: string) => void): HTMLInputElement {
  const node = h('input', { attrs: { type, 'data-field': field, 'aria-label': label, title: label } });
  node.value = value;
  node.addEventListener('input', () => update(node.value));
  return node;
}
