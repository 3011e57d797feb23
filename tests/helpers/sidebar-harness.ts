// Opens the built sidebar (dist/Sidebar.html) in headless Chromium with google.script.run wired to a Node handler,
// top-level or, as HtmlService serves it, in a sandboxed iframe of another origin.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type BrowserContext, type Frame, type Page } from 'playwright-core';
import { SERVER_FUNCTIONS } from '../../src/addon/api';
import type { AppsScriptRuntime } from './apps-script-runtime';

/**
 * The iframe sandbox keywords HtmlService sets (developers.google.com/apps-script/guides/html/restrictions,
 * "Restrictions in IFRAME mode"). The page lists one more, allow-top-navigation-by-user-activation, for
 * stand-alone script projects only; a download does not navigate, so it is left out here.
 */
export const HTMLSERVICE_SANDBOX = [
  'allow-same-origin', 'allow-forms', 'allow-scripts', 'allow-popups', 'allow-downloads', 'allow-modals',
  'allow-popups-to-escape-sandbox',
] as const;

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
  /**
   * Serve the sidebar from http://localhost:<port> inside an <iframe sandbox="…"> of a page on
   * http://127.0.0.1:<other port>: two origins, as Sheets (docs.google.com) and the sidebar
   * (*.googleusercontent.com) are.
   */
  sandbox?: readonly string[];
}

export interface SidebarSession {
  /** The top-level page: the sidebar itself, or the page holding its iframe. Downloads arrive as its events. */
  page: Page;
  /** The sidebar's document: page.mainFrame(), or the sandboxed iframe. */
  sidebar: Frame;
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

/** Serves one HTML page at / on a loopback port; `host` is the name the browser uses (127.0.0.1 or localhost). */
async function serve(html: string, host: string): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    if (req.url === '/' || req.url === '/Sidebar.html') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(html);
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, host === 'localhost' ? 'localhost' : '127.0.0.1', resolve));
  return { url: `http://${host}:${(server.address() as AddressInfo).port}/`, server };
}

/** The host page: nothing but the sidebar's iframe, 300 px wide as Google's sidebar is. */
function hostPage(sidebarUrl: string, sandbox: readonly string[]): string {
  const attr = sandbox.join(' ').replace(/[^\w -]/g, '');
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Sheets</title></head><body style="margin:0">
<iframe id="sidebar" title="KPI Planner" sandbox="${attr}" src="${sidebarUrl}"
  style="border:0;width:300px;height:900px"></iframe>
</body></html>`;
}

export async function openSidebar(handler: Handler, opts: SidebarOptions = {}): Promise<SidebarSession> {
  const html = opts.html ?? readFileSync('dist/Sidebar.html', 'utf8');
  const framed = opts.sandbox !== undefined;
  const sidebarSite = await serve(html, framed ? 'localhost' : '127.0.0.1');
  const servers = [sidebarSite.server];
  const top = framed ? await serve(hostPage(sidebarSite.url, opts.sandbox ?? []), '127.0.0.1') : sidebarSite;
  if (framed) servers.push(top.server);
  const origins = [sidebarSite.url, top.url];
  const context = await (await launch()).newContext({
    // Google's sidebar frame is 300 px wide.
    viewport: { width: framed ? 320 : 300, height: 900 }, locale: opts.locale ?? 'en-US', acceptDownloads: true,
    deviceScaleFactor: 1,
  });
  const calls: SidebarSession['calls'] = [];
  const blocked: string[] = [];
  const pageErrors: string[] = [];
  await context.route('**/*', (route) => {
    const target = route.request().url();
    if (origins.some((o) => target.startsWith(o)) || /^(blob|data):/.test(target)) return route.continue();
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
  await page.goto(top.url);
  const sidebar = framed ? await sidebarFrame(page) : page.mainFrame();
  return {
    page, sidebar, context, calls, blocked, pageErrors,
    async close() {
      await context.close();
      await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
    },
  };
}

/** Opens the sidebar and waits until getState has answered and the form shows. */
export async function openReady(handler: Handler, opts: SidebarOptions = {}): Promise<SidebarSession> {
  const session = await openSidebar(handler, opts);
  await session.page.locator('#form').waitFor({ state: 'visible' });
  return session;
}

async function sidebarFrame(page: Page): Promise<Frame> {
  const frame = await (await page.waitForSelector('iframe#sidebar')).contentFrame();
  if (!frame) throw new Error('the sidebar iframe has no document');
  await frame.waitForLoadState();
  return frame;
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
