import { OfficeAdapterError, toAdapterError } from '../../src/office/errors';
import type { OfficeErrorCode } from '../../src/office/errors';
import { installFakeOffice } from './fake/install';

const richApi = (code: string) => Object.assign(new Error(code), { code, debugInfo: {} });

describe('Office errors become typed errors', () => {
  const office = installFakeOffice();
  afterAll(() => office.uninstall());

  it.each<[string, OfficeErrorCode]>([
    ['InvalidOperationInCellEditMode', 'edit-mode'],
    ['AccessDenied', 'sheet-protected'],
    ['RequestPayloadSizeLimitExceeded', 'payload-too-large'],
    ['ResponsePayloadSizeLimitExceeded', 'payload-too-large'],
    ['RangeExceedsLimit', 'payload-too-large'],
    ['ApiNotFound', 'unsupported-api'],
    ['NotImplemented', 'unsupported-api'],
    ['ItemNotFound', 'sheet-not-found'],
    ['InvalidReference', 'invalid-address'],
    ['InvalidSelection', 'multi-area-selection'],
    ['InvalidArgument', 'office-error'],
    ['GeneralException', 'office-error'],
  ])('%s → %s, keeping the original', (officeCode, code) => {
    const original = richApi(officeCode);
    const error = toAdapterError(original);
    expect(error).toBeInstanceOf(OfficeAdapterError);
    expect(error).toMatchObject({ code, officeCode, cause: original });
  });

  it('lets a caller say what a code means in its context', () => {
    expect(
      toAdapterError(richApi('InvalidArgument'), { InvalidArgument: 'invalid-address' }).code,
    ).toBe('invalid-address');
  });

  it('passes an OfficeAdapterError through unchanged', () => {
    const error = new OfficeAdapterError('no-data');
    expect(toAdapterError(error)).toBe(error);
  });

  it('wraps an error without an Office code as office-error inside Excel', () => {
    const bug = new TypeError('x is undefined');
    expect(toAdapterError(bug)).toMatchObject({
      code: 'office-error',
      cause: bug,
      officeCode: null,
    });
  });

  it.each<[OfficeErrorCode, string, string]>([
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
    const error = new OfficeAdapterError(code);
    expect(error.userMessage('zh-CN')).toBe(zh);
    expect(error.userMessage('en-US')).toBe(en);
  });

  it('has wording for every code', () => {
    const codes: OfficeErrorCode[] = [
      'not-in-excel',
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
      'office-error',
    ];
    for (const code of codes) {
      const error = new OfficeAdapterError(code);
      expect(error.userMessage('zh-CN')).toMatch(/[\u4e00-\u9fff]/);
      expect(error.userMessage('en-US')).toMatch(/^[A-Z]/);
    }
  });
});

describe('outside Excel', () => {
  it('an error without an Office code is not-in-excel when Excel is missing', () => {
    expect(toAdapterError(new ReferenceError('Excel is not defined')).code).toBe('not-in-excel');
  });
});
