// The add-in's main page (index.html, never shown): WPS loads it, then reads ribbon.xml and calls
// the functions it names on the global `ribbon` object. Runs after the ES5 guard (guard.js).
import type { Outcome } from '../../core';
import { findApplication, requireApplication, wpsDisplayLocale } from '../host';
import { saveLastNotice } from '../store/notice';
import { WpsWorkbook } from '../wpsWorkbook';
import { createRibbon } from './callbacks';
import { paneUrl, showPane } from './paneWindow';
import { RIBBON_WORDING } from './wording';

/** A message box; what cannot be shown is kept for the pane (PluginStorage). */
function notify(outcome: Outcome): void {
  try {
    window.alert([outcome.title, '', ...outcome.lines].join('\n'));
  } catch {
    const app = findApplication(window);
    if (app) saveLastNotice(app.PluginStorage, outcome);
  }
}

const displayLocale = () => wpsDisplayLocale(findApplication(window), navigator.language);

const ribbon = createRibbon({
  port: new WpsWorkbook(),
  displayLocale,
  today: () => new Date(),
  notify,
  openPane: () => {
    const app = requireApplication(window);
    showPane(app, paneUrl(window.location.href), RIBBON_WORDING[displayLocale()].title);
  },
});

(window as unknown as { ribbon: typeof ribbon }).ribbon = ribbon;
