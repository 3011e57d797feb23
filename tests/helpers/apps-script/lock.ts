// Stand-in LockService: one document lock per spreadsheet, shared by every runtime (execution) on that spreadsheet.

/** Who holds each document's lock: the runtime (one script execution) that took it. */
const holders = new WeakMap<object, object>();

export class FakeLock {
  readonly service = 'LockService';
  readonly type = 'Lock';
  /** Milliseconds each tryLock was willing to wait, in order (nothing actually waits: the stand-in is synchronous). */
  readonly waits: number[] = [];
  constructor(private document: object, private execution: object) {}
  tryLock(ms: number) {
    this.waits.push(ms);
    const holder = holders.get(this.document);
    // Another execution holds it for the whole wait: Apps Script gives up and answers false.
    if (holder && holder !== this.execution) return false;
    holders.set(this.document, this.execution);
    return true;
  }
  waitLock(ms: number) {
    if (!this.tryLock(ms)) {
      throw new Error('Exception: Lock timeout: another process was holding the lock for too long.');
    }
  }
  hasLock() { return holders.get(this.document) === this.execution; }
  releaseLock() { if (this.hasLock()) holders.delete(this.document); }
}

export class FakeLockService {
  readonly service = 'LockService';
  readonly type = 'LockService';
  constructor(private document: object, private execution: object) {}
  getDocumentLock() { return new FakeLock(this.document, this.execution); }
  getScriptLock() { return new FakeLock(this, this.execution); }
  getUserLock() { return new FakeLock(this, this.execution); }
}
