// A row's 分值, 得分 and 偏差原因分析 cells (绩效自评表): the points it is worth, the table's score
// and the reason written for lost points.
import type { CellValue, IndicatorCells, ScoreRole } from '../types';
import { parseCell } from '../table/parseCell';
import { cellText } from '../table/text';

export interface ScoreColumn {
  col: number;
  letter: string;
}

export interface RowScores {
  maxScore: number | null;
  tableScore: number | null;
  deviationReason: string;
  cells: Pick<IndicatorCells, 'targetOp' | 'maxScore' | 'tableScore' | 'deviationReason'>;
}

/** A score cell: 8, '8分', 8.00; placeholders (/, —) and text are no score. */
export function scoreValue(raw: CellValue): number | null {
  const parsed = parseCell(raw);
  if (parsed.kind !== 'number' || parsed.approximate || parsed.unknownUnit !== undefined)
    return null;
  if (parsed.unit !== null && parsed.unit !== '分') return null;
  return parsed.value;
}

/** A reason as written; a placeholder (—, /, 无) is no reason. */
function reasonText(raw: CellValue): string {
  const parsed = parseCell(raw);
  return parsed.kind === 'invalid' && parsed.reason === 'placeholder' ? '' : cellText(raw);
}

export function readScores(
  cells: readonly CellValue[],
  columns: Partial<Record<ScoreRole, ScoreColumn>>,
  row: number,
): RowScores {
  const at = (role: ScoreRole): CellValue => {
    const column = columns[role];
    return column === undefined ? undefined : cells[column.col];
  };
  const addresses: RowScores['cells'] = {};
  for (const [role, column] of Object.entries(columns) as [ScoreRole, ScoreColumn][]) {
    addresses[role] = `${column.letter}${row}`;
  }
  return {
    maxScore: scoreValue(at('maxScore')),
    tableScore: scoreValue(at('tableScore')),
    deviationReason: reasonText(at('deviationReason')),
    cells: addresses,
  };
}
