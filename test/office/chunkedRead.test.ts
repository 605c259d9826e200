import {
  BYTES_PER_CELL,
  CHUNK_BUDGET_BYTES,
  chunkRows,
  estimateBytes,
  PAYLOAD_LIMIT_BYTES,
} from '../../src/office/excel/chunkedRead';

describe('payload estimate', () => {
  it('sizes chunks to stay under the budget', () => {
    expect(chunkRows(10)).toBe(Math.floor(CHUNK_BUDGET_BYTES / (10 * BYTES_PER_CELL)));
    expect(estimateBytes(chunkRows(10), 10)).toBeLessThanOrEqual(CHUNK_BUDGET_BYTES);
    expect(CHUNK_BUDGET_BYTES).toBeLessThan(PAYLOAD_LIMIT_BYTES);
  });

  it.each([0, 1, 16_384])('always reads at least one row (%i columns)', (columns) => {
    expect(chunkRows(columns)).toBeGreaterThanOrEqual(1);
  });
});
