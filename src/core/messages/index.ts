// Wording per locale: a pure function of the issue code and params.
import type { Category, Issue, Locale, Status } from '../types';
import { CATEGORY_EN, STATUS_EN, issueMessageEn } from './enUS';
import { CATEGORY_ZH, STATUS_ZH, issueMessageZh } from './zhCN';

export function issueMessage(issue: Issue, locale: Locale): string {
  return locale === 'en-US' ? issueMessageEn(issue) : issueMessageZh(issue);
}

export function statusLabel(status: Status, locale: Locale): string {
  return (locale === 'en-US' ? STATUS_EN : STATUS_ZH)[status];
}

export function categoryLabel(category: Category, locale: Locale): string {
  return (locale === 'en-US' ? CATEGORY_EN : CATEGORY_ZH)[category];
}
