// Rolls several reports up into one (county tables → city): the same indicator (same parent,
// name and unit) is added across reports and judged again exactly as checkTable judges it.
import { judgeIndicator } from './check/judge';
import { checkPartsSums } from './check/partsSum';
import { resolveProgress } from './check/progress';
import { summarize } from './check/summary';
import { clean } from './table/units';
import type { CheckOptions, CheckReport, Indicator, Issue } from './types';

type Figure = 'target' | 'actual' | 'lastYear';

const identity = (indicator: Indicator): string =>
  `${indicator.parent ?? ''}\u0000${indicator.name}\u0000${indicator.unit ?? ''}`;

/**
 * A sum is only known when every report that has the indicator gives the figure. Rates (%)
 * cannot be added: an indicator in % found in more than one report has no rolled-up figures
 * and is judged invalid.
 */
export function rollupReports(reports: CheckReport[], options: CheckOptions): CheckReport {
  const progress = resolveProgress(options);
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
    const additive = base.unit !== '%' || members.length === 1;
    const sum = (figure: Figure): number | null => {
      if (!additive || members.some((member) => member[figure] === null)) return null;
      return clean(members.reduce((total, member) => total + (member[figure] ?? 0), 0));
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
    const judged = judgeIndicator(rolled, progress, partialTarget || !additive);
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
    summary: summarize(indicators),
    indicators,
    issues,
    header: first?.header ?? null,
    range: first?.range ?? 'A1:A1',
  };
}

function issueKey(issue: Issue): string {
  const where = `${issue.code}\u0000${issue.cell}\u0000${issue.row}\u0000${issue.indicator ?? ''}`;
  return `${where}\u0000${JSON.stringify(issue.params)}`;
}
