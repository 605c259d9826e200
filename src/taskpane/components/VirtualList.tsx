// A list of buttons that renders every row when short, and only the rows in view when long (in a
// scroll box of its own, so a 10,000-row table keeps the pane small and quick). Either way: list
// semantics with each item's position, and ↑ ↓ Home End PageUp PageDown between the rows.
// A long list's rows are all `rowHeight` tall (`fixed` rows keep their text to it), so that
// scrolling measures nothing: measuring each row as it came into view laid the page out again and
// placed all 10,000 rows again, frame after frame.
import { makeStyles, mergeClasses } from '@fluentui/react-components';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useLayoutEffect, useRef } from 'react';
import type { KeyboardEvent, ReactNode } from 'react';
import { useListRowStyles } from './listRow';
import { INITIAL_RECT, observeRectOrDefault, scrollUnlessFresh } from './virtualRect';

/** Lists up to this long render in full, in the page's flow. */
export const PLAIN_UP_TO = 100;

const useStyles = makeStyles({
  box: {
    maxHeight: 'max(320px, 60vh)',
    overflowY: 'auto',
    overscrollBehavior: 'contain',
  },
  inner: { position: 'relative' },
  item: {
    position: 'absolute',
    top: 0,
    left: 0,
    width: '100%',
    overflow: 'hidden',
    '& > *': { height: '100%' },
  },
});

export interface VirtualListProps {
  count: number;
  label: string;
  /** Every row's height in px in a long list (where rows are `fixed`). */
  rowHeight: number;
  itemKey: (index: number) => string;
  /** The row's button (the list item around it is this list's); `fixed`: of the list's one height. */
  renderItem: (index: number, fixed: boolean) => ReactNode;
}

const PAGE = 10;

function nextIndex(key: string, index: number, count: number): number | null {
  switch (key) {
    case 'ArrowDown':
      return Math.min(index + 1, count - 1);
    case 'ArrowUp':
      return Math.max(index - 1, 0);
    case 'PageDown':
      return Math.min(index + PAGE, count - 1);
    case 'PageUp':
      return Math.max(index - PAGE, 0);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}

export function VirtualList(props: VirtualListProps) {
  const styles = useStyles();
  const rows = useListRowStyles();
  const box = useRef<HTMLDivElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const wantFocus = useRef<number | null>(null);
  const virtual = props.count > PLAIN_UP_TO;
  const virtualizer = useVirtualizer({
    count: props.count,
    enabled: virtual,
    getScrollElement: () => box.current,
    estimateSize: () => props.rowHeight,
    overscan: 6,
    initialRect: INITIAL_RECT,
    observeElementRect: observeRectOrDefault,
    scrollToFn: scrollUnlessFresh,
  });

  const focusRow = (index: number): boolean => {
    const button = list.current?.querySelector<HTMLElement>(`li[data-index="${index}"] button`);
    button?.focus();
    return button !== null && button !== undefined;
  };

  // A row reached by keyboard in a long list is focused once it has been rendered.
  useLayoutEffect(() => {
    if (wantFocus.current !== null && focusRow(wantFocus.current)) wantFocus.current = null;
  });

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const item = (event.target as HTMLElement).closest<HTMLElement>('li[data-index]');
    const next = item ? nextIndex(event.key, Number(item.dataset.index), props.count) : null;
    if (next === null) return;
    event.preventDefault();
    if (virtual) virtualizer.scrollToIndex(next, { align: 'auto' });
    if (!focusRow(next)) wantFocus.current = next;
  };

  const itemProps = (index: number) => ({
    'data-index': index,
    'aria-setsize': props.count,
    'aria-posinset': index + 1,
  });

  if (!virtual) {
    return (
      <ul ref={list} className={rows.list} aria-label={props.label} onKeyDown={onKeyDown}>
        {Array.from({ length: props.count }, (_, index) => (
          <li key={props.itemKey(index)} {...itemProps(index)}>
            {props.renderItem(index, false)}
          </li>
        ))}
      </ul>
    );
  }
  return (
    <div ref={box} className={styles.box} data-virtual="true">
      <ul
        ref={list}
        className={mergeClasses(rows.list, styles.inner)}
        style={{ height: virtualizer.getTotalSize() }}
        aria-label={props.label}
        onKeyDown={onKeyDown}
      >
        {virtualizer.getVirtualItems().map((row) => (
          <li
            key={props.itemKey(row.index)}
            className={styles.item}
            style={{ transform: `translateY(${row.start}px)`, height: row.size }}
            {...itemProps(row.index)}
          >
            {props.renderItem(row.index, true)}
          </li>
        ))}
      </ul>
    </div>
  );
}
