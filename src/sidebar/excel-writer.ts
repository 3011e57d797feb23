// The entry of dist/ExcelWriter.html: exceljs and the buffer renderer, which the sidebar loads on the first download.
import { renderWorkbookToBuffer } from '../render/excel/render-buffer';
import { WRITER_GLOBAL, type ExcelWriter } from './writer-contract';

const writer: ExcelWriter = { render: renderWorkbookToBuffer };
(globalThis as unknown as Record<string, ExcelWriter>)[WRITER_GLOBAL] = writer;
