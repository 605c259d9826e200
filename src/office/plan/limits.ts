// Excel on the web caps each request and each response at 5 MB
// (learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization).
export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;
/** Headroom under the limit for JSON framing and the other actions of the batch. */
export const CHUNK_BUDGET_BYTES = PAYLOAD_LIMIT_BYTES * 0.8;
