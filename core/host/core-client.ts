import type { Worker } from 'node:worker_threads';
import { fail, type Result } from '../api/errors';
import type { CoreEvent, CoreThreadOptions, FromCore, ToCore } from './protocol';
import { startWorker } from './worker-entry';

export type { CoreEvent, CoreThreadOptions } from './protocol';

/** A core running in its own thread, as the hosts see it: every call is asynchronous. */
export type CoreClient = {
  dbPath: string;
  created: boolean;
  /** Calls one API method as the holder of `session`; a job call names its `jobId` to be polled or cancelled. */
  call(name: unknown, input: unknown, session?: string, options?: { jobId?: string }): Promise<Result>;
  /** Listens to the core's events (jobs' progress); returns the function that stops listening. */
  onEvent(listener: (e: CoreEvent) => void): () => void;
  close(): Promise<void>;
};

/**
 * Starts the core in a worker thread and resolves once its database is open (created, migrated and
 * filled on first use), or rejects with the reason it could not be opened. `callerUrl` locates the
 * thread's module: this file's own URL by default; a CommonJS bundle (Electron's main) passes a URL
 * inside its own folder, where the bundled core-thread.js sits.
 */
export function startCoreThread(options: CoreThreadOptions, callerUrl: string = import.meta.url): Promise<CoreClient> {
  const worker = startWorker(callerUrl, 'core-thread', { workerData: options });
  const pending = new Map<number, (r: Result) => void>();
  const listeners = new Set<(e: CoreEvent) => void>();
  let nextId = 1;
  let closed = false;

  return new Promise<CoreClient>((ready, failed) => {
    let started = false;
    worker.on('message', (m: FromCore) => {
      switch (m.type) {
        case 'ready':
          started = true;
          ready(client(worker, m.dbPath, m.created));
          return;
        case 'failed':
          failed(new Error(m.message));
          return;
        case 'result':
          pending.get(m.id)?.(m.result);
          pending.delete(m.id);
          return;
        case 'event':
          for (const l of listeners) l(m.event);
      }
    });
    worker.on('error', (e) => {
      if (!started) failed(e);
      else console.error('[tranche] the core thread failed', e);
    });
    worker.on('exit', (code) => {
      if (!started) failed(new Error(`the core thread exited (${code}) before opening the database`));
      // Calls still waiting get an answer rather than hanging.
      for (const done of pending.values()) done(fail('internal', 'The core stopped; the change may not have been saved.'));
      pending.clear();
      closed = true;
    });
  });

  function client(w: Worker, dbPath: string, created: boolean): CoreClient {
    return {
      dbPath,
      created,
      call(name, input, session, callOptions) {
        if (closed) return Promise.resolve(fail('internal', 'The database is closed.'));
        const id = nextId++;
        const message: ToCore = { type: 'call', id, name, input, ...(session ? { session } : {}), ...(callOptions?.jobId ? { jobId: callOptions.jobId } : {}) };
        return new Promise<Result>((done) => {
          pending.set(id, done);
          try {
            w.postMessage(message);
          } catch (e) {
            // Input that structured clone cannot carry (a function, a symbol) is bad input.
            pending.delete(id);
            done(fail('invalid_input', `The call cannot be sent: ${e instanceof Error ? e.message : String(e)}`));
          }
        });
      },
      onEvent(listener) {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
      async close() {
        if (closed) return;
        closed = true;
        const exited = new Promise<void>((r) => w.once('exit', () => r()));
        w.postMessage({ type: 'close' });
        await exited;
      },
    };
  }
}
