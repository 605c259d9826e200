// Office failures as typed errors with wording for the user; the original error stays in `cause`.
import type { Locale } from '../core';

export type OfficeErrorCode =
  | 'not-in-excel'
  | 'unsupported-api'
  | 'payload-too-large'
  | 'sheet-protected'
  | 'edit-mode'
  | 'no-data'
  | 'no-table'
  | 'multi-area-selection'
  | 'sheet-not-found'
  | 'invalid-address'
  | 'invalid-settings'
  | 'settings-failed'
  | 'office-error';

const MESSAGES: Record<OfficeErrorCode, Record<Locale, string>> = {
  'not-in-excel': {
    'zh-CN': '未在 Excel 中运行，无法读取或写入工作簿。',
    'en-US': 'Not running inside Excel, so the workbook cannot be read or written.',
  },
  'unsupported-api': {
    'zh-CN': '当前 Excel 版本不支持此功能，请更新 Office 后重试。',
    'en-US': 'This version of Excel does not support this feature. Update Office and try again.',
  },
  'payload-too-large': {
    'zh-CN': '所选区域过大，Excel 无法一次传输。请缩小选区后重试。',
    'en-US': 'The range is too large for Excel to transfer. Select a smaller range and try again.',
  },
  'sheet-protected': {
    'zh-CN': '工作表或工作簿受保护（或以只读方式打开），无法写入。请取消保护后重试。',
    'en-US':
      'The sheet or workbook is protected (or open read-only), so nothing can be written. Unprotect it and try again.',
  },
  'edit-mode': {
    'zh-CN': 'Excel 正处于单元格编辑状态。请按 Enter 或 Esc 结束编辑后重试。',
    'en-US': 'Excel is editing a cell. Press Enter or Esc to finish editing, then try again.',
  },
  'no-data': {
    'zh-CN': '没有找到可核验的数据。请选中指标表格，或把光标放在表格内。',
    'en-US': 'No data to check. Select the indicator table or put the cursor inside it.',
  },
  'no-table': {
    'zh-CN': '光标不在 Excel 表格（“插入 > 表格”）内。请把光标放入表格，或改用选区/整张工作表。',
    'en-US':
      'The cursor is not inside an Excel table (Insert > Table). Move it into a table, or use the selection or the whole sheet.',
  },
  'multi-area-selection': {
    'zh-CN': '选区包含多个不相连的区域。请只选中一个连续区域。',
    'en-US': 'The selection has several separate areas. Select one continuous range.',
  },
  'sheet-not-found': {
    'zh-CN': '找不到对应的工作表或单元格，可能已被删除或重命名。',
    'en-US': 'The sheet or cell could not be found; it may have been deleted or renamed.',
  },
  'invalid-address': {
    'zh-CN': '单元格地址无效。',
    'en-US': 'The cell address is not valid.',
  },
  'invalid-settings': {
    'zh-CN': '设置内容无效，未保存。',
    'en-US': 'The settings are not valid and were not saved.',
  },
  'settings-failed': {
    'zh-CN': '无法在工作簿中读取或保存设置。',
    'en-US': 'The settings could not be read from or saved to the workbook.',
  },
  'office-error': {
    'zh-CN': 'Excel 报告了一个错误，操作未完成。请重试。',
    'en-US': 'Excel reported an error and the operation did not finish. Please try again.',
  },
};

export class OfficeAdapterError extends Error {
  override readonly name = 'OfficeAdapterError';
  readonly code: OfficeErrorCode;
  /** The Office error code (OfficeExtension.Error.code) when there was one. */
  readonly officeCode: string | null;
  /** Later failures while recovering from this one (kept, not hidden). */
  readonly suppressed: unknown[] = [];

  constructor(
    code: OfficeErrorCode,
    options: { cause?: unknown; officeCode?: string | null } = {},
  ) {
    super(`${code}${options.officeCode ? ` (${options.officeCode})` : ''}`, {
      cause: options.cause,
    });
    this.code = code;
    this.officeCode = options.officeCode ?? null;
  }

  userMessage(locale: Locale): string {
    return MESSAGES[this.code][locale];
  }
}

const BY_OFFICE_CODE: Record<string, OfficeErrorCode> = {
  InvalidOperationInCellEditMode: 'edit-mode',
  AccessDenied: 'sheet-protected',
  RequestPayloadSizeLimitExceeded: 'payload-too-large',
  ResponsePayloadSizeLimitExceeded: 'payload-too-large',
  RangeExceedsLimit: 'payload-too-large',
  ApiNotFound: 'unsupported-api',
  ApiNotAvailable: 'unsupported-api',
  NotImplemented: 'unsupported-api',
  ItemNotFound: 'sheet-not-found',
  InvalidReference: 'invalid-address',
  InvalidSelection: 'multi-area-selection',
};

/** The `code` of an OfficeExtension.Error (duck-typed: office.js may be absent). */
export function officeErrorCode(error: unknown): string | null {
  if (typeof error !== 'object' || error === null) return null;
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? code : null;
}

/** Wraps any failure from Office.js; OfficeAdapterErrors pass through unchanged. */
export function toAdapterError(
  error: unknown,
  overrides: Partial<Record<string, OfficeErrorCode>> = {},
): OfficeAdapterError {
  if (error instanceof OfficeAdapterError) return error;
  const officeCode = officeErrorCode(error);
  if (officeCode === null) {
    const missing = error instanceof ReferenceError || typeof Excel === 'undefined';
    return new OfficeAdapterError(missing ? 'not-in-excel' : 'office-error', { cause: error });
  }
  const code = overrides[officeCode] ?? BY_OFFICE_CODE[officeCode] ?? 'office-error';
  return new OfficeAdapterError(code, { cause: error, officeCode });
}
