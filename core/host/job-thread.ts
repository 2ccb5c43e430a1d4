// Worker thread entry: runs one job on a connection of its own, so the core's thread keeps
// answering short calls. A read job reads a snapshot (WAL); a write job holds the one write
// transaction until it commits, or rolls back when cancelled.
import { parentPort, workerData } from 'node:worker_threads';
import { controlFor } from '../api/jobs';
import { runJobOnThread } from '../create-core';
import type { FromJob, JobThreadData } from './protocol';

const data = workerData as JobThreadData;
const post = (m: FromJob) => parentPort!.postMessage(m);
const control = controlFor(data.flag, (progress) => post({ type: 'progress', progress }));
runJobOnThread(data.options, { method: data.method, input: data.input, actor: data.actor, write: data.write, ...(data.session ? { session: data.session } : {}) }, control).then(
  (result) => post({ type: 'result', result }),
  (e: unknown) => post({ type: 'result', result: { ok: false, error: { code: 'internal', message: `job failed: ${e instanceof Error ? e.message : String(e)}` } } }),
);
