import path from 'node:path';
import type { WorkerCommand } from '../../electron/worker-process';

/** The import worker as the app runs it, but from its TypeScript source (node with tsx). */
export const importWorker: WorkerCommand = {
  execArgv: ['--import', 'tsx'],
  script: path.resolve(__dirname, '../../electron/import-worker.ts'),
};
