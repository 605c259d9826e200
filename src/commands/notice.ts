// The short message the ribbon command shows when it is done (in a small Office dialog).
import type { CheckReport, Locale } from '../core';
import { OfficeAdapterError } from '../office/errors';
import type { WriteSummary } from '../office/types';

export type Tone = 'success' | 'warning' | 'error';

export interface Notice {
  locale: Locale;
  tone: Tone;
  title: string;
  lines: string[];
}

const TEXT = {
  'zh-CN': {
    done: '核验完成',
    failed: '核验未完成',
    cleared: '标记已清除',
    clearFailed: '清除未完成',
    counts: (r: CheckReport) => {
      const s = r.summary;
      return `共 ${s.total} 项指标：已完成 ${s.done} 项，达序时 ${s.onTrack} 项，滞后 ${s.behind} 项，严重滞后 ${s.severelyBehind} 项，数据错误 ${s.invalid} 项。`;
    },
    statusAt: (range: string) => `状态已写在 ${range} 列。`,
    sheet: (name: string) => `结果已写在工作表“${name}”。`,
    fellBack: (name: string) => `表格右侧一列已有内容，为避免覆盖，结果写在工作表“${name}”。`,
    noHeader: (name: string) => `未找到表头，结果写在工作表“${name}”。`,
    protectedSheet: (name: string) => `工作表受保护，结果写在工作表“${name}”。`,
    issues: (n: number, notes: number) =>
      notes > 0 ? `发现 ${n} 个问题，详见状态列中的批注。` : `发现 ${n} 个问题，已列在结果表中。`,
    badSettings: (names: string[]) => `部分设置无法读取，已使用默认值：${names.join('、')}。`,
    clearedText: '已删除指标助手写入的状态列、底色、批注和结果表。',
  },
  'en-US': {
    done: 'Check finished',
    failed: 'Check not finished',
    cleared: 'Marks cleared',
    clearFailed: 'Clearing not finished',
    counts: (r: CheckReport) => {
      const s = r.summary;
      return `${s.total} indicators: ${s.done} done, ${s.onTrack} on track, ${s.behind} behind, ${s.severelyBehind} severely behind, ${s.invalid} with data errors.`;
    },
    statusAt: (range: string) => `Status written in ${range}.`,
    sheet: (name: string) => `Results are on the sheet "${name}".`,
    fellBack: (name: string) =>
      `The column right of the table is not empty, so the results are on the sheet "${name}".`,
    noHeader: (name: string) => `No header row found; the results are on the sheet "${name}".`,
    protectedSheet: (name: string) =>
      `The sheet is protected; the results are on the sheet "${name}".`,
    issues: (n: number, notes: number) =>
      notes > 0
        ? `${n} issues found; see the notes in the status column.`
        : `${n} issues found; they are listed on the result sheet.`,
    badSettings: (names: string[]) =>
      `Some settings could not be read and use defaults: ${names.join(', ')}.`,
    clearedText: 'Removed the status column, fills, notes and result sheet the assistant wrote.',
  },
} as const;

export function checkNotice(
  report: CheckReport,
  summary: WriteSummary,
  invalidSettings: readonly string[],
  locale: Locale,
): Notice {
  const t = TEXT[locale];
  const lines: string[] = [t.counts(report)];
  const sheet = summary.resultSheet ?? '';
  if (summary.fallbackReason === 'neighbour-not-empty') lines.push(t.fellBack(sheet));
  else if (summary.fallbackReason === 'no-header') lines.push(t.noHeader(sheet));
  else if (summary.fallbackReason === 'sheet-protected') lines.push(t.protectedSheet(sheet));
  else if (summary.statusRange) lines.push(t.statusAt(summary.statusRange));
  else if (summary.resultSheet) lines.push(t.sheet(summary.resultSheet));
  if (report.issues.length > 0) lines.push(t.issues(report.issues.length, summary.notes));
  if (invalidSettings.length > 0) lines.push(t.badSettings([...invalidSettings]));
  const tone: Tone =
    summary.fellBackToSheet || report.issues.some((i) => i.severity === 'error')
      ? 'warning'
      : 'success';
  return { locale, tone, title: t.done, lines };
}

export function clearedNotice(locale: Locale): Notice {
  const t = TEXT[locale];
  return { locale, tone: 'success', title: t.cleared, lines: [t.clearedText] };
}

export function errorNotice(error: unknown, locale: Locale, clearing = false): Notice {
  const t = TEXT[locale];
  const adapterError = error instanceof OfficeAdapterError ? error : null;
  const lines = adapterError
    ? [adapterError.userMessage(locale)]
    : [new OfficeAdapterError('office-error').userMessage(locale)];
  const detail =
    adapterError?.officeCode ?? (error instanceof Error ? error.message : String(error));
  if (detail) lines.push(`(${detail})`);
  return { locale, tone: 'error', title: clearing ? t.clearFailed : t.failed, lines };
}

/** Shown if the dialog page gets a notice it cannot read. */
export const UNREADABLE_NOTICE: Notice = {
  locale: 'zh-CN',
  tone: 'error',
  title: '指标助手',
  lines: [],
};

/** Query parameter carrying a notice to the dialog page. */
export const NOTICE_PARAM = 'notice';

export function encodeNotice(notice: Notice): string {
  return encodeURIComponent(JSON.stringify(notice));
}

export function decodeNotice(raw: string | null): Notice | null {
  if (!raw) return null;
  try {
    const value = JSON.parse(raw) as Partial<Notice>;
    const locale = value.locale === 'en-US' ? 'en-US' : 'zh-CN';
    const tone = value.tone === 'error' || value.tone === 'warning' ? value.tone : 'success';
    const lines = Array.isArray(value.lines) ? value.lines.map(String) : [];
    return { locale, tone, title: String(value.title ?? ''), lines };
  } catch {
    return null;
  }
}
