// Safe DOM building for the sidebar: data always goes in as text nodes or attribute values, never as HTML.

type Child = Node | string | null | undefined | false;

export interface Props {
  class?: string;
  text?: string;
  attrs?: Record<string, string>;
}

/**
 * `h('li', { class: 'x' }, ['text', node])`. Strings become text nodes, so markup in data
 * (a template title such as `<img onerror=…>`) is shown as the characters it is.
 */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props = {}, children: Child[] = []): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.class) node.className = props.class;
  for (const [name, value] of Object.entries(props.attrs ?? {})) {
    // Event-handler attributes would run their value as code; handlers are attached with addEventListener.
    if (/^on/i.test(name)) throw new Error(`refusing to set the event attribute "${name}"`);
    node.setAttribute(name, value);
  }
  if (props.text !== undefined) node.textContent = props.text;
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    node.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return node;
}

/** An element the shell (sidebar.html) must have; a missing one is a build mistake worth a loud error. */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`sidebar.html has no element #${id}`);
  return node as T;
}

/** Sets each element's words (as text) by id: a section's relabel in the sidebar's language. */
export function setTexts(texts: Record<string, string>): void {
  for (const [id, text] of Object.entries(texts)) byId(id).textContent = text;
}

export interface Choice {
  value: string;
  text: string;
}

/** Replaces a select's options, keeping `selected` (or the current value) when it is still offered. */
export function fillSelect(select: HTMLSelectElement, choices: Choice[], selected = select.value): void {
  // new Option(text, value) sets both as plain text.
  select.replaceChildren(...choices.map((c) => new Option(c.text, c.value)));
  if (choices.some((c) => c.value === selected)) select.value = selected;
}
