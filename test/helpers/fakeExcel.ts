import { OfficeMockObject } from 'office-addin-mock';
import { DateSystem, isoDateToSerial } from '../../src/domain/dates/excelSerial';
import { isoDate } from '../../src/domain/dates/isoDate';
import { Cell } from '../../src/domain/raw';
import { parseRange } from '../../src/sheets/a1';

/**
 * A small Excel behind office-addin-mock objects, for the Office.js adapter's tests.
 *
 * Every object the adapter reaches (workbook, worksheets, ranges, formats, charts) is an
 * OfficeMockObject, so properties read without load() + sync() give the mock's "not loaded"
 * errors, as in Excel. A Proxy records what the adapter queues — property sets, method calls,
 * loads — and `sync()` applies the queue to an in-memory workbook in order, like Excel does.
 * Each sync's request is measured by serialising its queued operations to JSON (plus a fixed
 * cost per operation for Office.js's object-path envelope); the response by serialising
 * what its loads return.
 *
 * Values are stored as Excel would store typed input: a string that looks like a number,
 * a date or a boolean is converted unless it starts with an apostrophe, "=…" is a formula.
 */

export type Stored = string | number | boolean | { formula: string };

export interface Setting {
  /** 'sheet', 'range:B2:C9', 'chart:0', 'chart:0/series:1' */
  target: string;
  /** e.g. 'format.font.bold', 'dataValidation.rule', 'title.text' */
  path: string;
  value: unknown;
}

export interface Call {
  target: string;
  path: string;
  args: unknown[];
}

export interface FakeSheet {
  id: number;
  name: string;
  cells: Map<string, Stored>;
  merges: string[];
  settings: Setting[];
  calls: Call[];
}

export interface SyncRecord {
  requestBytes: number;
  responseBytes: number;
  operations: number;
}

export interface SheetInput {
  name: string;
  rows: Cell[][];
  /** Merged areas, A1 ranges. */
  merges?: string[];
}

/** Office.js's envelope per queued action (object path id, action type, names): ~120 bytes. */
const ENVELOPE_BYTES = 120;

interface Owner {
  sheetId: number | null;
  target: string;
}

interface Op {
  owner: Owner;
  path: string;
  kind: 'set' | 'call' | 'load';
  value?: unknown;
  args?: unknown[];
  apply?: () => void;
}

export class FakeOfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'RichApi.Error';
  }
}

const encoder = new TextEncoder();
const byteSize = (value: unknown) => encoder.encode(JSON.stringify(value) ?? '').length;
const key = (row: number, col: number) => `${row},${col}`;
const clone = <T>(value: T): T => (value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T));

export class FakeExcel {
  sheets: FakeSheet[] = [];
  syncs: SyncRecord[] = [];
  selected: { sheet: string; address: string } | null = null;
  active: string | null = null;
  /** Thrown at the next sync instead of applying it (a host refusing a batch). */
  failNextSync: FakeOfficeError | null = null;
  /** The workbook's date system: what the worksheet function DATE answers in (stored cells are as given). */
  dateSystem: DateSystem = 1900;

  private nextId = 1;
  private queue: Op[] = [];
  private loads: (() => number)[] = [];

  constructor(input: readonly SheetInput[] = []) {
    for (const sheet of input) {
      const fake = this.createSheet(sheet.name);
      sheet.rows.forEach((row, r) => row.forEach((value, c) => value !== null && value !== '' && fake.cells.set(key(r + 1, c + 1), value)));
      fake.merges.push(...(sheet.merges ?? []));
    }
  }

  /** Stands in for Excel.run: a fresh request context; what is still queued at the end is synced. */
  run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    const result = await batch(this.context() as unknown as Excel.RequestContext);
    if (this.queue.length > 0 || this.loads.length > 0) await this.sync();
    return result;
  };

  get syncCount(): number {
    return this.syncs.length;
  }

  get largestRequest(): number {
    return Math.max(0, ...this.syncs.map((s) => s.requestBytes));
  }

  get largestResponse(): number {
    return Math.max(0, ...this.syncs.map((s) => s.responseBytes));
  }

  sheet(name: string): FakeSheet {
    const found = this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
    if (!found) throw new Error(`No sheet "${name}" in the fake workbook (has: ${this.sheets.map((s) => s.name).join(', ')})`);
    return found;
  }

  /** The value a cell shows: formulas evaluated for the few the adapter writes. */
  value(sheet: string, address: string): string | number | boolean | null {
    const { top, left } = parseRange(address);
    return shown(this.sheet(sheet).cells.get(key(top, left)));
  }

  /** The shown values from A1 to the last used cell, rows trimmed of trailing blanks. */
  grid(sheet: string): (string | number | boolean | null)[][] {
    const cells = this.sheet(sheet).cells;
    let rows = 0;
    let cols = 0;
    for (const k of cells.keys()) {
      const [r, c] = k.split(',').map(Number);
      rows = Math.max(rows, r);
      cols = Math.max(cols, c);
    }
    const grid: (string | number | boolean | null)[][] = [];
    for (let r = 1; r <= rows; r++) {
      const row: (string | number | boolean | null)[] = [];
      for (let c = 1; c <= cols; c++) row.push(shown(cells.get(key(r, c))));
      while (row.length > 0 && row[row.length - 1] === null) row.pop();
      grid.push(row);
    }
    return grid;
  }

  /** The last value set on `path` of `target` (e.g. 'range:A6:F6', 'format.fill.color'). */
  setting(sheet: string, target: string, path: string): unknown {
    const found = this.sheet(sheet).settings.filter((s) => s.target === target && s.path === path);
    return found.length ? found[found.length - 1].value : undefined;
  }

  settings(sheet: string, filter: (s: Setting) => boolean = () => true): Setting[] {
    return this.sheet(sheet).settings.filter(filter);
  }

  calls(sheet: string, path?: string): Call[] {
    return this.sheet(sheet).calls.filter((c) => path === undefined || c.path === path);
  }

  /** The queue of one sync: measured, applied in order, then loads answered. */
  async sync(): Promise<void> {
    const ops = this.queue;
    const loads = this.loads;
    this.queue = [];
    this.loads = [];
    const requestBytes = ops.reduce((sum, op) => sum + ENVELOPE_BYTES + byteSize({ t: op.owner.target, p: op.path, v: op.value, a: op.args }), 0);
    if (this.failNextSync) {
      const error = this.failNextSync;
      this.failNextSync = null;
      throw error;
    }
    for (const op of ops) this.applyOp(op);
    let responseBytes = 0;
    for (const answer of loads) responseBytes += answer();
    // office-addin-mock finishes copying loaded values in promise callbacks.
    await new Promise((resolve) => setImmediate(resolve));
    this.syncs.push({ requestBytes, responseBytes, operations: ops.length });
  }

  private createSheet(name: string, id = this.nextId++): FakeSheet {
    if (this.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) throw new FakeOfficeError('ItemAlreadyExists', `A sheet named ${name} exists`);
    const sheet: FakeSheet = { id, name, cells: new Map(), merges: [], settings: [], calls: [] };
    this.sheets.push(sheet);
    return sheet;
  }

  private byId(id: number | null): FakeSheet {
    const sheet = this.sheets.find((s) => s.id === id);
    if (!sheet) throw new FakeOfficeError('ItemNotFound', `Sheet ${id} no longer exists`);
    return sheet;
  }

  private applyOp(op: Op): void {
    if (op.apply) return op.apply();
    if (op.kind === 'load') return;
    const sheet = this.byId(op.owner.sheetId);
    if (op.kind === 'set' && op.path === 'values' && op.owner.target.startsWith('range:')) return this.writeValues(sheet, op.owner.target.slice(6), op.value as unknown[][]);
    if (op.kind === 'set' && op.owner.target === 'sheet' && op.path === 'name') {
      if (this.sheets.some((s) => s !== sheet && s.name.toLowerCase() === String(op.value).toLowerCase())) throw new FakeOfficeError('ItemAlreadyExists', `A sheet named ${String(op.value)} exists`);
      sheet.name = String(op.value);
      return;
    }
    if (op.kind === 'set' && op.owner.target === 'sheet' && op.path === 'position') {
      this.sheets.splice(this.sheets.indexOf(sheet), 1);
      this.sheets.splice(Number(op.value), 0, sheet);
      return;
    }
    if (op.kind === 'set') sheet.settings.push({ target: op.owner.target, path: op.path, value: op.value });
    else sheet.calls.push({ target: op.owner.target, path: op.path, args: op.args ?? [] });
  }

  private writeValues(sheet: FakeSheet, address: string, values: unknown[][]): void {
    const { top, left, bottom, right } = parseRange(address);
    if (values.length !== bottom - top + 1 || values.some((row) => row.length !== right - left + 1)) {
      throw new FakeOfficeError('InvalidArgument', `values of ${values.length} rows do not fit ${address}`);
    }
    values.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value === null) return; // null leaves the cell as it is
        const stored = typed(value as string | number | boolean);
        if (stored === '') sheet.cells.delete(key(top + r, left + c));
        else sheet.cells.set(key(top + r, left + c), stored);
      }),
    );
  }

  private enqueue(owner: Owner, path: string, kind: Op['kind'], extra: Partial<Op> = {}): void {
    this.queue.push({ owner, path, kind, ...extra });
  }

  /** Wraps a mock so that sets are queued as operations and load() is answered at sync. */
  private wrap<T>(mock: OfficeMockObject, owner: Owner, path: string, answer?: (props: string[]) => Record<string, unknown>): T {
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const fake = this;
    return new Proxy(mock, {
      get(target, prop) {
        if (prop === 'load') {
          return (props?: string | string[]) => {
            const names = (Array.isArray(props) ? props : String(props ?? '').split(',')).map((p) => p.trim()).filter(Boolean);
            if (!answer) throw new Error(`fake: load(${names.join(',')}) on ${owner.target}.${path} is not modelled`);
            const placeholders = Object.fromEntries(names.map((n) => [n, undefined]));
            populate(target, placeholders);
            target.load(names);
            fake.enqueue(owner, `${path}.load`, 'load', { args: names });
            fake.loads.push(() => {
              const data = answer(names);
              populate(target, data);
              target.load(names);
              void target.sync();
              return byteSize(data);
            });
            return target;
          };
        }
        const value = Reflect.get(target, prop);
        if (value instanceof OfficeMockObject) return fake.wrap(value, owner, path ? `${path}.${String(prop)}` : String(prop));
        return value;
      },
      set(target, prop, value) {
        fake.enqueue(owner, path ? `${path}.${String(prop)}` : String(prop), 'set', { value: clone(value) });
        return Reflect.set(target, prop, value);
      },
    }) as T;
  }

  private call(owner: Owner, path: string, args: unknown[], apply?: () => void): void {
    this.enqueue(owner, path, 'call', { args: clone(args), ...(apply ? { apply } : {}) });
  }

  private context(): unknown {
    const mock = new OfficeMockObject({ workbook: { worksheets: this.worksheetsData() } });
    return new Proxy(mock, {
      get: (target, prop) => {
        if (prop === 'sync') return () => this.sync();
        if (prop === 'workbook') return new Proxy(target.workbook as OfficeMockObject, {
          get: (wb, p) => (p === 'worksheets' ? this.worksheets(wb.worksheets as OfficeMockObject) : p === 'functions' ? this.functions() : Reflect.get(wb, p)),
        });
        return Reflect.get(target, prop);
      },
    });
  }

  /** context.workbook.functions: DATE only, answering in the workbook's date system at sync. */
  private functions(): unknown {
    const owner: Owner = { sheetId: null, target: 'functions' };
    return {
      date: (year: number, month: number, day: number) => {
        this.call(owner, 'date', [year, month, day], () => undefined);
        return this.wrap(new OfficeMockObject({}), owner, 'date', (props) => {
          const iso = isoDate(year, month, day);
          const data: Record<string, unknown> = iso ? { value: isoDateToSerial(iso, this.dateSystem), error: null } : { value: null, error: '#NUM!' };
          return Object.fromEntries(props.map((p) => [p, data[p]]));
        });
      },
    };
  }

  private worksheetsData(): object {
    return {
      getItem: (name: string) => {
        this.call({ sheetId: null, target: 'worksheets' }, 'getItem', [name], () => {
          if (!this.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) throw new FakeOfficeError('ItemNotFound', `No sheet named ${name}`);
        });
        return this.sheetProxy(this.resolve(name));
      },
      add: (name: string) => {
        const id = this.nextId++;
        this.call({ sheetId: null, target: 'worksheets' }, 'add', [name], () => this.createSheet(name, id));
        return this.sheetProxy(id);
      },
    };
  }

  private worksheets(mock: OfficeMockObject): unknown {
    const owner: Owner = { sheetId: null, target: 'worksheets' };
    return new Proxy(mock, {
      get: (target, prop) => {
        if (prop === 'load') {
          return (props: string) => {
            this.enqueue(owner, 'load', 'load', { args: [props] });
            const wanted = props.split(',').map((p) => p.trim().replace(/^items\//, ''));
            this.loads.push(() => {
              const items = this.sheets.map((s, position) => {
                const data = { name: s.name, position };
                const { proxy, mock } = this.makeSheet(s.id);
                populate(mock, data);
                mock.load(wanted);
                void mock.sync();
                return proxy;
              });
              Reflect.set(target, 'items', items);
              return byteSize(items.map((_, i) => ({ name: this.sheets[i].name, position: i })));
            });
            return target;
          };
        }
        return Reflect.get(target, prop);
      },
    });
  }

  /** A name as Excel resolves it (case-insensitive), including sheets added earlier in the batch. */
  private resolve(name: string): number {
    const found = this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
    if (found) return found.id;
    const added = this.queue.find((op) => op.path === 'add' && String(op.args?.[0]).toLowerCase() === name.toLowerCase());
    if (added) return -1; // not modelled: the adapter never looks up a sheet it added in the same batch
    return -2; // fails at sync with ItemNotFound, as in Excel
  }

  private sheetProxy(id: number): unknown {
    return this.makeSheet(id).proxy;
  }

  private makeSheet(id: number): { proxy: unknown; mock: OfficeMockObject } {
    const owner: Owner = { sheetId: id, target: 'sheet' };
    const mock = new OfficeMockObject({
      getRange: (address: string) => this.rangeProxy(id, address),
      getUsedRangeOrNullObject: () => this.usedRangeProxy(id),
      delete: () =>
        this.call(owner, 'delete', [], () => {
          const sheet = this.byId(id);
          if (this.sheets.length === 1) throw new FakeOfficeError('InvalidOperation', 'A workbook must keep one sheet');
          this.sheets.splice(this.sheets.indexOf(sheet), 1);
        }),
      activate: () => this.call(owner, 'activate', [], () => (this.active = this.byId(id).name)),
      freezePanes: {
        freezeRows: (n: number) => this.call(owner, 'freezePanes.freezeRows', [n]),
        freezeColumns: (n: number) => this.call(owner, 'freezePanes.freezeColumns', [n]),
        freezeAt: (range: { __address?: string }) => this.call(owner, 'freezePanes.freezeAt', [range.__address]),
      },
      autoFilter: { apply: (range: { __address?: string }) => this.call(owner, 'autoFilter.apply', [range.__address]) },
      charts: { add: (type: string, source: { __address?: string }, seriesBy: string) => this.chartProxy(id, type, source.__address ?? '', seriesBy) },
      pageLayout: {
        setPrintTitleRows: (rows: string) => this.call(owner, 'pageLayout.setPrintTitleRows', [rows]),
        setPrintTitleColumns: (columns: string) => this.call(owner, 'pageLayout.setPrintTitleColumns', [columns]),
        setPrintArea: (area: string) => this.call(owner, 'pageLayout.setPrintArea', [area]),
      },
      horizontalPageBreaks: { add: (range: string) => this.call(owner, 'horizontalPageBreaks.add', [range]) },
      verticalPageBreaks: { add: (range: string) => this.call(owner, 'verticalPageBreaks.add', [range]) },
    });
    const proxy = this.wrap<object>(mock, owner, '', (props) => {
      const sheet = this.byId(id);
      return Object.fromEntries(props.map((p) => [p, p === 'name' ? sheet.name : p === 'position' ? this.sheets.indexOf(sheet) : null]));
    });
    return { proxy, mock };
  }

  private rangeProxy(sheetId: number, address: string): unknown {
    const owner: Owner = { sheetId, target: `range:${address}` };
    this.call(owner, 'getRange', [address], () => undefined);
    const mock = new OfficeMockObject({
      format: {
        font: {},
        fill: {},
        borders: { getItem: (edge: string) => this.wrap(new OfficeMockObject({}), owner, `format.borders.${edge}`) },
      },
      dataValidation: {},
      conditionalFormats: {
        add: (type: string) => {
          const index = this.sheetCalls(sheetId, 'conditionalFormats.add');
          const cfOwner: Owner = { sheetId, target: `cf:${index}:${address}` };
          this.call(owner, 'conditionalFormats.add', [type]);
          return this.wrap(new OfficeMockObject({ cellValue: { format: { fill: {}, font: {} } } }), cfOwner, '');
        },
      },
      merge: (across: boolean) => this.call(owner, 'merge', [across], () => this.byId(sheetId).merges.push(address)),
      select: () => this.call(owner, 'select', [], () => (this.selected = { sheet: this.byId(sheetId).name, address })),
      getMergedAreasOrNullObject: () => {
        const areasOwner: Owner = { sheetId, target: `mergedAreas:${address}` };
        this.call(owner, 'getMergedAreasOrNullObject', []);
        return this.wrap(new OfficeMockObject({}), areasOwner, '', () => {
          const sheet = this.byId(sheetId);
          const quoted = `'${sheet.name.replace(/'/g, "''")}'`;
          return sheet.merges.length ? { isNullObject: false, address: sheet.merges.map((m) => `${quoted}!${m}`).join(', ') } : { isNullObject: true, address: null };
        });
      },
    });
    Object.defineProperty(mock, '__address', { value: address });
    return this.wrap(mock, owner, '', (props) => {
      const sheet = this.byId(sheetId);
      const { top, left, bottom, right } = parseRange(address);
      const data: Record<string, unknown> = {};
      for (const p of props) {
        if (p === 'values') data.values = rectangle(sheet, top, left, bottom, right);
        else if (p === 'address') data.address = `${sheet.name}!${address}`;
        else throw new Error(`fake: range property ${p} is not modelled`);
      }
      return data;
    });
  }

  private sheetCalls(sheetId: number, path: string): number {
    return this.queue.filter((op) => op.owner.sheetId === sheetId && op.path === path).length + (this.sheets.find((s) => s.id === sheetId)?.calls.filter((c) => c.path === path).length ?? 0);
  }

  private usedRangeProxy(sheetId: number): unknown {
    const owner: Owner = { sheetId, target: 'usedRange' };
    this.call(owner, 'getUsedRangeOrNullObject', [true]);
    return this.wrap(new OfficeMockObject({}), owner, '', (props) => {
      const sheet = this.byId(sheetId);
      const bounds = usedBounds(sheet);
      const data: Record<string, unknown> = bounds
        ? { isNullObject: false, rowIndex: bounds.top - 1, columnIndex: bounds.left - 1, rowCount: bounds.bottom - bounds.top + 1, columnCount: bounds.right - bounds.left + 1 }
        : { isNullObject: true, rowIndex: null, columnIndex: null, rowCount: null, columnCount: null };
      return Object.fromEntries(props.map((p) => [p, data[p]]));
    });
  }

  private chartProxy(sheetId: number, type: string, source: string, seriesBy: string): unknown {
    const index = this.sheetCalls(sheetId, 'charts.add');
    const owner: Owner = { sheetId, target: `chart:${index}` };
    this.call({ sheetId, target: 'sheet' }, 'charts.add', [type, source, seriesBy]);
    let added = 0;
    const series = (k: number) => {
      const seriesOwner: Owner = { sheetId, target: `chart:${index}/series:${k}` };
      const address = (range: { __address?: string }) => range.__address;
      return this.wrap(
        new OfficeMockObject({
          format: { fill: { setSolidColor: (color: string) => this.call(seriesOwner, 'format.fill.setSolidColor', [color]) }, line: {} },
          setValues: (range: { __address?: string }) => this.call(seriesOwner, 'setValues', [address(range)]),
          setXAxisValues: (range: { __address?: string }) => this.call(seriesOwner, 'setXAxisValues', [address(range)]),
        }),
        seriesOwner,
        '',
      );
    };
    return this.wrap(
      new OfficeMockObject({
        title: {},
        legend: {},
        axes: { valueAxis: { title: {} } },
        series: {
          getItemAt: (k: number) => series(k),
          add: (name: string) => {
            added++;
            this.call(owner, 'series.add', [name]);
            return series(added);
          },
        },
        setPosition: (from: string, to: string) => this.call(owner, 'setPosition', [from, to]),
      }),
      owner,
      '',
    );
  }
}

/** Sets scalar properties of a mock as not yet loaded (office-addin-mock's own populate). */
function populate(mock: OfficeMockObject, data: Record<string, unknown>): void {
  const scalars = Object.fromEntries(Object.entries(data).map(([k, v]) => [k, v === null ? undefined : v]));
  (mock as unknown as { populate(data: object): void }).populate(scalars);
}

/** What Excel stores for a typed value (Range.values setter). */
function typed(value: string | number | boolean): Stored {
  if (typeof value !== 'string') return value;
  if (value.startsWith("'")) return value.slice(1);
  if (value.startsWith('=')) return { formula: value };
  const trimmed = value.trim();
  if (/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?%?$/i.test(trimmed)) return Number(trimmed.replace('%', '')) / (trimmed.endsWith('%') ? 100 : 1);
  if (/^\d{1,4}[-/.]\d{1,2}([-/.]\d{1,4})?$/.test(trimmed)) return { formula: `(date typed as ${trimmed})` };
  if (/^(true|false)$/i.test(trimmed)) return trimmed.toLowerCase() === 'true';
  return value;
}

/** The value a cell shows; the few formulas the adapter writes are evaluated. */
function shown(stored: Stored | undefined): string | number | boolean | null {
  if (stored === undefined) return null;
  if (typeof stored !== 'object') return stored;
  const link = /^=HYPERLINK\("(?:[^"]|"")*","((?:[^"]|"")*)"\)$/.exec(stored.formula);
  if (link) return link[1].replace(/""/g, '"');
  const error = /^=(#[A-Z0-9/!?]+)$/.exec(stored.formula);
  if (error) return error[1];
  return stored.formula;
}

function rectangle(sheet: FakeSheet, top: number, left: number, bottom: number, right: number): (string | number | boolean)[][] {
  const rows: (string | number | boolean)[][] = [];
  for (let r = top; r <= bottom; r++) {
    const row: (string | number | boolean)[] = [];
    for (let c = left; c <= right; c++) row.push(shown(sheet.cells.get(key(r, c))) ?? '');
    rows.push(row);
  }
  return rows;
}

function usedBounds(sheet: FakeSheet): { top: number; left: number; bottom: number; right: number } | null {
  if (sheet.cells.size === 0) return null;
  let top = Infinity;
  let left = Infinity;
  let bottom = 0;
  let right = 0;
  for (const k of sheet.cells.keys()) {
    const [r, c] = k.split(',').map(Number);
    top = Math.min(top, r);
    left = Math.min(left, c);
    bottom = Math.max(bottom, r);
    right = Math.max(right, c);
  }
  return { top, left, bottom, right };
}
