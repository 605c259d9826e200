// What the WPS ribbon says beyond the core's host wording (src/core/messages).
import type { Locale } from '../../core';

export const RIBBON_WORDING: Record<Locale, { title: string; busy: string; paneFailed: string }> = {
  'zh-CN': {
    title: '指标助手',
    busy: '指标助手正在处理上一项操作，请稍候再试。',
    paneFailed: '无法打开指标助手任务窗格',
  },
  'en-US': {
    title: 'Indicator Assistant',
    busy: 'Indicator Assistant is still working on the previous action. Please try again shortly.',
    paneFailed: 'The Indicator Assistant pane could not be opened',
  },
};
