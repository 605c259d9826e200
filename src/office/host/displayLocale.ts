// The UI language Office runs in, as one of our locales.
import type { Locale } from '../../core';

export function displayLocale(): Locale {
  const language = typeof Office === 'undefined' ? undefined : Office.context?.displayLanguage;
  return typeof language === 'string' && !language.toLowerCase().startsWith('zh')
    ? 'en-US'
    : 'zh-CN';
}
