// Standalone mode's stand-in for the sheet: the loaded table, read-only, with located cells marked.
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useEffect, useMemo, useRef } from 'react';
import { columnLetter, parseAddress, splitA1 } from '../../core';
import type { CellGrid } from '../../core';
import { useI18n } from '../i18n/I18nContext';

/** Rows beyond this are not drawn; located cells further down are still scrolled to by row. */
export const PREVIEW_ROWS = 500;
export const PREVIEW_COLUMNS = 60;

const useStyles = makeStyles({
  frame: {
    maxHeight: '240px',
    overflow: 'auto',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  table: { borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200, width: 'max-content' },
  caption: {
    textAlign: 'start',
    padding: tokens.spacingVerticalXS,
    color: tokens.colorNeutralForeground2,
  },
  head: {
    position: 'sticky',
    top: 0,
    backgroundColor: tokens.colorNeutralBackground3,
    fontWeight: tokens.fontWeightRegular,
    color: tokens.colorNeutralForeground3,
    padding: `0 ${tokens.spacingHorizontalXS}`,
  },
  rowHead: {
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground3,
    textAlign: 'end',
    padding: `0 ${tokens.spacingHorizontalXS}`,
  },
  cell: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    padding: `0 ${tokens.spacingHorizontalXS}`,
    maxWidth: '12em',
    whiteSpace: 'nowrap',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
  },
  located: {
    backgroundColor: tokens.colorPaletteYellowBackground2,
    outline: `${tokens.strokeWidthThick} solid ${tokens.colorPaletteMarigoldBorderActive}`,
  },
  locatedRow: { backgroundColor: tokens.colorNeutralBackground1Selected },
});

const shown = (value: unknown): string =>
  value === null || value === undefined ? '' : String(value);

export default function TablePreview(props: {
  grid: CellGrid;
  sheetName: string;
  located: string[];
}) {
  const { t } = useI18n();
  const styles = useStyles();
  const frame = useRef<HTMLDivElement>(null);
  const origin = parseAddress(props.grid.address);
  const located = useMemo(() => new Set(props.located), [props.located]);
  const locatedRows = useMemo(
    () => new Set(props.located.map((cell) => splitA1(cell)?.row ?? 0)),
    [props.located],
  );
  const width = Math.min(
    PREVIEW_COLUMNS,
    props.grid.values.reduce((max, row) => Math.max(max, row.length), 0),
  );
  const rows = props.grid.values.slice(0, PREVIEW_ROWS);

  useEffect(() => {
    const first = props.located[0];
    if (!first || !frame.current) return;
    const target = frame.current.querySelector(`[data-cell="${CSS.escape(first)}"]`);
    target?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
  }, [props.located]);

  return (
    <div ref={frame} className={styles.frame}>
      <table className={styles.table} aria-label={t('preview')}>
        <caption className={styles.caption}>
          {t('previewCaption', { sheet: props.sheetName })}
        </caption>
        <thead>
          <tr>
            <th className={styles.head} />
            {Array.from({ length: width }, (_, col) => (
              <th key={col} scope="col" className={styles.head}>
                {columnLetter(origin.col + col)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => {
            const sheetRow = origin.row + index;
            return (
              <tr
                key={sheetRow}
                className={mergeClasses(locatedRows.has(sheetRow) && styles.locatedRow)}
              >
                <th scope="row" className={styles.rowHead}>
                  {sheetRow}
                </th>
                {Array.from({ length: width }, (_, col) => {
                  const address = `${columnLetter(origin.col + col)}${sheetRow}`;
                  const isLocated = located.has(address);
                  return (
                    <td
                      key={col}
                      data-cell={address}
                      data-located={isLocated ? 'true' : undefined}
                      className={mergeClasses(styles.cell, isLocated && styles.located)}
                    >
                      {shown(row[col])}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
