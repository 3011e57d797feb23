// Stand-in embedded charts: the chart builder and the charts a sheet holds, each with its type, ranges and options.
import type { FakeRange } from './range';

interface ChartState {
  id: number | null;
  kind: 'column' | 'bar' | 'line' | null;
  ranges: FakeRange[];
  options: Record<string, unknown>;
  numHeaders: number;
  position: { row: number; col: number; offsetX: number; offsetY: number } | null;
}

/** A built chart; what tests read back: `describe()` gives its type, ranges (with tab names) and options. */
export class FakeChart {
  readonly service = 'SpreadsheetApp';
  readonly type = 'EmbeddedChart';
  constructor(readonly state: ChartState) {}
  getChartId() { return this.state.id; }
  getRanges() { return [...this.state.ranges]; }
  getOptions() { return { get: (k: string) => this.state.options[k] ?? null }; }
  getNumHeaders() { return this.state.numHeaders; }
  getContainerInfo() {
    const p = this.state.position;
    return { getAnchorRow: () => p?.row ?? 1, getAnchorColumn: () => p?.col ?? 1 };
  }
  modify() {
    return new FakeChartBuilder({ ...this.state, ranges: [...this.state.ranges], options: { ...this.state.options } });
  }
  describe() {
    const { id, kind, options, position, numHeaders } = this.state;
    const ranges = this.state.ranges.map((r) => `'${r.getSheet().getName()}'!${r.getA1Notation()}`);
    return { id, kind, ranges, options, position, numHeaders };
  }
}

/** EmbeddedChartBuilder and its column/line forms in one: each setter records and returns the builder. */
export class FakeChartBuilder {
  readonly service = 'SpreadsheetApp';
  readonly type = 'EmbeddedChartBuilder';
  constructor(private readonly state: ChartState = {
    id: null, kind: null, ranges: [], options: {}, numHeaders: -1, position: null,
  }) {}
  private set(k: string, v: unknown) { this.state.options[k] = v; return this; }
  asColumnChart() { this.state.kind = 'column'; return this; }
  asLineChart() { this.state.kind = 'line'; return this; }
  asBarChart() { this.state.kind = 'bar'; return this; }
  addRange(r: FakeRange) { this.state.ranges.push(r); return this; }
  clearRanges() { this.state.ranges = []; return this; }
  setNumHeaders(n: number) { this.state.numHeaders = n; return this; }
  setTitle(t: string) { return this.set('title', t); }
  setColors(c: string[]) { return this.set('colors', [...c]); }
  setXAxisTitle(t: string) { return this.set('hAxis.title', t); }
  setYAxisTitle(t: string) { return this.set('vAxis.title', t); }
  setOption(k: string, v: unknown) { return this.set(k, v); }
  /** Rows as series (the round review's month rows); recorded as an option so tests can see it. */
  setTransposeRowsAndColumns(t: boolean) { return this.set('transposeRowsAndColumns', t); }
  setPosition(row: number, col: number, offsetX: number, offsetY: number) {
    this.state.position = { row, col, offsetX, offsetY };
    return this;
  }
  build() {
    if (!this.state.kind) throw new Error('Exception: a chart needs a type');
    if (!this.state.ranges.length) throw new Error('Exception: a chart needs at least one range');
    if (!this.state.position) throw new Error('Exception: a chart needs a position');
    return new FakeChart({ ...this.state, ranges: [...this.state.ranges], options: { ...this.state.options } });
  }
}
