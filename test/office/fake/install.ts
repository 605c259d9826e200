// Installs fake `Excel` and `Office` globals. Both are office-addin-mock OfficeMockObjects whose
// mock data is extended with what the adapter needs and the library lacks: Excel.run runs
// batches against an in-memory workbook (ordered actions, null objects, payload limits,
// protection, edit mode); Office carries document settings, requirement sets and dialogs.
// The common API has no load/sync, which office-addin-mock models with its Outlook host mode.
import './manifestShim';
import { OfficeMockObject } from 'office-addin-mock';
import { FakeContext } from './context';
import { FakeWorkbook } from './model';
import { FakeRequestContext } from './workbook';

type Callback = (result: { status: string; value?: unknown; error?: unknown }) => void;

/**
 * Office keeps at most 2 MB of settings per add-in; a larger save fails
 * (learn.microsoft.com/office/dev/add-ins/develop/persisting-add-in-state-and-settings).
 */
export const SETTINGS_LIMIT_BYTES = 2 * 1024 * 1024;

const settingsBytes = (memory: Map<string, string>): number =>
  Buffer.byteLength(JSON.stringify([...memory]), 'utf8');

/** Document settings as persisted in the file; each runtime (pane, command) has its own view. */
export class FakeDocumentStore {
  persisted = new Map<string, string>();
  failNextSave = false;
  failNextRefresh = false;
  saves = 0;
  refreshes = 0;

  view() {
    let memory = new Map(this.persisted);
    const done = (callback: Callback, fail: boolean) =>
      callback(
        fail
          ? { status: 'failed', error: { code: 5001, message: 'fake failure' } }
          : { status: 'succeeded' },
      );
    return {
      get: (name: string): unknown => {
        const raw = memory.get(name);
        return raw === undefined ? null : (JSON.parse(raw) as unknown);
      },
      set: (name: string, value: unknown) => {
        memory.set(name, JSON.stringify(value));
      },
      remove: (name: string) => {
        memory.delete(name);
      },
      refreshAsync: (callback: Callback) => {
        this.refreshes += 1;
        const fail = this.failNextRefresh;
        this.failNextRefresh = false;
        if (!fail) memory = new Map(this.persisted);
        done(callback, fail);
      },
      saveAsync: (callback: Callback) => {
        this.saves += 1;
        const fail = this.failNextSave || settingsBytes(memory) > SETTINGS_LIMIT_BYTES;
        this.failNextSave = false;
        if (!fail) this.persisted = new Map(memory);
        done(callback, fail);
      },
    };
  }
}

export interface DialogCall {
  url: string;
  options: unknown;
  /** Simulates the dialog page calling messageParent. */
  message(text: string): void;
  closedByUser(): void;
  closed: boolean;
}

export interface FakeOffice {
  model: FakeWorkbook;
  store: FakeDocumentStore;
  dialogs: DialogCall[];
  associated: Map<string, (event: unknown) => unknown>;
  /** Excel.run calls made. */
  runs: number;
  uninstall(): void;
}

type Globals = { Excel?: unknown; Office?: unknown };

export function installFakeOffice(
  options: { excelApi?: number; displayLanguage?: string; dialogApi?: boolean } = {},
): FakeOffice {
  const model = new FakeWorkbook();
  if (options.excelApi !== undefined) model.excelApi = options.excelApi;
  const store = new FakeDocumentStore();
  const dialogs: DialogCall[] = [];
  const associated = new Map<string, (event: unknown) => unknown>();
  const fake: FakeOffice = {
    model,
    store,
    dialogs,
    associated,
    runs: 0,
    uninstall: () => {
      delete (globalThis as Globals).Excel;
      delete (globalThis as Globals).Office;
    },
  };

  const excel = new OfficeMockObject({
    run: async (batch: (context: FakeRequestContext) => Promise<unknown>) => {
      fake.runs += 1;
      const ctx = new FakeContext(model);
      const result = await batch(new FakeRequestContext(ctx));
      if (ctx.pending > 0) throw new Error('fake: actions queued after the last sync');
      return result;
    },
  });

  const displayDialogAsync = (url: string, dialogOptions: unknown, callback: Callback) => {
    const handlers = new Map<string, (arg: unknown) => void>();
    const call: DialogCall = {
      url,
      options: dialogOptions,
      closed: false,
      message: (text) =>
        handlers.get('dialogMessageReceived')?.({ message: text, origin: undefined }),
      closedByUser: () => {
        call.closed = true;
        handlers.get('dialogEventReceived')?.({ error: 12006 });
      },
    };
    dialogs.push(call);
    callback({
      status: 'succeeded',
      value: {
        addEventHandler: (type: string, handler: (arg: unknown) => void) =>
          handlers.set(type, handler),
        close: () => {
          call.closed = true;
        },
      },
    });
  };

  const office = new OfficeMockObject({
    host: 'outlook',
    context: {
      document: { settings: store.view() },
      requirements: {
        isSetSupported: (set: string, version?: string) => {
          const minor = Number((version ?? '1.1').split('.')[1] ?? '1');
          if (set === 'ExcelApi') return model.supports(minor);
          if (set === 'DialogApi') return options.dialogApi ?? true;
          return false;
        },
      },
      displayLanguage: options.displayLanguage ?? 'zh-CN',
      ui: { displayDialogAsync },
    },
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    EventType: {
      DialogMessageReceived: 'dialogMessageReceived',
      DialogEventReceived: 'dialogEventReceived',
    },
    actions: {
      associate: (id: string, handler: (event: unknown) => unknown) => associated.set(id, handler),
    },
    onReady: (callback?: (info: unknown) => void) => {
      const info = { host: 'Excel', platform: 'PC' };
      callback?.(info);
      return Promise.resolve(info);
    },
  });

  (globalThis as Globals).Excel = excel;
  (globalThis as Globals).Office = office;
  return fake;
}
