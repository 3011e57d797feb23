// The shape of one `npm run bench` section: each file measures in its own way and prints one table.

/** One printed table. Sections run in order; each measures in its own way. */
export interface BenchSection {
  title: string;
  run(): Promise<{ columns: string[]; rows: string[][]; notes?: string[] }>;
}
