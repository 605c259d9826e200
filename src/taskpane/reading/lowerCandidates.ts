// The indicators offered in 逆向指标 (better lower): those whose name suggests it (the check asks
// to confirm them) and those the user already gave a direction; any other is added by name.
import type { CheckReport } from '../../core';

export interface LowerCandidate {
  name: string;
  /** The word of the name that suggests lower is better (能耗, 成本…), when it does. */
  hint: string | null;
}

export function lowerCandidates(report: CheckReport, chosen: readonly string[]): LowerCandidate[] {
  // chosen: the names the user gave a direction (lower or higher).
  const hints = new Map<string, string>();
  for (const issue of report.issues) {
    if (issue.code === 'confirm-direction' && issue.indicator !== undefined) {
      hints.set(issue.indicator, issue.params.word);
    }
  }
  const names = [...new Set([...hints.keys(), ...chosen])];
  return names.map((name) => ({ name, hint: hints.get(name) ?? null }));
}

/** Up to `limit` indicator names containing `typed`, in table order. */
export function matchingNames(report: CheckReport, typed: string, limit: number): string[] {
  const needle = typed.trim();
  const found = new Set<string>();
  for (const indicator of report.indicators) {
    if (found.size >= limit) break;
    if (indicator.name.includes(needle)) found.add(indicator.name);
  }
  return [...found];
}
