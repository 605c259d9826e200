// What must hold for any report, whatever the input: issue and indicator cells inside the range,
// counts that add up, and no NaN or Infinity anywhere a user could see it.
import { splitA1 } from '../../src/core/a1';
import type { CheckReport } from '../../src/core/types';
import { inRange } from '../core/check/inRange';

const NUMBER_FIELDS = [
  'target',
  'actual',
  'lastYear',
  'completionRate',
  'yoyGrowth',
  'yoyChangePoints',
] as const;

export function reportInvariantFailures(report: CheckReport): string[] {
  const failures: string[] = [];
  for (const issue of report.issues) {
    if (!inRange(issue.cell, report.range))
      failures.push(`${issue.code}@${issue.cell} outside ${report.range}`);
    if (splitA1(issue.cell)?.row !== issue.row)
      failures.push(`${issue.code}@${issue.cell} row ${issue.row}`);
    for (const [key, value] of Object.entries(issue.params)) {
      if (typeof value === 'number' && !Number.isFinite(value)) {
        failures.push(`${issue.code}@${issue.cell} params.${key} = ${value}`);
      }
    }
  }
  for (const indicator of report.indicators) {
    for (const address of Object.values(indicator.cells)) {
      if (!inRange(address as string, report.range))
        failures.push(`cell ${String(address)} outside range`);
    }
    for (const field of NUMBER_FIELDS) {
      const value = indicator[field];
      if (value !== null && !Number.isFinite(value)) {
        failures.push(`${indicator.name} (row ${indicator.row}) ${field} = ${value}`);
      }
    }
  }
  const { total, done, onTrack, behind, severelyBehind, noTarget, invalid, qualitative } =
    report.summary;
  if (done + onTrack + behind + severelyBehind + noTarget + invalid + qualitative !== total)
    failures.push('summary does not add up');
  if (total !== report.indicators.length) failures.push('summary total ≠ indicators');
  return failures;
}
