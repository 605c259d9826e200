// Where the as-of date came from, in one sentence: the pane and the CLI show the same words.
import type { CheckReport, Locale } from '../types';

type Dated = Pick<CheckReport, 'asOf' | 'asOfSource' | 'asOfPeriod'>;

/** 按标题“2026年上半年”按2026-06-30核验; null when the check had no date (half the year assumed). */
export function asOfNote(report: Dated, locale: Locale): string | null {
  const { asOf, asOfSource: source, asOfPeriod: period } = report;
  if (asOf === null) return null;
  const zh = locale === 'zh-CN';
  if (source === 'title' && period) {
    if (zh) {
      const year = period.yearInTitle ? '' : `（标题未写年份，按${period.year}年）`;
      return `按标题“${period.text}”按${asOf}核验${year}`;
    }
    const year = period.yearInTitle ? '' : ` (the title names no year: ${period.year})`;
    return `Checked as of ${asOf}, the end of “${period.text}” named in the title${year}`;
  }
  if (source === 'option')
    return zh ? `按指定日期${asOf}核验` : `Checked as of ${asOf}, the date given`;
  if (source === 'default') {
    return zh ? `按上月末${asOf}核验` : `Checked as of ${asOf}, the end of the last full month`;
  }
  return zh ? `截至${asOf}` : `As of ${asOf}`;
}
