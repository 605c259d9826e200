// The user-cells property both hosts promise (test/host/contract/userCells.ts), on the fake Excel
// at every ExcelApi version from 1.7 to 1.18.
import { describeUserCellsContract } from '../host/contract/userCells';
import { excelDriver } from './driver';

describeUserCellsContract(excelDriver);
