// --format html: the Word-ready fragment from the core as a standalone UTF-8 page.
import type { Locale } from '../core';

const TITLE: Record<Locale, string> = { 'zh-CN': '工作总结', 'en-US': 'Work summary' };

export function htmlDocument(fragment: string, locale: Locale): string {
  if (/^\s*(<!doctype|<html)/i.test(fragment)) return fragment;
  return [
    '<!DOCTYPE html>',
    `<html lang="${locale}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<title>${TITLE[locale]}</title>`,
    '</head>',
    '<body>',
    fragment,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
