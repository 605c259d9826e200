// Default en-US templates: the same content as zh-CN ("up 37.9% year on year").
import type { TemplateId } from './templateSpec';

export const TEMPLATES_EN: Record<TemplateId, string> = {
  title:
    '{month, plural, =1 {January} =3 {First Quarter} =6 {First Half} =9 {First Three Quarters} =12 {Full Year} other {January–{monthName}}} {year}: Progress on Science and Technology Indicators',
  overall:
    '{dateKind, select, monthEnd {As of the end of {monthName}} day {As of {monthName} {day}} other {So far}}, ' +
    '{total, plural, =0 {there are no indicators to report.} other {of the {total, plural, one {# indicator} other {# indicators}} for the year' +
    '{done, plural, =0 {} other {, # met the annual target}}' +
    '{onTrack, plural, =0 {} one {, # was on schedule} other {, # were on schedule}}' +
    '{behind, plural, =0 {} one {, # was behind schedule} other {, # were behind schedule}}' +
    '{severe, plural, =0 {} other { (# severely)}}' +
    '{noTarget, plural, =0 {} other {, # had no annual target}}' +
    '{qualitative, plural, =0 {} one {, # was a qualitative indicator} other {, # were qualitative indicators}}.}}' +
    '{invalid, plural, =0 {} one { # more indicator has invalid data; please check it.} other { # more indicators have invalid data; please check them.}}',
  'heading.overview': 'Overview',
  'heading.categories': 'Indicators by category',
  'heading.problems': 'Problems and next steps',
  'heading.nextSteps': 'Next steps',
  'category.rd': 'R&D investment',
  'category.patent': 'Patents',
  'category.enterprise': 'High-tech enterprises',
  'category.project': 'Science and technology projects',
  'category.training': 'Training',
  'category.other': 'Other work',
  'indicator.amount': '{name} reached {value}{completion}{growth}.',
  'indicator.rate':
    '{sign, select, negative {{name} fell by {magnitude}} other {{name} stood at {value}}}{target}{change}.',
  'indicator.lower':
    '{sign, select, negative {{name} fell by {magnitude}} other {{name} was {value}}}{target}{growth}.',
  'indicator.qualitative':
    '{name}: {assessment, select, met {target met} partlyMet {target partly met} notMet {target not met} other {progress still to be confirmed}}.',
  'clause.completion': ', {completion} of the annual target',
  'clause.rateTarget': ', against an annual target of {target}',
  'clause.lowerTarget':
    '{within, select, yes {, within the annual ceiling of {target}} other {, above the annual ceiling of {target}}}',
  'clause.growth':
    '{trend, select, up {, up {growth} year on year} down {, down {growth} year on year} other {, flat year on year}}',
  'clause.points':
    '{trend, select, up {, up {points} percentage points year on year} down {, down {points} percentage points year on year} other {, flat year on year}}',
  subItems: 'Of which: {items}.',
  subItem: '{name} {value}{completion}{growth}',
  'behind.summary':
    '{count, plural, one {# indicator is} other {# indicators are}} behind schedule: {items}{more, plural, =0 {} other {; and # more}}.',
  'behind.item':
    '{name} reached {completion} of the annual target{severe, select, yes {, far below the expected progress of {expected}} other {, below the expected progress of {expected}}}',
  'behind.itemLower':
    '{name} was {value}{severe, select, yes {, far above the annual ceiling of {target}} other {, above the annual ceiling of {target}}}',
  'nextSteps.behind':
    'Next, we will focus on the lagging indicators ({names}{more, plural, =0 {} other {, and # more}}), analyse the causes one by one, assign clear responsibilities and speed up the work to meet the annual targets.',
  'nextSteps.onTrack':
    'Next, we will consolidate these results, keep tracking every indicator and make sure all annual targets are met.',
  'heading.otherGroups': 'Other groups',
  'rest.summary':
    '{state, select, mixed {Of {scope, select, all {the {count, plural, one {# indicator} other {# indicators}}} groups {the {count, plural, one {# indicator} other {# indicators}} in {groups, plural, one {# other group} other {# other groups}}} other {the {count, plural, one {other indicator} other {other # indicators}}}}' +
    '{done, plural, =0 {} other {, # met the annual target}}' +
    '{onTrack, plural, =0 {} one {, # was on schedule} other {, # were on schedule}}' +
    '{behind, plural, =0 {} one {, # was behind schedule} other {, # were behind schedule}}' +
    '{severe, plural, =0 {} other { (# severely)}}' +
    '{noTarget, plural, =0 {} other {, # had no annual target}}' +
    '{qualitative, plural, =0 {} one {, # was a qualitative indicator} other {, # were qualitative indicators}}' +
    '{invalid, plural, =0 {} one {, # had invalid data} other {, # had invalid data}}} ' +
    'other {{scope, select, all {{count, plural, one {The # indicator} other {All # indicators}}} groups {{count, plural, one {The # indicator} other {All # indicators}} in {groups, plural, one {# other group} other {# other groups}}} other {{count, plural, one {The other indicator} other {The other # indicators}}}}' +
    '{state, select, allDone {{count, plural, one { met its annual target} other { met their annual targets}}} other {{count, plural, one { was on schedule} other { were on schedule}}}}}}.',
  'selfeval.heading.overall': 'Overall score and grade',
  'selfeval.heading.budget': 'Budget execution',
  'selfeval.heading.indicators': 'Performance indicators',
  'selfeval.heading.lost': 'Points lost and why',
  'selfeval.heading.nextSteps': 'Improvements planned',
  'selfeval.overall':
    '{fromTable, select, yes {The project scores {tableScore} out of {maxScore} in its self-evaluation{differs, select, yes {; by the scoring rule it would score {score}} other {}}} other {By the scoring rule, the project scores {score} out of {maxScore} in its self-evaluation}}, graded "{grade}".',
  'selfeval.noScore':
    'The points or scores in the table are incomplete, so the total cannot be computed; check them and run the check again.',
  'selfeval.remark': '{label}: "{text}".',
  'selfeval.budget':
    'Of a budget of {planned}, {spent} was spent, an execution rate of {rate}{score}.',
  'selfeval.score':
    ', scoring {given} of {max} points{differs, select, yes { (the scoring rule gives {computed})} other {}}',
  'selfeval.target':
    '{op, select, atLeast {at least } atMost {at most } exactly {exactly } above {over } below {under } other {}}{target}',
  'selfeval.figure': '{name}: target {target}, achieved {actual}{score}',
  'selfeval.words':
    '{name}: {assessment, select, met {target met} partlyMet {target partly met} notMet {target not met} other {progress still to be confirmed}}{score}',
  'selfeval.items': '{items}.',
  'selfeval.lost':
    '{name} lost {lost} {amount, select, one {point} other {points}}{hasReason, select, yes {; reason given: "{reason}"} other {; no reason is given in the table}}.',
  'selfeval.noneLost': 'No indicator lost points.',
  'selfeval.noRemarks': 'The table states no improvements.',
};
