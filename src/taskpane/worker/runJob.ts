// One engine job on whichever thread loads this: reading a file, checking a grid, the narrative.
// The same code runs in the worker and, where there is no worker, on the main thread.
import { buildNarrative, checkTable, loadExcelJs, readWorkbookFile } from '../../core';
import type { EngineJob, EngineResults } from './protocol';

export async function runJob<K extends EngineJob['kind']>(
  job: EngineJob & { kind: K },
): Promise<EngineResults[K]> {
  const value = await runAny(job);
  return value as EngineResults[K];
}

async function runAny(job: EngineJob): Promise<EngineResults[EngineJob['kind']]> {
  switch (job.kind) {
    case 'read':
      return readWorkbookFile(job.name, job.bytes);
    case 'check':
      return checkTable(job.grid, job.options);
    case 'narrate':
      return buildNarrative(job.report, {
        locale: job.options.locale,
        ...(job.options.templates ? { templates: job.options.templates } : {}),
      });
    case 'warm':
      // The worker has the checker loaded by now; the .xlsx reader loads on first use.
      if (job.reading) await loadExcelJs();
      return null;
  }
}
