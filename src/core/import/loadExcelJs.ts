// The one way to load exceljs (on first use): Node gives the CommonJS exports directly, bundlers
// may wrap them in `default`.
export type ExcelJsModule = typeof import('exceljs');

export async function loadExcelJs(): Promise<ExcelJsModule> {
  const mod = (await import(/* webpackChunkName: "exceljs" */ 'exceljs')) as ExcelJsModule & {
    default?: ExcelJsModule;
  };
  return mod.Workbook ? mod : (mod.default ?? mod);
}
