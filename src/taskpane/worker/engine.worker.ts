// The engine's Web Worker: reads, checks and writes the narrative off the pane's main thread.
import type { EngineRequest, EngineResponse } from './protocol';
import { engineServer } from './serve';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<EngineRequest>) => void) | null;
  postMessage: (message: EngineResponse) => void;
};

const serve = engineServer((response) => scope.postMessage(response));
scope.onmessage = (event) => void serve(event.data);
