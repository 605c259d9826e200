import { createContext, useContext } from 'react';
import type { Locale } from '../../core';
import { format } from './strings';
import type { StringKey } from './strings';

export type Translate = (key: StringKey, values?: Record<string, string | number>) => string;

export interface I18n {
  locale: Locale;
  t: Translate;
}

export function i18nFor(locale: Locale): I18n {
  return { locale, t: (key, values) => format(locale, key, values) };
}

export const I18nContext = createContext<I18n>(i18nFor('zh-CN'));

export const useI18n = (): I18n => useContext(I18nContext);
