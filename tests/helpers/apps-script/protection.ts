// Stand-in Protection (Sheet.protect()): what a script sets on it, for tests to read back; it blocks nothing.
import type { FakeSheet } from './sheet';

export class FakeProtection {
  readonly service = 'SpreadsheetApp';
  readonly type = 'Protection';
  warningOnly = false;
  description = '';
  constructor(private readonly sheet: FakeSheet) {}
  sheetName() { return this.sheet.name; }
  setWarningOnly(warningOnly: boolean) { this.warningOnly = warningOnly; return this; }
  isWarningOnly() { return this.warningOnly; }
  setDescription(description: string) { this.description = description; return this; }
  getDescription() { return this.description; }
  /** Like Sheets, removing the protection takes it off its sheet. */
  remove() { this.sheet.protections = this.sheet.protections.filter((p) => p !== this); }
}
