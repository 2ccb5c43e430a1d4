import { AppError } from './errors';

/** How far a job is: `done` of `total` units of its current `phase` (e.g. entries of the chain). */
export type JobProgress = { done: number; total: number; phase: string };

export type JobState = 'running' | 'done' | 'failed' | 'cancelled';

/** What `jobs.status` answers: the progress bar's data. */
export type JobStatus = JobProgress & {
  jobId: string;
  method: string;
  label: string;
  state: JobState;
  startedAt: string;
  elapsedMs: number;
};

/** What a job body is handed: report progress, and stop when the caller cancels. */
export type JobControl = {
  /** Reports progress; cheap to call often. Throws JobCancelled once the caller has cancelled. */
  progress(done: number, total: number, phase?: string): void;
  /** True once the caller has cancelled (for bodies that poll, e.g. while awaiting workers). */
  cancelled(): boolean;
};

/** Thrown inside a job body when its caller cancelled it: a write job's transaction rolls back. */
export class JobCancelled extends AppError {
  constructor() {
    super('cancelled', 'The job was cancelled; nothing of it was saved.');
  }
}

/** A cancel flag that crosses threads: the job's worker reads what the core's thread writes. */
export function newCancelFlag(): Int32Array {
  return new Int32Array(new SharedArrayBuffer(4));
}

export const isCancelled = (flag: Int32Array): boolean => Atomics.load(flag, 0) === 1;

/** A control over a cancel flag that hands progress to `report` (which may be another thread's port). */
export function controlFor(flag: Int32Array, report: (p: JobProgress) => void): JobControl {
  return {
    progress(done, total, phase = '') {
      if (isCancelled(flag)) throw new JobCancelled();
      report({ done, total, phase });
    },
    cancelled: () => isCancelled(flag),
  };
}

type Entry = JobProgress & {
  jobId: string;
  method: string;
  label: string;
  write: boolean;
  ownerId: number | null;
  state: JobState;
  started: number;
  finished: number | null;
  flag: Int32Array;
};

/** Finished jobs are kept this long, so a last poll still sees how a job ended. */
const KEEP_FINISHED_MS = 10 * 60_000;

/**
 * The jobs a core is running, with their progress: `jobs.status` and `jobs.cancel` read it, the
 * hosts update it from the job's thread. In memory only, like sessions.
 */
export class JobRegistry {
  private readonly jobs = new Map<string, Entry>();

  constructor(private readonly now: () => number = Date.now) {}

  begin(jobId: string, method: string, label: string, write: boolean, ownerId: number | null): Entry {
    this.prune();
    if (this.jobs.has(jobId)) throw new AppError('conflict', `A job with id ${jobId} exists already`, { jobId });
    const entry: Entry = { jobId, method, label, write, ownerId, state: 'running', started: this.now(), finished: null, done: 0, total: 0, phase: '', flag: newCancelFlag() };
    this.jobs.set(jobId, entry);
    return entry;
  }

  update(jobId: string, p: JobProgress): void {
    const e = this.jobs.get(jobId);
    if (e && e.state === 'running') Object.assign(e, p);
  }

  finish(jobId: string, state: Exclude<JobState, 'running'>): void {
    const e = this.jobs.get(jobId);
    if (!e) return;
    e.state = state;
    e.finished = this.now();
  }

  /** The running write job, if any: only one may hold the write transaction. */
  runningWrite(): { jobId: string; method: string } | null {
    for (const e of this.jobs.values()) if (e.write && e.state === 'running') return { jobId: e.jobId, method: e.method };
    return null;
  }

  /** A job's status, for its owner only (someone else's job is "not found", not "forbidden"). */
  status(jobId: string, ownerId: number | null): JobStatus | null {
    const e = this.jobs.get(jobId);
    if (!e || e.ownerId !== ownerId) return null;
    const end = e.finished ?? this.now();
    return {
      jobId: e.jobId,
      method: e.method,
      label: e.label,
      state: e.state,
      done: e.done,
      total: e.total,
      phase: e.phase,
      startedAt: new Date(e.started).toISOString(),
      elapsedMs: end - e.started,
    };
  }

  /** Asks the owner's running job to stop; false when there is no such running job. */
  cancel(jobId: string, ownerId: number | null): boolean {
    const e = this.jobs.get(jobId);
    if (!e || e.ownerId !== ownerId || e.state !== 'running') return false;
    Atomics.store(e.flag, 0, 1);
    return true;
  }

  private prune(): void {
    const cutoff = this.now() - KEEP_FINISHED_MS;
    for (const [id, e] of this.jobs) if (e.finished !== null && e.finished < cutoff) this.jobs.delete(id);
  }
}
