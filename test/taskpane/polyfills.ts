// Browser APIs the pane uses that jsdom does not implement. Test-only: src stays untouched.

import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from 'node:util';

/** CSS.escape as specified (CSSOM §2.1.1), enough for cell addresses and ids. */
function cssEscape(value: string): string {
  let out = '';
  for (let i = 0; i < value.length; i++) {
    const ch = value.charAt(i);
    const code = value.charCodeAt(i);
    if (code === 0) out += '\uFFFD';
    else if (
      (code >= 0x1 && code <= 0x1f) ||
      code === 0x7f ||
      (i === 0 && code >= 0x30 && code <= 0x39) ||
      (i === 1 && code >= 0x30 && code <= 0x39 && value.charCodeAt(0) === 0x2d)
    ) {
      out += `\\${code.toString(16)} `;
    } else if (i === 0 && value.length === 1 && code === 0x2d) out += `\\${ch}`;
    else if (code >= 0x80 || ch === '-' || ch === '_' || /[0-9A-Za-z]/.test(ch)) out += ch;
    else out += `\\${ch}`;
  }
  return out;
}

export function installPolyfills(): void {
  if (typeof window === 'undefined') return;
  if (typeof globalThis.TextDecoder !== 'function') {
    // jsdom's window has no TextDecoder; Node's (with full ICU: GB18030 too) is the same API.
    Object.assign(globalThis, { TextDecoder: NodeTextDecoder, TextEncoder: NodeTextEncoder });
  }
  const globalCss = (globalThis as { CSS?: Partial<typeof CSS> }).CSS;
  if (!globalCss) {
    Object.defineProperty(globalThis, 'CSS', {
      configurable: true,
      value: { escape: cssEscape, supports: () => false },
    });
  } else if (typeof globalCss.escape !== 'function') {
    globalCss.escape = cssEscape;
  }
  if (typeof Element.prototype.scrollIntoView !== 'function') {
    Element.prototype.scrollIntoView = function scrollIntoView() {};
  }
  if (typeof Blob.prototype.arrayBuffer !== 'function') {
    // jsdom's Blob/File cannot be read as bytes directly; FileReader can.
    Blob.prototype.arrayBuffer = function arrayBuffer(this: Blob): Promise<ArrayBuffer> {
      return new Promise((resolve, reject) => {
        const reader = new FileReader();
        reader.onload = () => resolve(reader.result as ArrayBuffer);
        reader.onerror = () => reject(reader.error);
        reader.readAsArrayBuffer(this);
      });
    };
  }
  if (typeof window.ResizeObserver !== 'function') {
    // Fluent's MessageBar watches its own size; jsdom has no layout, so nothing ever resizes.
    class NoResizeObserver implements ResizeObserver {
      observe(): void {}
      unobserve(): void {}
      disconnect(): void {}
    }
    Object.defineProperty(window, 'ResizeObserver', {
      configurable: true,
      writable: true,
      value: NoResizeObserver,
    });
  }
  if (typeof window.matchMedia !== 'function') {
    Object.defineProperty(window, 'matchMedia', {
      configurable: true,
      value: (query: string): MediaQueryList =>
        ({
          matches: false,
          media: query,
          onchange: null,
          addListener: () => {},
          removeListener: () => {},
          addEventListener: () => {},
          removeEventListener: () => {},
          dispatchEvent: () => false,
        }) as MediaQueryList,
    });
  }
}

installPolyfills();
