// Stand-in for ScriptApp's triggers: the builder, the user's triggers of the project, deleting, and firing one.

/** The user's installable triggers of the script: shared by every runtime (execution) of the same user. */
export class FakeTriggerStore {
  readonly triggers: FakeTrigger[] = [];
  private next = 1;
  newId() { return String(7_000_000 + this.next++); }
}

type Schedule = { everyDays?: number; everyHours?: number; atHour?: number };

export class FakeTrigger {
  readonly service = 'ScriptApp';
  readonly type = 'Trigger';
  constructor(readonly id: string, readonly handler: string, readonly schedule: Schedule) {}
  getUniqueId() { return this.id; }
  getHandlerFunction() { return this.handler; }
  getEventType() { return 'CLOCK'; }
  getTriggerSource() { return 'CLOCK'; }
}

export class FakeClockTriggerBuilder {
  readonly service = 'ScriptApp';
  readonly type = 'ClockTriggerBuilder';
  private schedule: Schedule = {};
  constructor(private store: FakeTriggerStore, private handler: string, private addon: boolean) {}
  everyDays(n: number) { this.schedule.everyDays = n; return this; }
  everyHours(n: number) { this.schedule.everyHours = n; return this; }
  everyMinutes(_n: number) {
    // Add-ons may run a time-driven trigger once an hour at most.
    if (this.addon) {
      throw new Error('Exception: Add-ons may not create time-based triggers that run more often than once an hour.');
    }
    return this;
  }
  atHour(h: number) {
    if (!Number.isInteger(h) || h < 0 || h > 23) throw new Error(`Exception: Invalid argument: hour ${h}`);
    this.schedule.atHour = h;
    return this;
  }
  create() {
    if (!this.schedule.everyDays && !this.schedule.everyHours) {
      throw new Error('Exception: The trigger needs a schedule.');
    }
    if (this.store.triggers.length >= 20) {
      throw new Error('Exception: This script has too many triggers. '
        + 'Triggers must be deleted from the script before more can be added.');
    }
    const trigger = new FakeTrigger(this.store.newId(), this.handler, { ...this.schedule });
    this.store.triggers.push(trigger);
    return trigger;
  }
}

export class FakeTriggerBuilder {
  readonly service = 'ScriptApp';
  readonly type = 'TriggerBuilder';
  constructor(private store: FakeTriggerStore, private handler: string, private addon: boolean) {}
  timeBased() { return new FakeClockTriggerBuilder(this.store, this.handler, this.addon); }
}

export class FakeScriptApp {
  readonly service = 'ScriptApp';
  readonly type = 'ScriptApp';
  readonly EventType = { CLOCK: 'CLOCK', ON_OPEN: 'ON_OPEN', ON_EDIT: 'ON_EDIT' };
  readonly TriggerSource = { CLOCK: 'CLOCK', SPREADSHEETS: 'SPREADSHEETS' };
  constructor(private store: FakeTriggerStore, private addon = false) {}
  newTrigger(handler: string) {
    if (typeof handler !== 'string' || !handler) throw new Error('Exception: newTrigger takes a function name');
    return new FakeTriggerBuilder(this.store, handler, this.addon);
  }
  /** The current user's triggers of this project (other users' stay invisible, as in Apps Script). */
  getProjectTriggers() { return [...this.store.triggers]; }
  getUserTriggers(_document: unknown) { return [...this.store.triggers]; }
  deleteTrigger(trigger: FakeTrigger) {
    const i = this.store.triggers.findIndex((t) => t.id === trigger?.id);
    if (i < 0) throw new Error('Exception: No trigger with that ID exists.');
    this.store.triggers.splice(i, 1);
  }
}
