// Stand-ins for the non-spreadsheet services: PropertiesService, Session, Ui menus, HtmlService, Utilities.
import { gunzipSync, gzipSync } from 'node:zlib';
import { zoneOffset } from './cells';

/** Apps Script's limits: 9 KB per value, 500 KB per store. */
const VALUE_LIMIT = 9 * 1024;
const STORE_LIMIT = 500 * 1024;

export class FakeProperties {
  readonly service = 'PropertiesService';
  readonly type = 'Properties';
  constructor(readonly data = new Map<string, string>()) {}
  private check() {
    let total = 0;
    for (const [k, v] of this.data) {
      const size = Buffer.byteLength(k) + Buffer.byteLength(v);
      if (Buffer.byteLength(v) > VALUE_LIMIT) throw new Error(`Exception: Argument too large: value of ${k}`);
      total += size;
    }
    if (total > STORE_LIMIT) throw new Error('Exception: You have exceeded the property storage quota.');
  }
  getProperty(k: string) { return this.data.get(k) ?? null; }
  getProperties() { return Object.fromEntries(this.data); }
  getKeys() { return [...this.data.keys()]; }
  setProperty(k: string, v: string) { return this.setProperties({ [k]: v }); }
  /** All or nothing: a write the quota refuses leaves the store as it was, as Apps Script does. */
  setProperties(props: Record<string, string>, deleteAllOthers = false) {
    const before = new Map(this.data);
    if (deleteAllOthers) this.data.clear();
    for (const [k, v] of Object.entries(props)) this.data.set(k, String(v));
    try {
      this.check();
    } catch (e) {
      this.data.clear();
      for (const [k, v] of before) this.data.set(k, v);
      throw e;
    }
    return this;
  }
  deleteProperty(k: string) { this.data.delete(k); return this; }
  deleteAllProperties() { this.data.clear(); return this; }
}

export interface MenuRecord {
  title: string;
  addon: boolean;
  items: { label: string; functionName: string }[];
}

export class FakeMenu {
  readonly service = 'SpreadsheetApp';
  readonly type = 'Menu';
  private items: MenuRecord['items'] = [];
  constructor(private ui: FakeUi, private title: string, private addon: boolean) {}
  addItem(label: string, functionName: string) {
    if (typeof label !== 'string' || typeof functionName !== 'string') throw new Error('Exception: addItem takes a caption and a function name');
    this.items.push({ label, functionName });
    return this;
  }
  addSeparator() { return this; }
  addToUi() { this.ui.menus.push({ title: this.title, addon: this.addon, items: [...this.items] }); }
}

export class FakeHtmlOutput {
  readonly service = 'HtmlService';
  readonly type = 'HtmlOutput';
  title = '';
  constructor(readonly file: string, readonly content: string) {}
  setTitle(t: string) { this.title = t; return this; }
  getTitle() { return this.title; }
  getContent() { return this.content; }
  setWidth() { return this; }
}

export class FakeUi {
  readonly service = 'SpreadsheetApp';
  readonly type = 'Ui';
  menus: MenuRecord[] = [];
  sidebars: FakeHtmlOutput[] = [];
  createAddonMenu() { return new FakeMenu(this, 'Add-on', true); }
  createMenu(title: string) { return new FakeMenu(this, title, false); }
  showSidebar(output: FakeHtmlOutput) {
    if (!(output instanceof FakeHtmlOutput)) throw new Error('Exception: showSidebar takes an HtmlOutput');
    this.sidebars.push(output);
  }
}

export class FakeHtmlService {
  readonly service = 'HtmlService';
  readonly type = 'HtmlService';
  constructor(private files: () => Record<string, string>) {}
  createHtmlOutputFromFile(name: string) {
    const content = this.files()[name];
    if (content === undefined) throw new Error(`Exception: No HTML file named ${name} was found.`);
    return new FakeHtmlOutput(name, content);
  }
}

export class FakeSession {
  readonly service = 'Session';
  readonly type = 'Session';
  constructor(private locale: string, private timeZone: string) {}
  getActiveUserLocale() { return this.locale; }
  getScriptTimeZone() { return this.timeZone; }
}

export class FakeUtilities {
  readonly service = 'Utilities';
  readonly type = 'Utilities';
  /** Milliseconds the script asked to sleep, in order; nothing actually waits. */
  readonly sleeps: number[] = [];
  sleep(ms: number) { this.sleeps.push(ms); }
  /** Blobs, gzip and base64 as Apps Script has them: bytes are Java's signed bytes (-128…127). */
  newBlob(data: string | number[], contentType = 'text/plain') { return new FakeBlob(data, contentType); }
  gzip(blob: FakeBlob) { return new FakeBlob(toSigned(gzipSync(blob.buffer())), 'application/x-gzip'); }
  ungzip(blob: FakeBlob) {
    if (blob.contentType !== 'application/x-gzip') throw new Error('Exception: Blob is not gzip-compressed.');
    return new FakeBlob(toSigned(gunzipSync(blob.buffer())), 'text/plain');
  }
  base64Encode(data: number[] | string) {
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(Uint8Array.from(data));
    return bytes.toString('base64');
  }
  base64Decode(text: string) { return toSigned(Buffer.from(text, 'base64')); }
  /** Enough of Java's SimpleDateFormat for what the add-on formats (yyyy, MM, dd, HH, mm, ss). */
  formatDate(date: Date, timeZone: string, pattern: string) {
    const local = new Date(date.getTime() + zoneOffset(timeZone, date.getTime()) * 60_000);
    const two = (n: number) => String(n).padStart(2, '0');
    return pattern
      .replace(/yyyy/g, String(local.getUTCFullYear()))
      .replace(/MM/g, two(local.getUTCMonth() + 1))
      .replace(/dd/g, two(local.getUTCDate()))
      .replace(/HH/g, two(local.getUTCHours()))
      .replace(/mm/g, two(local.getUTCMinutes()))
      .replace(/ss/g, two(local.getUTCSeconds()));
  }
}

const toSigned = (b: Uint8Array): number[] => Array.from(b, (x) => (x > 127 ? x - 256 : x));

export class FakeBlob {
  readonly service = 'Utilities';
  readonly type = 'Blob';
  private readonly bytes: number[];
  constructor(data: string | number[], readonly contentType: string) {
    this.bytes = typeof data === 'string' ? toSigned(Buffer.from(data, 'utf8')) : [...data];
  }
  buffer() { return Buffer.from(Uint8Array.from(this.bytes)); }
  getBytes() { return [...this.bytes]; }
  getContentType() { return this.contentType; }
  getDataAsString(charset = 'UTF-8') {
    if (!/^utf-?8$/i.test(charset)) throw new Error(`Exception: charset ${charset} not supported by the stand-in`);
    return this.buffer().toString('utf8');
  }
}
