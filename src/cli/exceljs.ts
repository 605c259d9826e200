// exceljs, required only when a workbook is written (the bundle keeps it external).
type ExcelJsModule = typeof import('exceljs');

export async function loadExcelJs(): Promise<ExcelJsModule> {
  const mod = (await import('exceljs')) as ExcelJsModule & { default?: ExcelJsModule };
  return mod.Workbook ? mod : (mod.default ?? mod);
}
