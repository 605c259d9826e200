// The engine worker as webpack builds it: its own chunk, served from the pane's origin (dist).
// Loaded only where Worker exists: `import.meta` is not for the CommonJS tests.
export const spawnEngineWorker = (): Worker =>
  new Worker(
    /* webpackChunkName: "engine-worker" */ new URL('./engine.worker.ts', import.meta.url),
    { name: 'engine' },
  );
