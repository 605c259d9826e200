// Rolls several reports up into one (county tables → city): the same indicator (same parent,
// name and unit) is added across reports and judged again exactly as checkTable judges it.
import { judgeIndicator } from './check/judge';
import { checkPartsSums } from './check/partsSum';
import { resolveProgress } from './check/progress';
import { resolveSharedAsOf } from './check/asOf';
import { makeIssue } from './check/issues';
import { summarize } from './check/summary';
import { compact, excerpt } from './table/text';
import { clean } from './table/units';
import type {
  Assessment,
  CheckOptions,
  CheckReport,
  Indicator,
  Issue,
  IssueParams,
  NumericField,
} from './types';

/** Names as written may differ in width only (（第1单位） and (第1单位)): matched compacted. */
const identity = (indicator: Indicator): string =>
  `${compact(indicator.parent ?? '')}\u0000${compact(indicator.name)}\u0000${indicator.unit ?? ''}`;

/** Units of rates and ratios: their figures cannot be added across reports. */
function isAdditiveUnit(unit: string | null): boolean {
  return unit === null || !(RATE_UNITS.has(unit) || unit.includes('/'));
}

const RATE_UNITS = new Set(['%', '‰', '个百分点']);

/**
 * A sum is only known when every report that has the indicator gives the figure. Rates (%, ‰,
 * 万元/人) cannot be added: such an indicator found in more than one report has no rolled-up
 * figures, is judged invalid and gets a not-additive warning. A sum past the largest double is
 * not-a-number.
 */
export function rollupReports(reports: CheckReport[], options: CheckOptions): CheckReport {
  const shared = resolveSharedAsOf(options, reports);
  const progress = resolveProgress({ ...options, asOf: shared.asOf ?? undefined });
  const groups = new Map<string, Indicator[]>();
  for (const report of reports) {
    for (const indicator of report.indicators) {
      const members = groups.get(identity(indicator));
      if (members) members.push(indicator);
      else groups.set(identity(indicator), [indicator]);
    }
  }

  const inputIssues = reports.flatMap((report) => report.issues);
  const known = new Set(inputIssues.map(issueKey));
  const issues: Issue[] = [...inputIssues];
  const addNew = (found: Issue[]): void => {
    for (const issue of found) if (!known.has(issueKey(issue))) issues.push(issue);
  };

  const indicators: Indicator[] = [];
  for (const members of groups.values()) {
    const base = members[0];
    if (base === undefined) continue;
    if (members.every((member) => member.status === 'qualitative')) {
      indicators.push({ ...base, cells: { ...base.cells }, assessment: weakest(members) });
      continue;
    }
    const additive = isAdditiveUnit(base.unit) || members.length === 1;
    if (!additive) {
      const cell = base.cells.actual ?? base.cells.name;
      const params: IssueParams['not-additive'] = {
        unit: base.unit ?? '',
        reports: members.length,
      };
      issues.push(makeIssue('not-additive', cell, base.row, params, base.name));
    }
    let overflow = false;
    const sum = (figure: NumericField): number | null => {
      if (!additive || members.some((member) => member[figure] === null)) return null;
      const total = clean(members.reduce((acc, member) => acc + (member[figure] ?? 0), 0));
      if (Number.isFinite(total)) return total;
      const cell = base.cells[figure] ?? base.cells.name;
      const text = excerpt(members.map((member) => String(member[figure])).join('+'));
      const params: IssueParams['not-a-number'] = { field: figure, text, kind: 'non-finite' };
      issues.push(makeIssue('not-a-number', cell, base.row, params, base.name));
      if (figure === 'target') overflow = true;
      return null;
    };
    const partialTarget =
      members.some((member) => member.target === null) &&
      members.some((member) => member.target !== null);
    const rolled: Indicator = {
      ...base,
      cells: { ...base.cells },
      target: sum('target'),
      actual: sum('actual'),
      lastYear: sum('lastYear'),
      approximate: members.some((member) => member.approximate),
    };
    const judged = judgeIndicator(rolled, progress, partialTarget || !additive || overflow);
    rolled.completionRate = judged.completionRate;
    rolled.yoyGrowth = judged.yoyGrowth;
    rolled.yoyChangePoints = judged.yoyChangePoints;
    rolled.status = judged.status;
    addNew(judged.issues);
    indicators.push(rolled);
  }
  addNew(checkPartsSums(indicators));

  const first = reports[0];
  return {
    ...progress,
    asOfSource: shared.source,
    asOfPeriod: shared.period,
    summary: summarize(indicators),
    indicators,
    issues,
    header: first?.header ?? null,
    range: first?.range ?? 'A1:A1',
  };
}

/** Assessments from weakest to strongest: a target in words is met only where every report met it. */
const ASSESSMENT_ORDER: readonly Assessment[] = ['not-met', 'partly-met', 'unknown', 'met'];

function weakest(members: readonly Indicator[]): Assessment {
  const found = new Set(members.map((member) => member.assessment ?? 'unknown'));
  return ASSESSMENT_ORDER.find((assessment) => found.has(assessment)) ?? 'unknown';
}

function issueKey(issue: Issue): string {
  const where = `${issue.code}\u0000${issue.cell}\u0000${issue.row}\u0000${issue.indicator ?? ''}`;
  return `${where}\u0000${JSON.stringify(issue.params)}`;
}
