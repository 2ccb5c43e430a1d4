import { Worker, type WorkerOptions } from 'node:worker_threads';

/**
 * Starts a worker thread on a module beside the caller: `name` without extension, as a `.ts`
 * source when the caller runs from sources (tsx: command line, tests, `npm run serve`), or as the
 * bundled `.js` next to the caller's bundle (dist/webhost, dist/electron). From sources the worker
 * first registers tsx's loader itself: loaders given to the parent do not reach worker threads
 * on Node 20.
 */
export function startWorker(callerUrl: string, name: string, options: WorkerOptions = {}): Worker {
  // tsx's tsImport (npm start's fallback) adds a query to module URLs: look at the path alone.
  const fromSource = new URL(callerUrl).pathname.endsWith('.ts');
  const url = new URL(`./${name}${fromSource ? '.ts' : '.js'}`, callerUrl);
  url.search = '';
  if (!fromSource) return new Worker(url, options);
  const entry = `import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(url.href)}); })`;
  return new Worker(entry, { ...options, eval: true });
}
