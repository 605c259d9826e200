// Sizes as a virtualised list sees them. Without layout (a hidden box, or a DOM with no layout
// engine) the scroll box counts as this tall and each row as its estimate, so the first rows render.
import { measureElement, observeElementRect } from '@tanstack/react-virtual';

const UNLAID_HEIGHT = 480;

export const observeRectOrDefault: typeof observeElementRect = (instance, cb) =>
  observeElementRect(instance, (rect) =>
    cb(rect.height > 0 ? rect : { width: rect.width, height: UNLAID_HEIGHT }),
  );

/** The row's measured height, else its estimate. */
export const measureOrEstimate =
  (estimate: number): typeof measureElement =>
  (element, entry, instance) => {
    const size = measureElement(element, entry, instance);
    return size > 0 ? size : estimate;
  };
