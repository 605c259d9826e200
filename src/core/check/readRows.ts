// Data rows under the header → draft indicators with typed numbers in the row's unit, plus the
// issues found while reading them. Parents are linked and indicators judged afterwards.
import type {
  CellGrid,
  CellValue,
  Category,
  Direction,
  DirectionSource,
  Field,
  Indicator,
  IndicatorCells,
  Issue,
  NumericField,
  ScoreRole,
} from '../types';
import type { CellRef } from '../a1';
import { columnLetter } from '../a1';
import type { HeaderInfo } from '../table/detectHeader';
import { rowAt } from '../table/detectHeader';
import { classifyLabel } from '../table/headerLabels';
import { hasFigures } from '../table/headerSearch';
import { isNoteText, rowTexts } from '../table/lineText';
import type { ParsedCell } from '../table/parseCell';
import { parseCell } from '../table/parseCell';
import { asWritten, cellText, compact, excerpt } from '../table/text';
import { isPlausibleUnit, normalizeUnit, splitUnit } from '../table/units';
import { inferCategory, parseCategory } from './category';
import { Groups } from './groups';
import type { WordedTarget } from './assessment';
import { parseDirection } from './direction';
import { directionOf, lowerHint } from './directionOf';
import { makeIssue } from './issues';
import type { ActualRead, TargetRead } from './readTarget';
import { readActual, readTarget, targetParsed } from './readTarget';
import type { ScoreColumn } from './readScores';
import { readScores } from './readScores';
import type { NumberCell } from './readNumber';
import { checkLastYear, readFigures } from './readNumber';
import type { GivenGrowth } from './growth';
import { readGrowth } from './growth';
import { isFootnote, parseRowName, sectionCategory, stripOrdinal } from './rowName';

export interface Draft {
  indicator: Indicator;
  /** Name as matched against parent names (normalised). */
  nameKey: string;
  /** Parent as written in the parent column, or the total above a '其中' row. */
  parentText: string | null;
  parentCell: string | null;
  explicitCategory: boolean;
  targetUnreadable: boolean;
  /** The groups joined: rows of one group are siblings. */
  groupKey: string;
  /** A ready-made growth from the growth column. */
  growth: GivenGrowth | null;
  /** The row's actual cell holds text that is no number (not a placeholder). */
  unparsed: string | null;
  /** A target in words (效果明显, 11月底前). */
  targetWords: WordedTarget | null;
  /** Words in the actual that say how the target went (达成预期指标, 完成). */
  actualWords: string | null;
}

/** What the reader is told besides the header: the names the user says are better lower. */
export interface ReadOptions {
  lower?: readonly string[];
  higher?: readonly string[];
  /** A 绩效自评表: a figure target may be met in words (完成). */
  selfEvaluation?: boolean;
}

/** The figures of a row: its number cells, and how its target and actual were written. */
interface RowFigures {
  numbers: NumberCell[];
  target: TargetRead;
  actual: ActualRead | null;
}

interface Column {
  col: number;
  letter: string;
  headerUnit: string | null;
}

const NUMERIC_FIELDS: readonly NumericField[] = ['actual', 'target', 'lastYear'];
const CELL_FIELDS = ['unit', 'target', 'actual', 'lastYear', 'parent'] as const;

/** A 单位 cell meaning "no unit": dashes or slashes. */
const NO_UNIT = /^[-—–―/\\]+$/;

export const nameKey = (name: string): string => compact(name).toLowerCase();

class RowReader {
  readonly issues: Issue[] = [];
  private readonly columns: Partial<Record<Field, Column>> = {};
  private readonly groups: Groups;
  private growthColumn: Column | null = null;
  /** A repeated header in the body said the growth column holds percentage points. */
  private growthInPoints = false;
  private lastTop: { name: string; row: number; unit: string | null } | null = null;
  /** Inside a 其中 list: indented rows after it are parts of the same total. */
  private inSubList = false;
  private sectionCategory: Category | null = null;
  private categoryText = '';
  private readonly headerNames: { name: CellValue; actual: CellValue };
  private readonly scoreColumns: Partial<Record<ScoreRole, ScoreColumn>> = {};
  private readonly userLower: ReadonlySet<string>;
  private readonly userHigher: ReadonlySet<string>;
  private readonly selfEvaluation: boolean;

  constructor(
    private readonly grid: CellGrid,
    private readonly header: HeaderInfo,
    private readonly origin: CellRef,
    options: ReadOptions = {},
  ) {
    for (const [role, col] of Object.entries(header.scoreColumns) as [ScoreRole, number][]) {
      this.scoreColumns[role] = { col, letter: columnLetter(origin.col + col) };
    }
    this.selfEvaluation = options.selfEvaluation === true;
    const lower = Array.isArray(options.lower) ? options.lower : [];
    this.userLower = new Set(lower.filter((name) => typeof name === 'string').map(nameKey));
    const higher = Array.isArray(options.higher) ? options.higher : [];
    this.userHigher = new Set(higher.filter((name) => typeof name === 'string').map(nameKey));
    for (const [field, col] of Object.entries(header.columns) as [Field, number][]) {
      const headerUnit = header.units.get(col) ?? null;
      this.columns[field] = { col, letter: columnLetter(origin.col + col), headerUnit };
    }
    this.groups = new Groups(header.groups, header.section);
    if (header.growth !== null) {
      const headerUnit = header.units.get(header.growth) ?? null;
      const letter = columnLetter(origin.col + header.growth);
      this.growthColumn = { col: header.growth, letter, headerUnit };
    }
    const headerRow = rowAt(grid.values, header.rowIndex);
    this.headerNames = {
      name: this.value(headerRow, 'name'),
      actual: this.value(headerRow, 'actual'),
    };
  }

  read(rowIndex: number): Draft | null {
    const cells = rowAt(this.grid.values, rowIndex);
    const row = this.origin.row + rowIndex;
    const nameColumn = this.columns.name;
    if (nameColumn === undefined) return null;
    const nameAddress = `${nameColumn.letter}${row}`;
    if (this.isRepeatedHeader(cells) || this.isHeaderLine(cells)) return null;

    const figures = this.figureCells(cells, rowIndex);
    const { numbers } = figures;
    const growthCell = this.growthCell(cells, rowIndex);
    // Placeholders alone ('/' for "not applicable" in every value cell) make no indicator.
    const written = (parsed: ParsedCell | null): boolean =>
      parsed !== null &&
      parsed.kind !== 'empty' &&
      !(parsed.kind === 'invalid' && parsed.reason === 'placeholder');
    const targetWords = figures.target.words?.text;
    // A target in words makes a row too, unless it repeats the row's label (merged cells).
    const wordsTarget =
      targetWords !== undefined && targetWords !== cellText(cells[nameColumn.col]);
    const hasNumbers =
      numbers.some((cell) => written(cell.parsed)) || written(growthCell) || wordsTarget;
    const texts = rowTexts(cells);
    if (texts.length === 0) return null;
    if (!hasNumbers && this.isNoteRow(texts)) return null;
    this.groups.update(cells);
    const rawName = cells[nameColumn.col];
    let nameText = asWritten(rawName);
    let groupDepth: number | undefined;
    if (nameText === '' && hasNumbers) {
      // The most specific tier written on the row names it (三级指标 left blank).
      const own = this.groups.own(cells);
      if (own !== null) {
        nameText = own.text;
        groupDepth = own.level;
      }
    }
    if (!hasNumbers && this.isHeadingOrFootnote(nameText)) return null;
    // A named row with figures only in other columns (分值, 得分) is an indicator without values.
    const scored = (): boolean => nameText !== '' && hasFigures(cells.slice(nameColumn.col + 1));
    if (!hasNumbers && !scored() && cellText(this.value(cells, 'unit')) === '') {
      this.openSection(texts, nameColumn.col);
      return null;
    }
    const parsedName = parseRowName(nameText);
    const { name, unit: nameUnit } = parsedName;
    const indented = typeof rawName === 'string' && /^[\s\u3000]+\S/.test(rawName);
    const isSubItem = parsedName.isSubItem || (this.inSubList && indented);
    this.inSubList = isSubItem;
    if (name === '') {
      if (hasNumbers)
        this.issues.push(makeIssue('missing-value', nameAddress, row, { field: 'name' }));
      return null;
    }
    const group = this.groups.current(groupDepth);
    const groupKey = group.join('\u0000');
    const parentTop = isSubItem && this.lastTop !== null ? this.lastTop : null;

    const unit =
      this.unitCell(cells, row, name) ??
      nameUnit ??
      this.headerUnit('actual') ??
      this.headerUnit('target') ??
      this.headerUnit('lastYear') ??
      ownUnit(numbers) ??
      bareTargetUnit(figures.target) ??
      parentTop?.unit ??
      this.header.tableUnit;

    const parentWritten = stripOrdinal(asWritten(this.value(cells, 'parent')));
    const parentText =
      parentWritten !== '' ? parentWritten : isSubItem ? (this.lastTop?.name ?? null) : null;
    if (parentText === null) this.lastTop = { name, row, unit };

    const scores = readScores(cells, this.scoreColumns, row);
    const addresses: IndicatorCells = { name: nameAddress, ...scores.cells };
    for (const field of CELL_FIELDS) {
      const column = this.columns[field];
      if (column) addresses[field] = `${column.letter}${row}`;
    }

    const read = readFigures(numbers, unit, row, name, this.issues);
    if (parentText === null) checkLastYear(numbers, row, name, this.issues);
    const { actual: actualRead, target } = figures;
    if (actualRead?.kind === 'operator' && read.figures.actual !== null) {
      const params = { text: actualRead.text, value: read.figures.actual };
      this.issues.push(
        makeIssue('operator-in-actual', addresses.actual ?? nameAddress, row, params, name),
      );
    }

    const category = this.category(cells, name, unit);
    const direction = this.directionFor(cells, row, name, nameAddress, target);
    // Every field a row always has is in the literal: one object shape for all rows.
    const indicator: Indicator = {
      name,
      row,
      group,
      unit,
      category: category.category,
      parent: null,
      direction: direction.direction,
      target: read.figures.target,
      actual: read.figures.actual,
      lastYear: read.figures.lastYear,
      completionRate: null,
      yoyGrowth: null,
      yoyChangePoints: null,
      status: 'invalid',
      approximate: read.approximate,
      cells: addresses,
      directionSource: direction.source,
      targetOp: target.op,
      qualitative: target.words !== null,
    };
    this.describeTarget(indicator, target, actualRead, cells, scores);
    const note = cellText(this.value(cells, 'note'));
    if (note !== '') indicator.note = note;
    if (parentWritten === '' && parentTop !== null) {
      indicator.parentRow = parentTop.row;
      indicator.subsetPart = true;
    }
    const actualCell = numbers.find((cell) => cell.field === 'actual')?.parsed;
    const growthRead =
      growthCell === null || this.growthColumn === null
        ? null
        : readGrowth(growthCell, `${this.growthColumn.letter}${row}`, this.growthInPoints);
    return {
      indicator,
      nameKey: nameKey(name),
      parentText,
      parentCell: parentWritten !== '' ? (addresses.parent ?? null) : null,
      explicitCategory: category.explicit,
      targetUnreadable: read.targetUnreadable,
      groupKey,
      growth: growthRead,
      unparsed:
        actualCell?.kind === 'invalid' && actualCell.reason === 'text' ? actualCell.text : null,
      targetWords: target.words,
      actualWords: actualRead?.kind === 'words' ? actualRead.text : null,
    };
  }

  /** The operator first, then a 方向 (or 正向/反向) cell, then the user's choice; else higher. */
  private directionFor(
    cells: readonly CellValue[],
    row: number,
    name: string,
    nameAddress: string,
    target: TargetRead,
  ): { direction: Direction; source: DirectionSource } {
    const written = target.columnDirection ?? this.direction(cells, row, name);
    const key = nameKey(name);
    const userLower = this.userLower.has(key);
    const userHigher = this.userHigher.has(key);
    const found = directionOf({ op: target.op, written, userLower, userHigher });
    // Direction only matters against a target in figures.
    const judged = found.source === 'default' && target.cell.kind === 'figure';
    const word = judged ? lowerHint(name) : null;
    if (word !== null) {
      this.issues.push(makeIssue('confirm-direction', nameAddress, row, { word }, name));
    }
    return found;
  }

  /** How the target and actual were written, and the row's 分值/得分 (自评表). */
  private describeTarget(
    indicator: Indicator,
    target: TargetRead,
    actual: ActualRead | null,
    cells: readonly CellValue[],
    scores: ReturnType<typeof readScores>,
  ): void {
    if (target.text !== undefined) indicator.targetText = target.text;
    const actualText = cellText(this.value(cells, 'actual'));
    if (actual !== null && actualText !== '') indicator.actualText = actualText;
    if (this.scoreColumns.maxScore !== undefined) indicator.maxScore = scores.maxScore;
    if (this.scoreColumns.tableScore !== undefined) indicator.tableScore = scores.tableScore;
    if (scores.deviationReason !== '') indicator.deviationReason = scores.deviationReason;
  }

  /** A label row without figures opens a section (二、科技创新), unless tiers give the groups. */
  private openSection(texts: readonly { col: number; text: string }[], nameCol: number): void {
    this.lastTop = null;
    this.inSubList = false;
    if (this.header.groups.length > 0) return;
    const label = texts.find((entry) => entry.col === nameCol) ?? texts[0];
    if (label !== undefined) this.groups.section = label.text;
  }

  /** 注：…, 说明：…, 数据来源：…, [1]…, (统计局工业处) and long prose rows. */
  private isNoteRow(texts: readonly { col: number; text: string }[]): boolean {
    const [first] = texts;
    if (first === undefined) return false;
    // A bracketed label among other cells is a tier ((30分)), not a remark.
    if (texts.length > 1 && /^[(（].*[)）]$/.test(first.text)) return false;
    return isNoteText(first.text) || (texts.length === 1 && first.text.length > 60);
  }

  /**
   * A header repeated inside the body (stacked sub-tables): every text is a header label and no
   * figure. Its label over the growth column says whether that column holds growth or points.
   */
  private isHeaderLine(cells: readonly CellValue[]): boolean {
    if (hasFigures(cells)) return false;
    const texts = rowTexts(cells);
    if (texts.length === 0) return false;
    const nameCol = this.columns.name?.col;
    if (texts.length < 2 && texts.some((entry) => entry.col === nameCol)) return false;
    const kinds = texts.map((entry) => classifyLabel(cells[entry.col]).kind);
    // Tier labels (经济效益指标) read as partial name labels: they are data, not a header.
    const telling = kinds.filter(
      (kind) => kind?.kind !== 'other' && !(kind?.kind === 'field' && !kind.exact),
    );
    if (kinds.some((kind) => kind === null) || telling.length === 0) return false;
    const growth = this.growthColumn === null ? undefined : cells[this.growthColumn.col];
    const growthKind = classifyLabel(growth).kind?.kind;
    if (growthKind === 'points') this.growthInPoints = true;
    else if (growthKind === 'growth') this.growthInPoints = false;
    return true;
  }

  private growthCell(cells: readonly CellValue[], rowIndex: number): ParsedCell | null {
    const column = this.growthColumn;
    if (column === null) return null;
    const format = this.grid.numberFormat?.[rowIndex]?.[column.col];
    const text = this.grid.text?.[rowIndex]?.[column.col];
    return parseCell(
      cells[column.col],
      typeof format === 'string' ? format : undefined,
      typeof text === 'string' ? text : undefined,
    );
  }

  /** The header row repeated inside the data (long printed tables). */
  private isRepeatedHeader(cells: readonly CellValue[]): boolean {
    const { name, actual } = this.columns;
    if (name === undefined || actual === undefined) return false;
    const nameCell = cells[name.col];
    return (
      typeof nameCell === 'string' &&
      nameCell === this.headerNames.name &&
      cells[actual.col] === this.headerNames.actual
    );
  }

  private value(cells: readonly CellValue[], field: Field): CellValue {
    const column = this.columns[field];
    return column === undefined ? undefined : cells[column.col];
  }

  /** The 单位 cell; one that reads as no unit ('2', '%%') is reported and left out. */
  private unitCell(cells: readonly CellValue[], row: number, name: string): string | null {
    const written = cellText(this.value(cells, 'unit'));
    const unit = NO_UNIT.test(written) ? null : normalizeUnit(written);
    if (unit === null || isPlausibleUnit(unit)) return unit;
    const address = `${this.columns.unit?.letter ?? ''}${row}`;
    this.issues.push(makeIssue('unknown-unit', address, row, { unit: excerpt(written) }, name));
    return null;
  }

  private headerUnit(field: Field): string | null {
    return this.columns[field]?.headerUnit ?? null;
  }

  /**
   * The number cells of a row. The target is read as bureaus write it (≥50个, 效果明显); words in
   * the actual that say how the target went are judged later, so they leave the number cells.
   */
  private figureCells(cells: readonly CellValue[], rowIndex: number): RowFigures {
    const row = this.origin.row + rowIndex;
    const display = (col: number) => {
      const format = this.grid.numberFormat?.[rowIndex]?.[col];
      const text = this.grid.text?.[rowIndex]?.[col];
      return {
        format: typeof format === 'string' ? format : undefined,
        shown: typeof text === 'string' ? text : undefined,
      };
    };
    const targetColumn = this.columns.target;
    const opColumn = this.scoreColumns.targetOp;
    const target = readTarget({
      target: targetColumn === undefined ? undefined : cells[targetColumn.col],
      ...(targetColumn === undefined ? {} : display(targetColumn.col)),
      ...(opColumn === undefined ? {} : { op: cells[opColumn.col] }),
      unit: cellText(this.value(cells, 'unit')),
    });
    const numbers: NumberCell[] = [];
    let actual: ActualRead | null = null;
    for (const field of NUMERIC_FIELDS) {
      const column = this.columns[field];
      if (column === undefined) continue;
      const raw = cells[column.col];
      const { format, shown } = display(column.col);
      let parsed = field === 'target' ? targetParsed(target) : parseCell(raw, format, shown);
      if (field === 'actual') {
        actual = readActual(raw, parsed, target, this.selfEvaluation);
        if (actual.kind === 'words') continue;
        parsed = actual.parsed;
      }
      const address = `${column.letter}${row}`;
      numbers.push({ field, raw, parsed, address, headerUnit: column.headerUnit });
    }
    return { numbers, target, actual };
  }

  /** Footnotes carry no indicator; a section heading (一、研发投入) sets the category below. */
  private isHeadingOrFootnote(written: string): boolean {
    if (isFootnote(written)) return true;
    const section = sectionCategory(written);
    if (section === undefined) return false;
    this.sectionCategory = section;
    return false;
  }

  private category(
    cells: readonly CellValue[],
    name: string,
    unit: string | null,
  ): { category: Category; explicit: boolean } {
    if (this.columns.category) {
      const written = cellText(this.value(cells, 'category'));
      // A blank under a category means a merged cell above it: keep the category going.
      if (written !== '') this.categoryText = written;
      const explicit = this.categoryText === '' ? null : parseCategory(this.categoryText);
      if (explicit !== null) return { category: explicit, explicit: true };
    }
    const inferred = inferCategory(name, unit);
    const category = inferred === 'other' ? (this.sectionCategory ?? 'other') : inferred;
    return { category, explicit: false };
  }

  /** The 方向 cell; null when blank or unreadable (then reported). */
  private direction(cells: readonly CellValue[], row: number, name: string): Direction | null {
    const column = this.columns.direction;
    const written = cellText(this.value(cells, 'direction'));
    if (column === undefined || written === '') return null;
    const direction = parseDirection(written);
    if (direction === null) {
      const address = `${column.letter}${row}`;
      this.issues.push(
        makeIssue('unknown-direction', address, row, { text: excerpt(written) }, name),
      );
    }
    return direction;
  }
}

/** A target of bare magnitude (2个亿以上) names the row's unit when nothing else does. */
function bareTargetUnit(target: TargetRead): string | null {
  const { cell } = target;
  return cell.kind === 'figure' && cell.op !== null ? cell.parsed.unit : null;
}

/** The first real unit written in one of the row's number cells (a bare 万 is a magnitude). */
function ownUnit(numbers: readonly NumberCell[]): string | null {
  for (const { parsed } of numbers) {
    if (parsed.kind === 'number' && parsed.unit !== null && splitUnit(parsed.unit).base !== '') {
      return parsed.unit;
    }
  }
  return null;
}

export function readIndicators(
  grid: CellGrid,
  header: HeaderInfo,
  origin: CellRef,
  options: ReadOptions = {},
): { drafts: Draft[]; issues: Issue[] } {
  const reader = new RowReader(grid, header, origin, options);
  const drafts: Draft[] = [];
  for (let rowIndex = header.bodyStart; rowIndex < grid.values.length; rowIndex++) {
    const draft = reader.read(rowIndex);
    if (draft) drafts.push(draft);
  }
  return { drafts, issues: reader.issues };
}
