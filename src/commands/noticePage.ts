// The dialog page that shows a notice (commands.html?notice=…): text only, an OK button, and it
// closes itself after a few seconds unless it reports an error.
import type { DialogNotice } from './notice';

const OK: Record<DialogNotice['locale'], string> = { 'zh-CN': '好的', 'en-US': 'OK' };

/** How long the page stays open on its own, by tone (ms); errors wait for the user. */
export const AUTO_CLOSE_MS: Record<DialogNotice['tone'], number | null> = {
  success: 6000,
  warning: 12000,
  error: null,
};

export function renderNotice(
  doc: Document,
  notice: DialogNotice,
  close: () => void,
  schedule: (fn: () => void, ms: number) => unknown = setTimeout,
): void {
  doc.documentElement.lang = notice.locale;
  doc.title = notice.title;
  const main = doc.createElement('main');
  main.className = `notice notice-${notice.tone}`;
  main.setAttribute('role', notice.tone === 'error' ? 'alert' : 'status');
  const title = doc.createElement('h1');
  title.textContent = notice.title;
  main.append(title);
  for (const line of notice.lines) {
    const p = doc.createElement('p');
    p.textContent = line;
    main.append(p);
  }
  const button = doc.createElement('button');
  button.type = 'button';
  button.textContent = OK[notice.locale];
  button.addEventListener('click', close);
  main.append(button);
  doc.body.replaceChildren(main);
  button.focus();
  const delay = AUTO_CLOSE_MS[notice.tone];
  if (delay !== null) schedule(close, delay);
}
