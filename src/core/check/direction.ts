// 方向 column: 正向 (higher is better, the default) or 逆向 (lower is better, e.g. 能耗, 事故起数).
import type { Direction } from '../types';
import { compact } from '../table/text';

const HIGHER = new Set(['正向', '正', '越大越好', '越高越好', 'higher', 'high', 'up', '+', '↑']);
const LOWER = new Set([
  '逆向',
  '反向',
  '负向',
  '逆',
  '越小越好',
  '越低越好',
  'lower',
  'low',
  'down',
  '-',
  '↓',
]);

/** null when the text names no direction. */
export function parseDirection(text: string): Direction | null {
  const key = compact(text).toLowerCase();
  if (HIGHER.has(key)) return 'higher';
  if (LOWER.has(key)) return 'lower';
  return null;
}
