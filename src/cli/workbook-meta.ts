// The workbook's meta rows live in the core (src/core/workbook-meta.ts), shared with the add-on's download.
export * from '../core/workbook-meta';
