// The minimum the manifest asks Office for is the one the adapter is written against.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { detectCapabilities, MINIMUM_EXCEL_API } from '../../src/office/host/capabilities';
import { installFakeOffice } from './fake/install';

describe('requirement sets', () => {
  it('the manifest requires ExcelApi MINIMUM_EXCEL_API', () => {
    const manifest = readFileSync(path.resolve(__dirname, '../../manifest.xml'), 'utf8');
    expect(manifest).toContain(`<Set Name="ExcelApi" MinVersion="${MINIMUM_EXCEL_API}"/>`);
  });

  it.each([
    [7, { rangeAreas: false, notes: false, validation: false }],
    [8, { rangeAreas: false, notes: false, validation: true }],
    [9, { rangeAreas: true, notes: false, validation: true }],
    [18, { rangeAreas: true, notes: true, validation: true }],
  ])('ExcelApi 1.%i offers %p', (excelApi, capabilities) => {
    const office = installFakeOffice({ excelApi });
    try {
      expect(detectCapabilities()).toEqual(capabilities);
    } finally {
      office.uninstall();
    }
  });
});
