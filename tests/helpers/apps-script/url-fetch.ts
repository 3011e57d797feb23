// Stand-in for UrlFetchApp: a real, synchronous HTTP request (a worker fetches; this thread waits on Atomics.wait).
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';

/**
 * The worker does the asynchronous fetch and posts the answer on the port it was given, then wakes the caller.
 * The server it talks to must not live on the calling thread, which is blocked meanwhile (see bitrix-worker.ts).
 */
const FETCHER = `
const { parentPort } = require('node:worker_threads');
parentPort.on('message', async ({ url, init, signal, port }) => {
  try {
    const res = await fetch(url, { ...init, redirect: 'manual', signal: AbortSignal.timeout(30000) });
    const headers = Object.fromEntries(res.headers);
    port.postMessage({ status: res.status, text: await res.text(), headers });
  } catch (e) {
    port.postMessage({ failed: String((e && e.cause && e.cause.code) || (e && e.name) || e) });
  }
  Atomics.store(signal, 0, 1);
  Atomics.notify(signal, 0);
});`;

interface FetchParams {
  method?: string;
  contentType?: string;
  payload?: string;
  headers?: Record<string, string>;
  muteHttpExceptions?: boolean;
}

type Answer = { status: number; text: string; headers: Record<string, string> };

export interface FetchRecord {
  url: string;
  method: string;
  params: FetchParams;
  status: number | null;
}

export class FakeHttpResponse {
  readonly service = 'UrlFetchApp';
  readonly type = 'HTTPResponse';
  constructor(private status: number, private text: string, private headers: Record<string, string>) {}
  getResponseCode() { return this.status; }
  getContentText() { return this.text; }
  getHeaders() { return { ...this.headers }; }
  getAllHeaders() { return { ...this.headers }; }
}

export class FakeUrlFetchApp {
  readonly service = 'UrlFetchApp';
  readonly type = 'UrlFetchApp';
  readonly fetches: FetchRecord[] = [];
  private worker: Worker | undefined;

  fetch(url: string, params: FetchParams = {}) {
    const method = (params.method ?? 'get').toUpperCase();
    const record: FetchRecord = { url, method, params: { ...params }, status: null };
    this.fetches.push(record);
    const headers: Record<string, string> = { ...(params.headers ?? {}) };
    if (params.contentType) headers['content-type'] = params.contentType;
    const init = { method, headers, ...(params.payload !== undefined ? { body: params.payload } : {}) };
    const answer = this.send(url, init);
    // Apps Script's own words, which quote the URL: why the add-on must never let them through unredacted.
    if ('failed' in answer) throw new Error(`Exception: Address unavailable: ${url}`);
    record.status = answer.status;
    if (answer.status >= 400 && !params.muteHttpExceptions) {
      throw new Error(`Exception: Request failed for ${url} returned code ${answer.status}. `
        + `Truncated server response: ${answer.text.slice(0, 100)} `
        + '(use muteHttpExceptions option to examine full response)');
    }
    return new FakeHttpResponse(answer.status, answer.text, answer.headers);
  }

  private send(url: string, init: object): Answer | { failed: string } {
    this.worker ??= new Worker(FETCHER, { eval: true });
    this.worker.unref();
    const signal = new Int32Array(new SharedArrayBuffer(4));
    const { port1, port2 } = new MessageChannel();
    this.worker.postMessage({ url, init, signal, port: port2 }, [port2]);
    Atomics.wait(signal, 0, 0, 60_000);
    const message = receiveMessageOnPort(port1);
    port1.close();
    if (!message) return { failed: 'timeout' };
    return message.message;
  }

  /** Ends the worker (the runtime's owner calls it when done). */
  close(): Promise<number> | undefined {
    const w = this.worker;
    this.worker = undefined;
    return w?.terminate();
  }
}
