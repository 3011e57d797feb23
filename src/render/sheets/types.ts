// The slice of SpreadsheetApp the Sheets renderer uses, so the add-on can pass the real one or a stand-in.
export type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
export type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
export type Range = GoogleAppsScript.Spreadsheet.Range;
export type TextStyle = GoogleAppsScript.Spreadsheet.TextStyle;
export type DataValidation = GoogleAppsScript.Spreadsheet.DataValidation;

/** Builders make value objects only; they never touch the document (SpreadsheetApp satisfies this). */
export interface SheetsBuilders {
  newDataValidation(): GoogleAppsScript.Spreadsheet.DataValidationBuilder;
  newConditionalFormatRule(): GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder;
  newTextStyle(): GoogleAppsScript.Spreadsheet.TextStyleBuilder;
}
