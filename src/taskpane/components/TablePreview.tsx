// Standalone mode's stand-in for the sheet: the loaded table, read-only, every row of it, cells as
// the workbook formats them, located cells marked. A large table renders only the rows in view.
// A located cell is brought into view by scrolling the preview's own box, never the page.
// Rows are all ROW_HEIGHT tall (cells of one line): scrolling measures nothing.
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef } from 'react';
import { columnLetter, parseAddress, splitA1 } from '../../core';
import type { CellGrid } from '../../core';
import { useI18n } from '../i18n/I18nContext';
import { cellText } from './cellText';
import { INITIAL_RECT, observeRectOrDefault, scrollUnlessFresh } from './virtualRect';

export const PREVIEW_COLUMNS = 60;
/** Tables up to this many cells render in full; larger ones only the rows in view. */
export const PLAIN_UP_TO_CELLS = 1500;
const ROW_HEIGHT = 22;
/** Rows whose text sets the column widths (fixed, so that scrolling never shifts them). */
const SAMPLED_ROWS = 200;

const useStyles = makeStyles({
  frame: {
    maxHeight: '240px',
    overflow: 'auto',
    overscrollBehavior: 'contain',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  table: {
    borderCollapse: 'separate',
    borderSpacing: 0,
    tableLayout: 'fixed',
    fontSize: tokens.fontSizeBase200,
  },
  caption: {
    textAlign: 'start',
    padding: tokens.spacingVerticalXS,
    color: tokens.colorNeutralForeground2,
    whiteSpace: 'nowrap',
  },
  head: {
    position: 'sticky',
    top: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground3,
    fontWeight: tokens.fontWeightRegular,
    color: tokens.colorNeutralForeground3,
    padding: `0 ${tokens.spacingHorizontalXS}`,
  },
  corner: { left: 0, zIndex: 2 },
  rowHead: {
    position: 'sticky',
    left: 0,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground3,
    fontWeight: tokens.fontWeightRegular,
    textAlign: 'end',
    padding: `0 ${tokens.spacingHorizontalXS}`,
  },
  cell: {
    height: `${ROW_HEIGHT - 1}px`,
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    padding: `0 ${tokens.spacingHorizontalXS}`,
    whiteSpace: 'nowrap',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
  },
  number: { textAlign: 'end' },
  located: {
    backgroundColor: tokens.colorPaletteYellowBackground2,
    outline: `${tokens.strokeWidthThick} solid ${tokens.colorPaletteMarigoldBorderActive}`,
    outlineOffset: `-${tokens.strokeWidthThick}`,
  },
  locatedRow: { backgroundColor: tokens.colorNeutralBackground1Selected },
  spacer: { padding: 0, border: 'none' },
});

/** Width in em of a text: CJK characters are about 1em, others about 0.6em. */
function textWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += (ch.codePointAt(0) ?? 0) >= 0x2e80 ? 1 : 0.6;
  return width;
}

function columnWidths(grid: CellGrid, width: number): number[] {
  const widths = new Array<number>(width).fill(3);
  const rows = grid.values.slice(0, SAMPLED_ROWS);
  rows.forEach((row, r) => {
    for (let c = 0; c < width; c++) {
      const text = cellText(row[c], grid.numberFormat?.[r]?.[c]);
      widths[c] = Math.max(widths[c] ?? 3, Math.min(12, textWidth(text) + 1));
    }
  });
  return widths;
}

/** Scrolls `box` (and nothing else) so that `cell` is inside it, clear of the sticky headers. */
function revealIn(box: HTMLElement, cell: HTMLElement): void {
  const frame = box.getBoundingClientRect();
  const rect = cell.getBoundingClientRect();
  const head = box.querySelector('thead')?.getBoundingClientRect().height ?? 0;
  const rowHead = box.querySelector('tbody th')?.getBoundingClientRect().width ?? 0;
  const top = frame.top + box.clientTop + head;
  const bottom = frame.top + box.clientTop + box.clientHeight;
  const left = frame.left + box.clientLeft + rowHead;
  const right = frame.left + box.clientLeft + box.clientWidth;
  if (rect.top < top) box.scrollTop += rect.top - top;
  else if (rect.bottom > bottom) box.scrollTop += Math.min(rect.bottom - bottom, rect.top - top);
  if (rect.left < left) box.scrollLeft += rect.left - left;
  else if (rect.right > right) box.scrollLeft += Math.min(rect.right - right, rect.left - left);
}

/** Each table its own scroll box (which starts at the top): a number per grid shown. */
let gridsShown = 0;
const boxKeys = new WeakMap<CellGrid, number>();
const boxKey = (grid: CellGrid): number => {
  let key = boxKeys.get(grid);
  if (key === undefined) boxKeys.set(grid, (key = ++gridsShown));
  return key;
};

const nextFrame = (run: () => void): number =>
  typeof requestAnimationFrame === 'function'
    ? requestAnimationFrame(run)
    : (setTimeout(run, 16) as unknown as number);
const cancelFrame = (handle: number): void =>
  typeof cancelAnimationFrame === 'function' ? cancelAnimationFrame(handle) : clearTimeout(handle);

export default function TablePreview(props: {
  grid: CellGrid;
  sheetName: string;
  located: string[];
}) {
  const { t } = useI18n();
  const styles = useStyles();
  const frame = useRef<HTMLDivElement>(null);
  const { grid } = props;
  const origin = parseAddress(grid.address);
  const located = useMemo(() => new Set(props.located), [props.located]);
  const locatedRows = useMemo(
    () => new Set(props.located.map((cell) => splitA1(cell)?.row ?? 0)),
    [props.located],
  );
  const width = useMemo(
    () =>
      Math.min(
        PREVIEW_COLUMNS,
        grid.values.reduce((max, row) => Math.max(max, row.length), 0),
      ),
    [grid],
  );
  const widths = useMemo(() => columnWidths(grid, width), [grid, width]);
  const rowHeadWidth = textWidth(String(origin.row + grid.values.length)) + 1;
  const count = grid.values.length;
  const virtual = count * Math.max(width, 1) > PLAIN_UP_TO_CELLS;
  const virtualizer = useVirtualizer({
    count,
    enabled: virtual,
    getScrollElement: () => frame.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
    initialRect: INITIAL_RECT,
    observeElementRect: observeRectOrDefault,
    scrollToFn: scrollUnlessFresh,
  });

  useEffect(() => {
    const first = props.located[0];
    const at = first ? splitA1(first) : null;
    if (!first || !at) return;
    const index = at.row - origin.row;
    if (index < 0 || index >= count) return;
    if (virtual) virtualizer.scrollToIndex(index, { align: 'center' });
    let tries = 0;
    let handle = 0;
    const reveal = () => {
      const box = frame.current;
      const cell = box?.querySelector<HTMLElement>(`td[data-cell="${CSS.escape(first)}"]`);
      if (box && cell) revealIn(box, cell);
      else if (tries++ < 20) handle = nextFrame(reveal);
    };
    handle = nextFrame(reveal);
    return () => cancelFrame(handle);
    // Only a new location moves the preview; the rest is read when it happens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [props.located]);

  const items = virtual
    ? virtualizer.getVirtualItems().map((item) => item.index)
    : Array.from({ length: count }, (_, index) => index);
  const virtualItems = virtual ? virtualizer.getVirtualItems() : [];
  const before = virtualItems[0]?.start ?? 0;
  const after = virtual ? virtualizer.getTotalSize() - (virtualItems.at(-1)?.end ?? 0) : 0;
  const spacer = (height: number, key: string) =>
    height > 0 ? (
      <tr key={key} aria-hidden="true">
        <td colSpan={width + 1} className={styles.spacer} style={{ height }} />
      </tr>
    ) : null;
  const totalWidth = rowHeadWidth + widths.reduce((sum, w) => sum + w, 0);

  return (
    <div ref={frame} key={boxKey(grid)} className={styles.frame} data-testid="preview-frame">
      <table
        className={styles.table}
        style={{ width: `${totalWidth}em` }}
        aria-label={t('preview')}
        aria-rowcount={count + 1}
      >
        <caption className={styles.caption}>
          {t('previewCaption', { sheet: props.sheetName })}
        </caption>
        <colgroup>
          <col style={{ width: `${rowHeadWidth}em` }} />
          {widths.map((w, col) => (
            <col key={col} style={{ width: `${w}em` }} />
          ))}
        </colgroup>
        <thead>
          <tr aria-rowindex={1}>
            <th className={mergeClasses(styles.head, styles.corner)} />
            {Array.from({ length: width }, (_, col) => (
              <th key={col} scope="col" className={styles.head}>
                {columnLetter(origin.col + col)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {spacer(before, 'before')}
          {items.map((index) => {
            const row = grid.values[index] ?? [];
            const formats = grid.numberFormat?.[index];
            const sheetRow = origin.row + index;
            return (
              <tr
                key={sheetRow}
                data-index={index}
                aria-rowindex={index + 2}
                className={mergeClasses(locatedRows.has(sheetRow) && styles.locatedRow)}
              >
                <th scope="row" className={styles.rowHead}>
                  {sheetRow}
                </th>
                {Array.from({ length: width }, (_, col) => {
                  const address = `${columnLetter(origin.col + col)}${sheetRow}`;
                  const isLocated = located.has(address);
                  const value = row[col];
                  return (
                    <td
                      key={col}
                      data-cell={address}
                      data-located={isLocated ? 'true' : undefined}
                      className={mergeClasses(
                        styles.cell,
                        typeof value === 'number' && styles.number,
                        isLocated && styles.located,
                      )}
                    >
                      {cellText(value, formats?.[col])}
                    </td>
                  );
                })}
              </tr>
            );
          })}
          {spacer(after, 'after')}
        </tbody>
      </table>
    </div>
  );
}
