// Records every call the script makes on a stand-in, through a Proxy, so tests can count service calls.

export interface CallRecord {
  /** The Apps Script service: SpreadsheetApp, PropertiesService, HtmlService, Session… */
  service: string;
  /** The class the method belongs to: Range, Sheet, Spreadsheet, TextStyleBuilder… */
  type: string;
  method: string;
  /** The sheet a Sheet/Range/metadata call touched, by tab name at the time of the call. */
  sheet?: string;
}

/** Objects a stand-in hands to the script; they say which service they belong to. */
export interface Tracked {
  readonly service: string;
  readonly type: string;
  sheetName?(): string | undefined;
}

const TARGET = Symbol('target');

export function isTracked(x: unknown): x is Tracked {
  return typeof x === 'object' && x !== null && typeof (x as Tracked).service === 'string' && typeof (x as Tracked).type === 'string';
}

/** The stand-in behind a proxy (stand-ins call each other directly, unrecorded). */
export function unwrap<T>(x: T): T {
  return (x && typeof x === 'object' && (x as Record<symbol, unknown>)[TARGET]) ? ((x as Record<symbol, unknown>)[TARGET] as T) : x;
}

/** Types whose calls read or write the document itself (what the per-sheet bound is about). */
export const DOCUMENT_TYPES = new Set(['Spreadsheet', 'Sheet', 'Range', 'RangeList', 'DeveloperMetadata', 'DeveloperMetadataFinder', 'DeveloperMetadataLocation']);

export class Recorder {
  readonly calls: CallRecord[] = [];
  private proxies = new WeakMap<object, object>();

  wrap<T>(value: T): T {
    if (Array.isArray(value)) return value.map((v) => this.wrap(v)) as T;
    if (!isTracked(value)) return value;
    const known = this.proxies.get(value);
    if (known) return known as T;
    const proxy = new Proxy(value, {
      get: (target, prop) => {
        if (prop === TARGET) return target;
        const member = Reflect.get(target, prop, target);
        if (typeof member !== 'function' || typeof prop !== 'string' || prop === 'constructor') return member;
        return (...args: unknown[]) => {
          this.calls.push({ service: target.service, type: target.type, method: prop, sheet: target.sheetName?.() });
          const plain = args.map((a) => (Array.isArray(a) ? a.map(unwrap) : unwrap(a)));
          return this.wrap(member.apply(target, plain));
        };
      },
    });
    this.proxies.set(value, proxy);
    return proxy as T;
  }

  record(service: string, type: string, method: string): void {
    this.calls.push({ service, type, method });
  }
}
