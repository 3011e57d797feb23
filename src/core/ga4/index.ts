// The GA4 import's public face for the CLI, the add-on and the workbook build.
export type * from './api-types';
export type * from './types';
export { buildGa4Requests, monthRange, BATCH_SIZE, type Ga4Plan, type Ga4PlannedReport, type Ga4ReportKind } from './requests';
export { fetchAllPages, fetchAllPagesSync, type Ga4Fetched } from './paging';
export { parseGa4Month } from './parse';
export { runGa4Month, runGa4MonthSync, normalizeProperty, type Ga4RunOptions } from './run';
export { ga4Actuals, ga4MissingActuals } from './actuals';
export { buildGa4Sheet, type Ga4SheetContext } from './sheet';
export { parseGa4Csv } from './csv-import';
export { isAdditive, parseMetricValue, MAX_LIMIT } from './metrics';
