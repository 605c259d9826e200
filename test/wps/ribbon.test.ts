// The WPS ribbon's callbacks: they return at once, never throw into WPS, and every outcome or
// failure reaches the user as a message worded for WPS 表格.
import { DEFAULT_SETTINGS, HostError } from '../../src/core';
import type { Outcome, WorkbookPort } from '../../src/core';
import { BUTTONS, createRibbon } from '../../src/wps/ribbon/callbacks';
import type { RibbonDeps } from '../../src/wps/ribbon/callbacks';
import { PANE_ID_KEY, paneUrl, showPane } from '../../src/wps/ribbon/paneWindow';
import { WpsWorkbook } from '../../src/wps/wpsWorkbook';
import { setup } from './fixtures';
import type { Setup } from './fixtures';

let s: Setup | null = null;
afterEach(() => s?.uninstall());

function deps(port: WorkbookPort, overrides: Partial<RibbonDeps> = {}) {
  const shown: Outcome[] = [];
  const all: RibbonDeps = {
    port,
    displayLocale: () => 'zh-CN',
    today: () => new Date(2026, 6, 10),
    notify: (outcome) => shown.push(outcome),
    openPane: () => undefined,
    ...overrides,
  };
  return { deps: all, shown };
}

/** Waits until `count` messages were shown. */
async function shownAfter(shown: Outcome[], count = 1): Promise<Outcome[]> {
  for (let i = 0; i < 200 && shown.length < count; i += 1) {
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  return shown;
}

const throwing = (error: unknown) => () => {
  throw error;
};

/** A port whose every method fails with `error`. */
function failingPort(error: unknown): WorkbookPort {
  const fail = () => Promise.reject(error);
  return {
    readSource: fail,
    writeMarks: fail,
    clearMarks: fail,
    selectCells: fail,
    loadSettings: fail,
    saveSettings: fail,
    takeLastNotice: fail,
  };
}

describe('ribbon callbacks', () => {
  it('一键核验 marks the sheet and reports the outcome', async () => {
    s = setup();
    const { deps: d, shown } = deps(new WpsWorkbook(() => (s as Setup).app));
    const ribbon = createRibbon(d);
    expect(ribbon.OnAction({ Id: BUTTONS.check })).toBe(true);
    const [outcome] = await shownAfter(shown);
    expect(outcome).toMatchObject({ tone: 'warning', title: '核验完成' });
    expect(outcome?.lines.join('\n')).toContain('状态已写在 G3:G8 列');
    expect(s.sheet.value(2, 6)).toBe('核验状态');
  });

  it('清除标记 removes the marks and says so', async () => {
    s = setup();
    const { deps: d, shown } = deps(new WpsWorkbook(() => (s as Setup).app));
    const ribbon = createRibbon(d);
    ribbon.OnAction({ Id: BUTTONS.check });
    await shownAfter(shown, 1);
    ribbon.OnAction({ Id: BUTTONS.clear });
    const [, cleared] = await shownAfter(shown, 2);
    expect(cleared).toMatchObject({ tone: 'success', title: '标记已清除' });
    expect(s.sheet.value(2, 6)).toBe('');
  });

  it('words failures for WPS 表格, not Excel', async () => {
    const { deps: d, shown } = deps(failingPort(new Error('COM failure')));
    createRibbon(d).OnAction({ Id: BUTTONS.check });
    const [outcome] = await shownAfter(shown);
    expect(outcome).toMatchObject({ tone: 'error', title: '核验未完成' });
    expect(outcome?.lines[0]).toBe('WPS 表格 报告了一个错误，操作未完成。请重试。');
  });

  it('says so when a second command is asked for while one runs', async () => {
    let release: () => void = () => undefined;
    const slow = failingPort(new HostError('no-data'));
    slow.loadSettings = () =>
      new Promise((resolve) => {
        release = () => resolve({ settings: DEFAULT_SETTINGS, invalid: [] });
      });
    const { deps: d, shown } = deps(slow);
    const ribbon = createRibbon(d);
    ribbon.OnAction({ Id: BUTTONS.check });
    ribbon.OnAction({ Id: BUTTONS.clear });
    expect(shown[0]?.lines[0]).toBe('指标助手正在处理上一项操作，请稍候再试。');
    release();
    const messages = await shownAfter(shown, 2);
    expect(messages[1]).toMatchObject({ tone: 'error' });
  });

  it.each([
    [
      'a port that throws synchronously',
      { port: { ...failingPort(null), loadSettings: throwing(new Error('sync')) } },
    ],
    ['a failing message box', { notify: throwing(new Error('no alert')) }],
    ['an unknown display language', { displayLocale: throwing(new Error('no LanguageSettings')) }],
    ['a pane that cannot open', { openPane: throwing(new Error('CreateTaskPane failed')) }],
  ])('never throws into WPS, with %s', async (_name, overrides) => {
    const { deps: d } = deps(failingPort(new Error('x')), overrides as Partial<RibbonDeps>);
    const ribbon = createRibbon(d);
    for (const Id of [...Object.values(BUTTONS), 'unknownButton']) {
      expect(() => ribbon.OnAction({ Id })).not.toThrow();
      expect(ribbon.OnAction({ Id })).toBe(true);
      expect(typeof ribbon.GetImage({ Id })).toBe('string');
      expect(ribbon.OnGetEnabled({ Id })).toBe(true);
    }
    expect(ribbon.OnAction()).toBe(true);
    expect(ribbon.GetImage()).toBe('images/icon.png');
    expect(ribbon.OnAddinLoad({})).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 20)); // let the commands settle
  });

  it('reports a pane that cannot open', () => {
    const { deps: d, shown } = deps(failingPort(null), {
      openPane: throwing(new Error('CreateTaskPane failed')),
    });
    createRibbon(d).OnAction({ Id: BUTTONS.pane });
    expect(shown[0]).toMatchObject({ tone: 'error', title: '无法打开指标助手任务窗格' });
  });

  it('gives each button its icon', () => {
    const ribbon = createRibbon(deps(failingPort(null)).deps);
    expect(ribbon.GetImage({ Id: BUTTONS.check })).toBe('images/check.png');
    expect(ribbon.GetImage({ Id: BUTTONS.pane })).toBe('images/icon.png');
    expect(ribbon.GetImage({ Id: BUTTONS.clear })).toBe('images/clear.png');
  });
});

describe('the task pane', () => {
  it('is created once, docked right and shown; the button shows the same pane again', () => {
    s = setup();
    const url = paneUrl(
      'file:///home/u/.local/share/Kingsoft/wps/jsaddons/IA_0.1.0/index.html?x#y',
    );
    expect(url).toBe('file:///home/u/.local/share/Kingsoft/wps/jsaddons/IA_0.1.0/taskpane.html');
    const pane = showPane(s.app, url, '指标助手');
    expect(pane).toMatchObject({ Visible: true, DockPosition: 2 });
    expect(s.app.taskPanes).toHaveLength(1);
    expect(s.app.taskPanes[0]).toMatchObject({ url, title: '指标助手' });
    pane.Visible = false; // the user closed it
    expect(showPane(s.app, url, '指标助手')).toBe(pane);
    expect(pane.Visible).toBe(true);
    expect(s.app.taskPanes).toHaveLength(1);
    expect(s.app.PluginStorage.getItem(PANE_ID_KEY)).toBe('1');
  });

  it('is made again when the kept one is gone', () => {
    s = setup();
    s.app.PluginStorage.setItem(PANE_ID_KEY, '7');
    showPane(s.app, 'http://127.0.0.1:3889/taskpane.html', '指标助手');
    expect(s.app.taskPanes).toHaveLength(1);
    expect(s.app.PluginStorage.getItem(PANE_ID_KEY)).toBe('1');
  });
});
