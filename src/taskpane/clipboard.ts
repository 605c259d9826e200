// Copying rich text. Add-in iframes in Office on the web block navigator.clipboard, so the first
// try is a `copy` event fired by execCommand inside the click; the async API is the fallback.
export interface ClipboardPayload {
  html?: string;
  text: string;
}

function copyWithCommand(doc: Document, payload: ClipboardPayload): boolean {
  let written = false;
  const onCopy = (event: ClipboardEvent) => {
    if (!event.clipboardData) return;
    if (payload.html !== undefined) event.clipboardData.setData('text/html', payload.html);
    event.clipboardData.setData('text/plain', payload.text);
    event.preventDefault();
    written = true;
  };
  doc.addEventListener('copy', onCopy, true);
  try {
    doc.execCommand('copy');
  } catch {
    written = false;
  } finally {
    doc.removeEventListener('copy', onCopy, true);
  }
  return written;
}

async function copyWithApi(payload: ClipboardPayload): Promise<boolean> {
  const clipboard = typeof navigator === 'undefined' ? undefined : navigator.clipboard;
  if (!clipboard) return false;
  try {
    if (payload.html !== undefined && typeof ClipboardItem !== 'undefined' && clipboard.write) {
      await clipboard.write([
        new ClipboardItem({
          'text/html': new Blob([payload.html], { type: 'text/html' }),
          'text/plain': new Blob([payload.text], { type: 'text/plain' }),
        }),
      ]);
    } else {
      await clipboard.writeText(payload.text);
    }
    return true;
  } catch {
    return false;
  }
}

/** Call from the click handler itself (the copy event needs the user's gesture). */
export async function copyToClipboard(payload: ClipboardPayload, doc = document): Promise<boolean> {
  return copyWithCommand(doc, payload) || copyWithApi(payload);
}
