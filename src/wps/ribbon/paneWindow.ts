// The task pane: created once with Application.CreateTaskPane(url), docked right; its ID is kept
// in PluginStorage (no CustomTaskPanes collection in the WPS API) so the button shows the same pane.
import type { EtApplication, EtTaskPane } from '../types';

export const PANE_ID_KEY = 'indicatorAssistant.taskPaneId';
/** msoCTPDockPositionRight. */
const DOCK_RIGHT = 2;

/** The pane page next to the page this runs in (http:// when served, file:// when offline). */
export function paneUrl(pageUrl: string): string {
  const base = pageUrl.split(/[?#]/)[0] ?? '';
  return `${base.slice(0, base.lastIndexOf('/') + 1)}taskpane.html`;
}

function knownPane(app: EtApplication): EtTaskPane | null {
  // A missing key reads as '' or null: only a stored number names a pane.
  const stored = app.PluginStorage.getItem(PANE_ID_KEY) ?? '';
  if (!/^\d+$/.test(stored)) return null;
  try {
    return app.GetTaskPane(Number(stored));
  } catch {
    return null; // closed for good (or never ours): make a new one
  }
}

export function showPane(app: EtApplication, url: string, title: string): EtTaskPane {
  let pane = knownPane(app);
  if (!pane) {
    pane = app.CreateTaskPane(url, title);
    app.PluginStorage.setItem(PANE_ID_KEY, String(pane.ID));
  }
  pane.DockPosition = DOCK_RIGHT;
  pane.Visible = true;
  return pane;
}
