// A row's place among the table's groups: tier cells (一级/二级指标) carried down over merged
// blanks, or the label of the section the row is in.
import type { CellValue } from '../types';
import { asWritten, cellText } from '../table/text';

/** A row's place among the groups: tiers carried down over merged blanks, or a section label. */
export class Groups {
  private readonly carried: string[];
  section: string | null;

  constructor(
    private readonly cols: readonly number[],
    section: string | null,
  ) {
    this.carried = cols.map(() => '');
    this.section = section;
  }

  /** Reads the group cells of a row; a new value resets the tiers below it. */
  update(cells: readonly CellValue[]): void {
    this.cols.forEach((col, level) => {
      const text = cellText(cells[col]);
      if (text === '') return;
      this.carried[level] = text;
      for (let below = level + 1; below < this.carried.length; below++) this.carried[below] = '';
    });
  }

  /** The tiers written on this row from `level` down (for names taken from a higher tier). */
  own(cells: readonly CellValue[]): { level: number; text: string } | null {
    for (let level = this.cols.length - 1; level >= 0; level--) {
      const text = asWritten(cells[this.cols[level] ?? -1]);
      if (text !== '') return { level, text };
    }
    return null;
  }

  current(upTo = this.carried.length): string[] {
    const tiers = this.carried.slice(0, upTo).filter((text) => text !== '');
    return this.section === null ? tiers : [this.section, ...tiers];
  }
}
