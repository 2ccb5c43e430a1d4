// Worker thread entry: the core itself. Hosts (the web host, Electron's main process) only route
// calls here, so a long call never freezes a window or a server; jobs get threads of their own.
import { parentPort, workerData } from 'node:worker_threads';
import { fixedClock } from '../api/define';
import type { JobRunner } from '../api/dispatch';
import { fail, type Result } from '../api/errors';
import { newCancelFlag } from '../api/jobs';
import { createCore, dueAutomaticBackup, type Core } from '../create-core';
import type { CoreThreadOptions, FromCore, FromJob, JobThreadData, ToCore } from './protocol';
import { startWorker } from './worker-entry';

/** A command finding another writer's lock retries between other calls for this long, then answers `busy`. */
const BUSY_WAIT_MS = 5000;

const options = workerData as CoreThreadOptions;
const post = (m: FromCore) => parentPort!.postMessage(m);

let core: Core;
try {
  // A short busy timeout: a statement never blocks this thread long; dispatchAsync retries instead.
  core = createCore({ ...options, busyTimeoutMs: 20, ...(options.fixedNow ? { clock: fixedClock(options.fixedNow) } : {}) });
  post({ type: 'ready', dbPath: core.dbPath, created: core.created });
} catch (e) {
  post({ type: 'failed', message: e instanceof Error ? e.message : String(e) });
  process.exit(0);
}

/** Runs a job in a thread of its own over the same file, forwarding its progress as events. */
const runJob: JobRunner = (a, jobId, flag, report) =>
  new Promise<Result>((done) => {
    const data: JobThreadData = { options: { ...options, dbPath: core.dbPath }, method: a.name, input: a.input, actor: a.ctx.actor, write: a.h.write, flag, ...(a.ctx.session ? { session: a.ctx.session } : {}) };
    const w = startWorker(import.meta.url, 'job-thread', { workerData: data });
    let settled = false;
    const finish = (r: Result) => {
      if (settled) return;
      settled = true;
      done(r);
      void w.terminate();
    };
    w.on('message', (m: FromJob) => {
      if (m.type === 'result') return finish(m.result);
      report(m.progress);
      const status = core.ctx.jobs.status(jobId, a.ctx.actor?.id ?? null);
      if (status) post({ type: 'event', event: { type: 'job.progress', status } });
    });
    w.once('error', (e) => finish(fail('internal', `job thread failed: ${e.message}`)));
    w.once('exit', (code) => finish(fail('internal', `job thread exited (${code}) before answering`)));
  });

/**
 * The daily automatic backup: checked a while after start (not while the user is opening the
 * app) and then every hour; taken when the newest automatic one is a day old.
 */
const schedule = options.automaticBackups ?? { firstAfterMs: 10 * 60_000, everyMs: 60 * 60_000 };
let backingUp = false;
const backupIfDue = () => {
  const due = backingUp ? null : dueAutomaticBackup(core, Date.now());
  if (!due) return;
  backingUp = true;
  void runJob(due, `auto-backup-${Date.now()}`, newCancelFlag(), () => undefined)
    .then((r) => {
      if (!r.ok) console.error(`[tranche] automatic backup failed: ${r.error.message}`);
    })
    .finally(() => (backingUp = false));
};
if (schedule) {
  setTimeout(backupIfDue, schedule.firstAfterMs).unref();
  setInterval(backupIfDue, schedule.everyMs).unref();
}

parentPort!.on('message', (m: ToCore | { type: 'close' }) => {
  if (m.type === 'close') {
    core.close();
    parentPort!.close();
    return;
  }
  void core
    .callAsync(m.name, m.input, m.session, { ...(m.jobId ? { jobId: m.jobId } : {}), runJob, busyWaitMs: BUSY_WAIT_MS })
    .catch((e: unknown) => fail('internal', `Internal error: ${e instanceof Error ? e.message : String(e)}`))
    .then((result) => post({ type: 'result', id: m.id, result }));
});
