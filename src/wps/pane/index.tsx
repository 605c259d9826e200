// The task pane inside WPS 表格: the same React pane as in Excel, on the WPS port (see env.ts).
// Loaded by taskpane.html after the ES5 guard (guard.js) has found the engine new enough.
import { createRoot } from 'react-dom/client';
import { App } from '../../taskpane/App';
import { paneEnv } from './env';

const container = document.getElementById('root');
if (container) {
  const env = paneEnv(window);
  document.documentElement.lang = env.displayLocale;
  createRoot(container).render(<App env={env} />);
}
