// settings → read → check → mark with the check engine in this bundle (ribbon, WPS, tests).
import { checkTable } from '../check/checkTable';
import type { Settings } from '../settings';
import type { Locale } from '../types';
import type { WorkbookPort } from './port';
import { runCheckSteps } from './steps';
import type { CheckRun, CheckStep } from './steps';

const checkStep: CheckStep = async (source, options) => checkTable(source.grid, options);

export function checkAndMark(
  port: WorkbookPort,
  settings: Settings,
  locale: Locale,
  today: Date,
): Promise<CheckRun> {
  return runCheckSteps(port, { settings, locale, today }, checkStep);
}
