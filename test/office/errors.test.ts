import { HostError, hostErrorMessage } from '../../src/core';
import type { HostErrorCode } from '../../src/core';
import { toHostError } from '../../src/office';
import { installFakeOffice } from './fake/install';

const richApi = (code: string) => Object.assign(new Error(code), { code, debugInfo: {} });

describe('Office errors become HostErrors', () => {
  const office = installFakeOffice();
  afterAll(() => office.uninstall());

  it.each<[string, HostErrorCode]>([
    ['InvalidOperationInCellEditMode', 'edit-mode'],
    ['AccessDenied', 'sheet-protected'],
    ['RequestPayloadSizeLimitExceeded', 'payload-too-large'],
    ['ResponsePayloadSizeLimitExceeded', 'payload-too-large'],
    ['RangeExceedsLimit', 'payload-too-large'],
    ['OperationCellsExceedLimit', 'payload-too-large'],
    ['ActivityLimitReached', 'host-busy'],
    ['MemoryLimitReached', 'host-busy'],
    ['TimeoutReached', 'host-busy'],
    ['ServiceNotAvailable', 'host-busy'],
    ['Conflict', 'host-busy'],
    ['MergedRangeConflict', 'range-conflict'],
    ['InsertDeleteConflict', 'range-conflict'],
    ['FilteredRangeConflict', 'range-conflict'],
    ['PivotTableRangeConflict', 'range-conflict'],
    ['UnsupportedSheet', 'unsupported-sheet'],
    ['ApiNotFound', 'unsupported-api'],
    ['NotImplemented', 'unsupported-api'],
    ['ItemNotFound', 'sheet-not-found'],
    ['InvalidReference', 'invalid-address'],
    ['InvalidSelection', 'multi-area-selection'],
    ['InvalidArgument', 'host-error'],
    ['GeneralException', 'host-error'],
  ])('%s → %s, keeping the original', (officeCode, code) => {
    const original = richApi(officeCode);
    const error = toHostError(original);
    expect(error).toBeInstanceOf(HostError);
    expect(error).toMatchObject({ code, hostCode: officeCode, cause: original });
  });

  it('lets a caller say what a code means in its context', () => {
    expect(
      toHostError(richApi('InvalidArgument'), { InvalidArgument: 'invalid-address' }).code,
    ).toBe('invalid-address');
  });

  it('passes an HostError through unchanged', () => {
    const error = new HostError('no-data');
    expect(toHostError(error)).toBe(error);
  });

  it('wraps an error without an Office code as host-error inside Excel', () => {
    const bug = new TypeError('x is undefined');
    expect(toHostError(bug)).toMatchObject({
      code: 'host-error',
      cause: bug,
      hostCode: null,
    });
  });

  it.each<[HostErrorCode, string, string]>([
    [
      'edit-mode',
      'Excel 正处于单元格编辑状态。请按 Enter 或 Esc 结束编辑后重试。',
      'Excel is editing a cell. Press Enter or Esc to finish editing, then try again.',
    ],
    [
      'no-data',
      '没有找到可核验的数据。请选中指标表格，或把光标放在表格内。',
      'No data to check. Select the indicator table or put the cursor inside it.',
    ],
  ])('%s has user wording in both languages', (code, zh, en) => {
    const error = new HostError(code);
    expect(hostErrorMessage(error, 'zh-CN')).toBe(zh);
    expect(hostErrorMessage(error, 'en-US')).toBe(en);
  });

  it('has wording for every code', () => {
    const codes: HostErrorCode[] = [
      'no-host',
      'unsupported-api',
      'payload-too-large',
      'sheet-protected',
      'edit-mode',
      'no-data',
      'no-table',
      'multi-area-selection',
      'sheet-not-found',
      'invalid-address',
      'invalid-settings',
      'settings-failed',
      'settings-too-large',
      'too-many-marks',
      'out-of-time',
      'host-busy',
      'range-conflict',
      'unsupported-sheet',
      'host-error',
    ];
    for (const code of codes) {
      const error = new HostError(code);
      for (const host of ['excel', 'wps'] as const) {
        expect(hostErrorMessage(error, 'zh-CN', host)).toMatch(/[\u4e00-\u9fff]/);
        expect(hostErrorMessage(error, 'en-US', host)).toMatch(/^[A-Z]/);
      }
    }
  });
});

describe('wording names the host', () => {
  it('says WPS 表格 in WPS and Excel in Excel', () => {
    const error = new HostError('edit-mode');
    expect(hostErrorMessage(error, 'zh-CN', 'wps')).toContain('WPS 表格');
    expect(hostErrorMessage(error, 'en-US', 'wps')).toContain('WPS Spreadsheets');
    expect(hostErrorMessage(new TypeError('bug'), 'zh-CN')).toBe(
      'Excel 报告了一个错误，操作未完成。请重试。',
    );
  });
});

describe('outside Excel', () => {
  it('an error without an Office code is no-host when Excel is missing', () => {
    expect(toHostError(new ReferenceError('Excel is not defined')).code).toBe('no-host');
  });
});
