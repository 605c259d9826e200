// Wording per locale: a pure function of the issue code and params.
import type { Issue, Locale, Status } from '../types';
import { STATUS_EN, issueMessageEn } from './enUS';
import { STATUS_ZH, issueMessageZh } from './zhCN';

export function issueMessage(issue: Issue, locale: Locale): string {
  return locale === 'en-US' ? issueMessageEn(issue) : issueMessageZh(issue);
}

export function statusLabel(status: Status, locale: Locale): string {
  return (locale === 'en-US' ? STATUS_EN : STATUS_ZH)[status];
}
