// The scroll box as a virtualised list sees it, read without laying the page out in the middle of
// React's commit (which the library does as a list mounts: reading the box's size, scrolling the
// new box to where it already is; 40–140 ms each at 10,000 rows on the build machine).
// Its size is what a ResizeObserver reports, after the browser's own layout. Until the first
// report, and without layout (a hidden box, a DOM with no layout engine), the box counts as
// INITIAL_RECT, so that the first rows render.
import { elementScroll, observeElementRect } from '@tanstack/react-virtual';

export const INITIAL_RECT = { width: 0, height: 480 };

export const observeRectOrDefault: typeof observeElementRect = (instance, cb) => {
  const element = instance.scrollElement;
  const Observer = instance.targetWindow?.ResizeObserver;
  if (!element || !Observer) return undefined;
  const observer = new Observer(() => {
    const height = element.clientHeight;
    cb(height > 0 ? { width: element.clientWidth, height } : INITIAL_RECT);
  });
  observer.observe(element);
  return () => observer.disconnect();
};

const written = new WeakSet<Element | Window>();

/** Scrolls as the library does, except a box just created to the top, where it is. */
export const scrollUnlessFresh: typeof elementScroll = (offset, options, instance) => {
  const box = instance.scrollElement;
  if (box && !written.has(box)) {
    written.add(box);
    if (offset + (options.adjustments ?? 0) === 0) return;
  }
  elementScroll(offset, options, instance);
};
