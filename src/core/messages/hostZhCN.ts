// zh-CN wording of host operations: errors, where the results went, ribbon notices.
import type { HostName, HostWording } from './hostWording';

const product = (host: HostName): string => (host === 'wps' ? 'WPS 表格' : 'Excel');
const suite = (host: HostName): string => (host === 'wps' ? 'WPS' : 'Office');

export const HOST_ZH: HostWording = {
  error: {
    'no-host': () => '未在 Excel 或 WPS 表格中运行，无法读取或写入工作簿。',
    'unsupported-api': (host) =>
      `当前 ${product(host)} 版本不支持此功能，请更新 ${suite(host)} 后重试。`,
    'payload-too-large': (host) =>
      `所选区域过大，${product(host)} 无法一次传输。请缩小选区后重试。`,
    'sheet-protected': () =>
      '工作表或工作簿受保护（或以只读方式打开），无法写入。请取消保护后重试。',
    'edit-mode': (host) =>
      `${product(host)} 正处于单元格编辑状态。请按 Enter 或 Esc 结束编辑后重试。`,
    'no-data': () => '没有找到可核验的数据。请选中指标表格，或把光标放在表格内。',
    'no-table': () =>
      '光标不在 Excel 表格（“插入 > 表格”）内。请把光标放入表格，或改用选区/整张工作表。',
    'multi-area-selection': () => '选区包含多个不相连的区域。请只选中一个连续区域。',
    'sheet-not-found': () => '找不到对应的工作表或单元格，可能已被删除或重命名。',
    'invalid-address': () => '单元格地址无效。',
    'invalid-settings': () => '设置内容无效，未保存。',
    'settings-failed': () => '无法在工作簿中读取或保存设置。',
    'settings-too-large': (host) =>
      `设置内容超过 ${suite(host)} 允许保存的大小（约 2 MB），没有保存。请缩短自定义的总结模板。`,
    'host-busy': (host) =>
      `${product(host)} 暂时处理不了这么多操作（时间、内存或并发编辑达到上限），操作未完成。请稍后重试，或缩小选区。`,
    'range-conflict': () =>
      '要写入的单元格与合并单元格、筛选、数据透视表或表格的结构冲突，操作未完成。请调整后重试，或在设置中改为“结果写入新工作表”。',
    'unsupported-sheet': (host) =>
      `${product(host)} 不允许加载项操作这类工作表（如宏表、对话框表）。请在普通工作表中使用。`,
    'out-of-time': (host) =>
      `表格太大，“一键核验”无法在 ${suite(host)} 允许功能区命令运行的时间内完成，没有写入任何标记。请打开指标助手窗格核验。`,
    'too-many-marks': () =>
      '要写的标记太多，指标助手无法在工作簿中全部记下，以后也就无法清除它们，所以这次没有写入任何内容。请在设置中改为“结果写入新工作表”，或分几次选中部分行核验。',
    'host-error': (host) => `${product(host)} 报告了一个错误，操作未完成。请重试。`,
  },
  fallback: {
    'neighbour-not-empty': '表格右侧一列已有内容，为避免覆盖',
    'no-header': '未找到表头，无法在表格旁标注状态',
    'sheet-protected': '工作表受保护，未在表格中做标记',
    'cells-unreadable': '当前版本的表格软件读不到单元格的批注和数据验证，为避免改动您的单元格',
  },
  fellBackTo: (sheet) => `，结果写在工作表“${sheet}”。`,
  fellBackHere: '，核验结果写在本工作表。',
  statusAt: (range, cells) => `状态已写在 ${range} 列，共标记 ${cells} 个单元格。`,
  onSheet: (sheet) => `结果已写在工作表“${sheet}”。`,
  withheld:
    '表格的读法不确定，没有写入任何标记。请在指标助手窗格的“表格识别”中确认各列对应的内容，再重新核验。',
  checkDone: '核验完成',
  checkFailed: '核验未完成',
  counts: (s) =>
    `共 ${s.total} 项指标：已完成 ${s.done} 项，达序时 ${s.onTrack} 项，滞后 ${s.behind} 项，严重滞后 ${s.severelyBehind} 项，数据错误 ${s.invalid} 项。`,
  issues: (n, notes) =>
    notes > 0 ? `发现 ${n} 个问题，详见状态列中的批注。` : `发现 ${n} 个问题，已列在结果表中。`,
  badSettings: (names) => `部分设置无法读取，已使用默认值：${names.join('、')}。`,
  cleared: '标记已清除',
  clearedText: '已删除指标助手写入的状态列、底色、批注和结果表。',
  clearFailed: '清除未完成',
};
