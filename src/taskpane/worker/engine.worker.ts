// The engine's Web Worker: reads, checks and writes the narrative off the pane's main thread.
import type { EngineRequest, EngineResponse } from './protocol';
import { runJob } from './runJob';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<EngineRequest>) => void) | null;
  postMessage: (message: EngineResponse) => void;
};

scope.onmessage = (event) => {
  const { id, ...job } = event.data;
  runJob(job).then(
    (value) => scope.postMessage({ id, ok: true, value }),
    (error: unknown) =>
      scope.postMessage({
        id,
        ok: false,
        error: error instanceof Error ? error.message : String(error),
      }),
  );
};
