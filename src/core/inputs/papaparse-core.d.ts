// The slice of papaparse the core uses, typed without @types/papaparse (which drags in Node's types).
declare module 'papaparse/papaparse.js' {
  interface ParseError {
    type: string;
    code: string;
    message: string;
    row?: number;
    index?: number;
  }
  interface StepResult<T> {
    data: T;
    errors: ParseError[];
    meta: { delimiter: string; linebreak: string; cursor: number };
  }
  interface ParseConfig<T> {
    delimiter?: string;
    skipEmptyLines?: boolean | 'greedy';
    step?(result: StepResult<T>): void;
  }
  const Papa: { parse<T>(text: string, config: ParseConfig<T>): void };
  export default Papa;
}
