// Opens the built sidebar (dist/Sidebar.html) in headless Chromium with google.script.run wired to a Node handler.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { SERVER_FUNCTIONS } from '../../src/addon/api';
import type { AppsScriptRuntime } from './apps-script-runtime';

export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic',
];

/** Answers one google.script.run call; throwing is what a failing script does (the failure handler runs). */
export type Handler = (name: string, args: unknown) => unknown;

export interface SidebarOptions {
  /** The browser's language (navigator.language), used before the server's state arrives. */
  locale?: string;
  /** The page; default: dist/Sidebar.html as the build wrote it. */
  html?: string;
  /** Function names google.script.run offers; default: the add-on's ServerApi. */
  functions?: readonly string[];
}

export interface SidebarSession {
  page: Page;
  context: BrowserContext;
  /** Every call the sidebar made, arguments as they crossed (plain JSON). */
  calls: { name: string; args: unknown }[];
  /** Requests that tried to leave the loopback page (the sidebar must need none). */
  blocked: string[];
  /** JavaScript errors on the page (uncaught exceptions). */
  pageErrors: string[];
  close(): Promise<void>;
}

let browser: Browser | undefined;

/** One browser per test file; each session gets its own context. */
export async function launch(): Promise<Browser> {
  browser ??= await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  return browser;
}

export async function closeBrowser(): Promise<void> {
  await browser?.close();
  browser = undefined;
}

/**
 * The shim HtmlService provides: `google.script.run.withSuccessHandler(f).withFailureHandler(g).fn(arg)`.
 * Each with… returns a new runner (as Google's does), arguments and results cross as JSON, and the
 * handlers run later, from a resolved promise, never inside the call.
 */
function shim(functions: readonly string[]): string {
  return `(() => {
    const names = ${JSON.stringify(functions)};
    function runner(ok, fail) {
      const r = {
        withSuccessHandler: (f) => runner(f, fail),
        withFailureHandler: (f) => runner(ok, f),
        withUserObject: () => runner(ok, fail),
      };
      for (const name of names) {
        r[name] = (...args) => {
          window.__gasCall(name, JSON.stringify(args)).then((json) => {
            const answer = JSON.parse(json);
            if (answer.threw) { if (fail) fail(new Error(answer.message)); }
            else if (ok) ok(answer.value);
          });
        };
      }
      return r;
    }
    window.google = { script: { run: runner(null, null), host: { close() {}, setHeight() {}, setWidth() {} } } };
  })();`;
}

/** Serves one HTML page on 127.0.0.1 and closes with the session. */
async function serve(html: string): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    if (req.url === '/' || req.url === '/Sidebar.html') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(html);
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, server };
}

export async function openSidebar(handler: Handler, opts: SidebarOptions = {}): Promise<SidebarSession> {
  const { url, server } = await serve(opts.html ?? readFileSync('dist/Sidebar.html', 'utf8'));
  const context = await (await launch()).newContext({
    // Google's sidebar frame is 300 px wide.
    viewport: { width: 300, height: 900 }, locale: opts.locale ?? 'en-US', acceptDownloads: true, deviceScaleFactor: 1,
  });
  const calls: SidebarSession['calls'] = [];
  const blocked: string[] = [];
  const pageErrors: string[] = [];
  await context.route('**/*', (route) => {
    const target = route.request().url();
    if (target.startsWith(url) || target.startsWith('blob:') || target.startsWith('data:')) return route.continue();
    blocked.push(target);
    return route.abort();
  });
  await context.exposeFunction('__gasCall', async (name: string, json: string) => {
    const [args] = JSON.parse(json) as unknown[];
    calls.push({ name, args });
    try {
      const value = await handler(name, args);
      return JSON.stringify({ value: value === undefined ? null : value });
    } catch (error) {
      return JSON.stringify({ threw: true, message: error instanceof Error ? error.message : String(error) });
    }
  });
  await context.addInitScript(shim(opts.functions ?? SERVER_FUNCTIONS));
  const page = await context.newPage();
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.goto(url);
  return {
    page, context, calls, blocked, pageErrors,
    async close() {
      await context.close();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** A handler that runs each call in the in-memory Apps Script, i.e. the real bundled Code.js. */
export function runtimeHandler(runtime: AppsScriptRuntime): Handler {
  return (name, args) => runtime.run(name, args);
}

/** Lets a test hold an answer back (to see progress), then release it. */
export function gate(): { wait: Promise<void>; open(): void } {
  let open!: () => void;
  const wait = new Promise<void>((resolve) => (open = resolve));
  return { wait, open };
}
