// Links sub-items to their parents, reports unknown parents and duplicate indicators.
import type { Issue, IssueParams } from '../types';
import { makeIssue } from './issues';
import type { Draft } from './readRows';
import { nameKey } from './readRows';

export function linkDrafts(drafts: readonly Draft[]): Issue[] {
  const issues: Issue[] = [];
  // Built only when some row names a parent: most tables have none.
  const byName = new Map<string, Draft>();
  const byRow = new Map<number, Draft>();
  if (drafts.some((draft) => draft.parentText !== null)) {
    for (const draft of drafts) {
      if (!byName.has(draft.nameKey)) byName.set(draft.nameKey, draft);
      byRow.set(draft.indicator.row, draft);
    }
  }
  // The same name under different parents (发明 under 申请 and under 授权), or in different
  // groups (小计 under 国内 and under 国外), is not a duplicate.
  const seen = new Map<string, Map<string, Draft>>();
  for (const draft of drafts) {
    const { indicator } = draft;
    let parentKey = '';
    if (draft.parentText !== null) {
      const placed = indicator.parentRow === undefined ? undefined : byRow.get(indicator.parentRow);
      const parent = placed ?? byName.get(nameKey(draft.parentText));
      if (parent === undefined || parent === draft) {
        const cell = draft.parentCell ?? indicator.cells.name;
        const params: IssueParams['unknown-parent'] = { parent: draft.parentText };
        issues.push(makeIssue('unknown-parent', cell, indicator.row, params, indicator.name));
      } else {
        indicator.parent = parent.indicator.name;
        indicator.parentRow = parent.indicator.row;
        if (!draft.explicitCategory) indicator.category = parent.indicator.category;
        parentKey = String(parent.indicator.row);
      }
    }
    const key = `${draft.groupKey}\u0001${parentKey}`;
    let siblings = seen.get(key);
    if (siblings === undefined) {
      siblings = new Map();
      seen.set(key, siblings);
    }
    const first = siblings.get(draft.nameKey);
    if (first === undefined) siblings.set(draft.nameKey, draft);
    else {
      const params: IssueParams['duplicate-indicator'] = {
        name: indicator.name,
        firstCell: first.indicator.cells.name,
      };
      issues.push(
        makeIssue(
          'duplicate-indicator',
          indicator.cells.name,
          indicator.row,
          params,
          indicator.name,
        ),
      );
    }
  }
  return issues;
}
