// The user-cells property both hosts promise (test/host/contract/userCells.ts), on the fake WPS 表格.
import { describeUserCellsContract } from '../host/contract/userCells';
import { wpsDriver } from './driver';

describeUserCellsContract(wpsDriver);
