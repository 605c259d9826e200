// Features above the manifest's minimum (ExcelApi 1.7), detected at run time.

export const MINIMUM_EXCEL_API = '1.7';

export interface Capabilities {
  /** getSelectedRanges, getRanges, getSpecialCellsOrNullObject, RangeAreas.select (ExcelApi 1.9). */
  rangeAreas: boolean;
  /** Worksheet.notes (ExcelApi 1.18). */
  notes: boolean;
  /** Office.context.ui.displayDialogAsync (DialogApi 1.1). */
  dialog: boolean;
}

function supported(set: string, version: string): boolean {
  const requirements = typeof Office === 'undefined' ? undefined : Office.context?.requirements;
  return requirements ? requirements.isSetSupported(set, version) : false;
}

export function detectCapabilities(): Capabilities {
  return {
    rangeAreas: supported('ExcelApi', '1.9'),
    notes: supported('ExcelApi', '1.18'),
    dialog: supported('DialogApi', '1.1'),
  };
}
