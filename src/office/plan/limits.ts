// Excel on the web caps each request and each response at 5 MB
// (learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization).
export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;
/** Headroom under the limit for JSON framing and the other actions of the batch. */
export const CHUNK_BUDGET_BYTES = PAYLOAD_LIMIT_BYTES * 0.8;
/**
 * The marks record travels twice in the write request (as the write starts, with the marks it
 * replaces, and as it ends), next to the status column, the fills and the first rows of the
 * result sheet; past this, both together, it cannot be kept.
 */
export const MAX_RECORD_BYTES = 2 * 1024 * 1024;
