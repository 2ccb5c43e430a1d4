import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { auditSize, hasAuditLog, stateMismatches } from '../../db/queries/audit';
import { openDatabase } from '../../db/open';
import { JobCancelled, type JobControl } from '../api/jobs';
import type { RangeResult } from './audit-chain-range';
import { joinRanges, LOG_MISSING, type ChainResult, type VerifyResult } from './audit';

/** Progress and cancellation for a verification run as a job; absent for the command line. */
export type VerifyOptions = { control?: JobControl };

type WorkerMessage = { type: 'progress'; count: number } | { type: 'result'; result: RangeResult };

/**
 * Verifies the chain of a database file with one worker thread per core. Reading the entries,
 * not hashing them, bounds a single thread; each entry carries its predecessor's hash, so ranges
 * verify independently (WAL lets the readers run side by side) and only the seams are joined.
 */
export async function verifyChainParallel(dbPath: string, threads = Math.min(4, availableParallelism()), options: VerifyOptions = {}): Promise<ChainResult> {
  const probe = openDatabase(dbPath, { readonly: true });
  const { maxSeq } = auditSize(probe.sqlite);
  probe.close();
  const n = Math.max(1, Math.min(threads, Math.ceil(maxSeq / 50_000)));
  const bounds = Array.from({ length: n + 1 }, (_, i) => (i === n ? Number.MAX_SAFE_INTEGER : Math.floor((maxSeq * i) / n)));
  // tsx's tsImport adds a query to module URLs: look at the path alone.
  const fromSource = new URL(import.meta.url).pathname.endsWith('.ts');
  const workerUrl = new URL(fromSource ? './audit-verify-worker.ts' : './audit-verify-worker.js', import.meta.url);
  workerUrl.search = '';
  // Run from TypeScript sources (CLI, benchmarks), the worker first registers tsx's loader itself:
  // loaders given to the parent with --import do not reach worker threads on Node 20.
  const entry = fromSource
    ? `import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(workerUrl.href)}); })`
    : workerUrl;
  const control = options.control;
  const counts = new Array<number>(n).fill(0);
  const workers: Worker[] = [];
  const report = () => control?.progress(counts.reduce((a, b) => a + b, 0), maxSeq, 'chain');
  control?.progress(0, maxSeq, 'chain');
  let watch: ReturnType<typeof setInterval> | undefined;
  const cancelled = new Promise<never>((_, failed) => {
    // A cancel reaches a job between messages: the range workers are stopped where they are.
    if (control) watch = setInterval(() => control.cancelled() && failed(new JobCancelled()), 50);
  });
  try {
    const ranges = await Promise.race([
      cancelled,
      Promise.all(
        bounds.slice(0, -1).map(
          (fromSeq, i) =>
            new Promise<RangeResult>((done, failed) => {
              const w = new Worker(entry, { eval: fromSource, workerData: { dbPath, fromSeq, toSeq: bounds[i + 1] } });
              workers.push(w);
              w.on('message', (m: WorkerMessage) => {
                if (m.type === 'result') return done(m.result);
                counts[i] = m.count;
                try {
                  report();
                } catch (e) {
                  failed(e);
                }
              });
              w.once('error', failed);
              w.once('exit', (code) => code !== 0 && failed(new Error(`audit verification worker exited with ${code}`)));
            }),
        ),
      ),
    ]);
    return joinRanges(ranges);
  } finally {
    clearInterval(watch);
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

/** The whole verification of a file (chain on all cores, then row state), for the command line. */
export async function verifyAuditFile(dbPath: string, options: { state?: boolean } & VerifyOptions = {}): Promise<VerifyResult> {
  const probe = openDatabase(dbPath, { readonly: true });
  const logged = hasAuditLog(probe.sqlite);
  probe.close();
  if (!logged) return LOG_MISSING;
  const chain = await verifyChainParallel(dbPath, undefined, options);
  if (!chain.ok || options.state === false) {
    return chain.ok ? { ...chain, checkedState: false } : { ok: false, count: chain.count, head: null, chainBreak: chain.chainBreak };
  }
  const { sqlite, close } = openDatabase(dbPath, { readonly: true });
  try {
    const mismatches = stateMismatches(sqlite, undefined, (done, total) => options.control?.progress(done, total, 'state'));
    return mismatches.length ? { ok: false, count: chain.count, head: chain.head, stateMismatches: mismatches } : { ...chain, checkedState: true };
  } finally {
    close();
  }
}
