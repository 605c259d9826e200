// Features above the manifest's minimum (ExcelApi 1.7), detected at run time.
// Without 1.9: the table under the cursor costs a second batch, a multi-area selection a retry,
// formulas in the neighbour column are not seen (values only), fills are set cell run by cell
// run and selectCells selects the block around the cells. Without 1.18: no notes; the issues
// are listed on the result sheet. Without 1.8 (data validation) or 1.18 (notes) a status cell
// could hold a rule or a note we cannot see, so results go to the result sheet.

export const MINIMUM_EXCEL_API = '1.7';

export interface Capabilities {
  /** getSelectedRanges, getRanges, getSpecialCellsOrNullObject, RangeAreas.select (ExcelApi 1.9). */
  rangeAreas: boolean;
  /** Worksheet.notes (ExcelApi 1.18). */
  notes: boolean;
  /** Range.dataValidation (ExcelApi 1.8). */
  validation: boolean;
}

function supported(set: string, version: string): boolean {
  const requirements = typeof Office === 'undefined' ? undefined : Office.context?.requirements;
  return requirements ? requirements.isSetSupported(set, version) : false;
}

export function detectCapabilities(): Capabilities {
  return {
    rangeAreas: supported('ExcelApi', '1.9'),
    notes: supported('ExcelApi', '1.18'),
    validation: supported('ExcelApi', '1.8'),
  };
}
