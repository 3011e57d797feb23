// Stand-in builders: data validations, conditional-format rules and text styles (value objects only).
import { canonicalFormula, type TextStyleData, type ValidationData } from './cells';
import type { FakeRange } from './range';

export class FakeTextStyle {
  readonly service = 'SpreadsheetApp';
  readonly type = 'TextStyle';
  constructor(readonly data: TextStyleData) {}
  isBold() { return this.data.bold ?? false; }
  isItalic() { return this.data.italic ?? false; }
  getFontSize() { return this.data.size ?? 10; }
}

export class FakeTextStyleBuilder {
  readonly service = 'SpreadsheetApp';
  readonly type = 'TextStyleBuilder';
  private data: TextStyleData = {};
  setBold(b: boolean) { this.data.bold = b; return this; }
  setItalic(b: boolean) { this.data.italic = b; return this; }
  setForegroundColor(c: string) { this.data.color = c; return this; }
  setFontSize(n: number) { this.data.size = n; return this; }
  build() { return new FakeTextStyle({ ...this.data }); }
}

export class FakeValidation {
  readonly service = 'SpreadsheetApp';
  readonly type = 'DataValidation';
  constructor(readonly data: ValidationData) {}
  getCriteriaType() { return this.data.criteria; }
  getCriteriaValues() { return [this.data.values, this.data.showDropdown]; }
  getAllowInvalid() { return this.data.allowInvalid; }
}

export class FakeValidationBuilder {
  readonly service = 'SpreadsheetApp';
  readonly type = 'DataValidationBuilder';
  private data: Partial<ValidationData> = { allowInvalid: true };
  requireValueInList(values: string[], showDropdown = true) {
    if (!Array.isArray(values) || values.some((v) => typeof v !== 'string')) throw new Error('Exception: requireValueInList takes a list of strings');
    Object.assign(this.data, { criteria: 'VALUE_IN_LIST', values: [...values], showDropdown });
    return this;
  }
  setAllowInvalid(allow: boolean) { this.data.allowInvalid = allow; return this; }
  build() {
    if (!this.data.criteria) throw new Error('Exception: a data validation needs criteria');
    return new FakeValidation({ ...(this.data as ValidationData) });
  }
}

export interface RuleData {
  formula: string;
  background?: string | null;
  fontColor?: string | null;
  bold?: boolean | null;
  ranges: FakeRange[];
}

export class FakeConditionalRule {
  readonly service = 'SpreadsheetApp';
  readonly type = 'ConditionalFormatRule';
  constructor(readonly data: RuleData) {}
  getRanges() { return [...this.data.ranges]; }
}

export class FakeConditionalRuleBuilder {
  readonly service = 'SpreadsheetApp';
  readonly type = 'ConditionalFormatRuleBuilder';
  private data: Partial<RuleData> = {};
  /** Sheets wants the formula with its leading '='. */
  whenFormulaSatisfied(f: string) {
    if (typeof f !== 'string' || !f.startsWith('=')) throw new Error(`Exception: a custom formula must start with '=' (got ${f})`);
    this.data.formula = canonicalFormula(f);
    return this;
  }
  setBackground(c: string | null) { this.data.background = c; return this; }
  setFontColor(c: string | null) { this.data.fontColor = c; return this; }
  setBold(b: boolean | null) { this.data.bold = b; return this; }
  setRanges(ranges: FakeRange[]) { this.data.ranges = [...ranges]; return this; }
  build() {
    if (!this.data.formula || !this.data.ranges?.length) throw new Error('Exception: a conditional format rule needs a condition and ranges');
    return new FakeConditionalRule({ ...(this.data as RuleData) });
  }
}
