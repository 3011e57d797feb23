// Stand-in developer metadata: a key and value on the spreadsheet or on one sheet, and the finder that lists them.
import type { FakeSheet } from './sheet';

export class FakeMetadata {
  readonly service = 'SpreadsheetApp';
  readonly type = 'DeveloperMetadata';
  constructor(readonly id: number, readonly key: string, public value: string | null, public sheet: FakeSheet | null, readonly visibility: string) {}
  sheetName() { return this.sheet?.name; }
  getId() { return this.id; }
  getKey() { return this.key; }
  getValue() { return this.value; }
  getVisibility() { return this.visibility; }
  setValue(v: string) { if (String(v).length > 30_000) throw new Error('Exception: developer metadata value too long'); this.value = String(v); return this; }
  remove() { this.sheet?.spreadsheet.removeMetadata(this); }
  getLocation() { return new FakeMetadataLocation(this); }
}

export class FakeMetadataLocation {
  readonly service = 'SpreadsheetApp';
  readonly type = 'DeveloperMetadataLocation';
  constructor(private md: FakeMetadata) {}
  sheetName() { return this.md.sheet?.name; }
  getLocationType() { return this.md.sheet ? 'SHEET' : 'SPREADSHEET'; }
  getSheet() { return this.md.sheet; }
}

export class FakeMetadataFinder {
  readonly service = 'SpreadsheetApp';
  readonly type = 'DeveloperMetadataFinder';
  private key?: string;
  constructor(private all: () => FakeMetadata[]) {}
  withKey(k: string) { this.key = k; return this; }
  find() { return this.all().filter((m) => this.key === undefined || m.key === this.key); }
}
