/** Runs the theme grouping in a worker, one run at a time, with its progress. */
import type { ProposedTheme, ThemeInput } from '../../shared/domain/themes/cluster';

export function proposeInWorker(notes: ThemeInput[], onProgress: (done: number) => void): { result: Promise<ProposedTheme[]>; cancel(): void } {
  const worker = new Worker(new URL('./cluster.worker.ts', import.meta.url), { type: 'module' });
  const result = new Promise<ProposedTheme[]>((resolve, reject) => {
    worker.onmessage = (e: MessageEvent<{ progress?: number; themes?: ProposedTheme[] }>) => {
      if (e.data.themes) {
        resolve(e.data.themes);
        worker.terminate();
      } else if (typeof e.data.progress === 'number') onProgress(e.data.progress);
    };
    worker.onerror = (e) => {
      reject(new Error(e.message));
      worker.terminate();
    };
  });
  worker.postMessage({ notes });
  return { result, cancel: () => worker.terminate() };
}
