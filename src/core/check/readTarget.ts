// A row's target and actual as bureaus write them: the operator (in the target cell or its own
// 指标性质 column), the figure, or words; an actual that is a figure, repeats an operator (≥266米),
// or says in words how the target went (达成预期指标, 完成).
import type { CellValue, Direction, TargetOp } from '../types';
import type { ParsedCell } from '../table/parseCell';
import type { TargetCell } from '../table/targetText';
import { parseOperatorCell, parseTargetCell, splitOperator } from '../table/targetText';
import { cellText, compact, excerpt } from '../table/text';
import { parseCell } from '../table/parseCell';
import type { WordedTarget } from './assessment';
import { assess } from './assessment';
import { parseDirection } from './direction';

export interface TargetRead {
  cell: TargetCell;
  /** From the target cell (≥50个, 15家以上) or the operator column. */
  op: TargetOp | null;
  /** 正向/反向 written in the operator column instead of a sign. */
  columnDirection: Direction | null;
  /**
   * The target as written: with an operator column (指标性质 | 指标值 | 度量单位), the three cells
   * joined; else the target cell. Undefined when empty.
   */
  text: string | undefined;
  /** A target in words. */
  words: WordedTarget | null;
}

export interface TargetCells {
  target: CellValue;
  format?: string;
  shown?: string;
  /** The 指标性质 cell, when the table has that column. */
  op?: CellValue;
  /** The 单位 cell as written ('' when none). */
  unit: string;
}

export function readTarget(cells: TargetCells): TargetRead {
  const cell = parseTargetCell(cells.target, cells.format, cells.shown);
  const opText = cellText(cells.op);
  const columnOp = parseOperatorCell(cells.op);
  const op = cell.kind === 'figure' ? (cell.op ?? columnOp) : null;
  const columnDirection = columnOp === null && opText !== '' ? parseDirection(opText) : null;
  const written = cellText(cells.target);
  // 指标性质 | 指标值 | 度量单位: the three cells of one 年度指标值, read whole.
  const threeCells = cells.op !== undefined && cell.kind === 'figure' && cell.parsed.unit === null;
  const unit = threeCells ? cells.unit : '';
  const joined = written === '' ? '' : `${columnOp === null ? '' : opText}${written}${unit}`;
  return {
    cell,
    op,
    columnDirection,
    text: joined === '' ? undefined : excerpt(joined, 80),
    words: cell.kind === 'words' ? { text: cell.text, deadline: cell.deadline } : null,
  };
}

/** The target as the figures see it: a number, nothing (words), or why it is not a number. */
export function targetParsed(target: TargetRead): ParsedCell {
  switch (target.cell.kind) {
    case 'figure':
      return target.cell.parsed;
    case 'invalid':
      return target.cell.parsed;
    default:
      return { kind: 'empty' };
  }
}

export type ActualRead =
  | { kind: 'cell'; parsed: ParsedCell }
  /** ≥266米 in the actual: the figure, with a warning. */
  | { kind: 'operator'; parsed: Extract<ParsedCell, { kind: 'number' }>; text: string }
  /** Words that say how the target went: judged, not counted. */
  | { kind: 'words'; text: string };

/**
 * Words in the actual are read when the row has a target: always for a target in words (an
 * unrecognised wording is `unknown`); for a figure only when it is a performance target (written
 * with an operator, or in a 自评表: `performanceTarget`) and the words say how it went (完成).
 * Other text stays a cell that is not a number.
 */
export function readActual(
  raw: CellValue,
  parsed: ParsedCell,
  target: TargetRead,
  performanceTarget: boolean,
): ActualRead {
  // Against a target in words, written text is words too (10月 for 11月底前 is a date, not 10).
  const written =
    parsed.kind === 'number' || (parsed.kind === 'invalid' && parsed.reason === 'text');
  if (target.words !== null && typeof raw === 'string' && written) {
    return { kind: 'words', text: cellText(raw) };
  }
  if (parsed.kind !== 'invalid' || parsed.reason !== 'text' || typeof raw !== 'string') {
    return { kind: 'cell', parsed };
  }
  const text = cellText(raw);
  const { op, rest } = splitOperator(compact(raw));
  if (op !== null && rest !== '') {
    const figure = parseCell(rest);
    if (figure.kind === 'number' && figure.unknownUnit === undefined) {
      return { kind: 'operator', parsed: { ...figure, approximate: false }, text: excerpt(text) };
    }
  }
  const performance = performanceTarget || target.op !== null;
  if (performance && target.cell.kind === 'figure' && assess(text, null) !== 'unknown') {
    return { kind: 'words', text };
  }
  return { kind: 'cell', parsed };
}
