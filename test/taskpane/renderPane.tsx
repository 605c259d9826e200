// Renders the real App the way index.tsx does, with a chosen port, locale and clock.
import './polyfills';
import { configure, fireEvent, render, screen, within } from '@testing-library/react';
import type { RenderResult } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { UserEvent } from '@testing-library/user-event';
import type { Locale } from '../../src/core';
import { App } from '../../src/taskpane/App';
import { MemoryWorkbook } from '../../src/taskpane/standalone/memoryWorkbook';
import type { PaneEnv } from '../../src/taskpane/state/usePane';
import type { WorkbookPort } from '../../src/core';
import type { Engine } from '../../src/taskpane/worker/engine';

// The first check of a file loads the engine and results chunks: allow for a slow machine.
configure({ asyncUtilTimeout: 5000 });

/** "Today" for the pane: its default as-of date is then 2026-04-30, not the sample's date. */
export const TODAY = new Date(2026, 4, 12);

export interface PaneHarness extends RenderResult {
  user: UserEvent;
  env: PaneEnv;
}

export function renderStandalone(
  displayLocale: Locale = 'zh-CN',
  memory = new MemoryWorkbook(),
  engine?: Engine,
): PaneHarness & { memory: MemoryWorkbook } {
  const env: PaneEnv = {
    port: memory,
    memory,
    displayLocale,
    today: () => TODAY,
    ...(engine ? { engine } : {}),
  };
  return { ...renderEnv(env), memory };
}

export function renderExcel(port: WorkbookPort, displayLocale: Locale = 'zh-CN'): PaneHarness {
  return renderEnv({ port, memory: null, displayLocale, today: () => TODAY });
}

function renderEnv(env: PaneEnv): PaneHarness {
  const user = userEvent.setup({ delay: null });
  return { ...render(<App env={env} />), user, env };
}

/** The as-of date field (a date input has no ARIA role, so it is found by its label). */
export async function setAsOf(label: string, value: string): Promise<void> {
  const input = await screen.findByLabelText(label);
  fireEvent.change(input, { target: { value } });
}

/** The five summary counts by key (total, done, onTrack, behind, errors). */
export async function readCounts(): Promise<Record<string, string>> {
  const grid = await screen.findByTestId('summary-counts');
  const counts: Record<string, string> = {};
  for (const cell of grid.querySelectorAll<HTMLElement>('[data-count]')) {
    counts[cell.dataset.count ?? ''] = cell.querySelector('dd')?.textContent ?? '';
  }
  return counts;
}

/** Addresses of the preview cells marked as located. */
export function locatedCells(): string[] {
  const preview = screen.getByRole('table', { name: /表格预览|Table preview/ });
  return [...preview.querySelectorAll<HTMLElement>('td[data-located="true"]')].map(
    (td) => td.dataset.cell ?? '',
  );
}

/** The buttons of the indicator list (one per shown indicator). */
export function indicatorButtons(listName: string): HTMLElement[] {
  return within(screen.getByRole('list', { name: listName })).getAllByRole('button');
}

/** The status/alert bar's text, or null when none is shown. */
export function noticeText(): string | null {
  return screen.queryByTestId('notice')?.textContent ?? null;
}

/**
 * A button of the 放弃修改的文字？ question. hidden: true because in jsdom tabster sometimes leaves
 * the dialog aria-hidden (a timing of its modalizer); Chromium's accessibility tree is checked in
 * test/e2e/pane.test.ts.
 */
export async function findInDialog(button: string): Promise<HTMLElement> {
  // The question loads with its own chunk: give it time on a busy machine.
  const dialog = await screen.findByRole(
    'alertdialog',
    { name: '放弃修改的文字？', hidden: true },
    { timeout: 10_000 },
  );
  return within(dialog).getByRole('button', { name: button, hidden: true });
}
