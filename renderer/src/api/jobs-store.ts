import type { JobStatus } from '../../../core/api/jobs';
import type { Input, MethodName, Output } from '../../../core/api/handlers';
import { ApiError, type Api } from './client';

/** How often a running job's progress is asked for. */
export const POLL_MS = 250;

/** A job this window started: what the progress component shows. */
export type TrackedJob = {
  jobId: string;
  /** Which screen's work it is (one job per slot at a time), e.g. 'audit.verify'. */
  slot: string;
  method: MethodName;
  /** Local start time, so the elapsed time runs before the first poll answers. */
  startedAt: number;
  status: JobStatus | null;
  cancelling: boolean;
};

export type JobOutcome<T = unknown> = { ok: true; value: T } | { ok: false; error: unknown };

type Snapshot = { running: readonly TrackedJob[]; outcomes: ReadonlyMap<string, JobOutcome> };

const newJobId = () => crypto.randomUUID();

/**
 * The jobs of this window, kept above the screens so that leaving a screen neither stops its job
 * nor loses its result: a job's progress is polled (`jobs.status`) while its call is pending, and
 * the last outcome per slot waits for the screen to show it.
 */
export class JobsStore {
  private snapshot: Snapshot = { running: [], outcomes: new Map() };
  private readonly listeners = new Set<() => void>();

  constructor(private readonly api: Api) {}

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): Snapshot => this.snapshot;

  /** Starts a job in `slot` unless one runs there already; resolves with its outcome. */
  async start<K extends MethodName>(slot: string, method: K, input: Input<K>): Promise<JobOutcome<Output<K>>> {
    if (this.snapshot.running.some((j) => j.slot === slot)) return { ok: false, error: new Error(`a job is already running in ${slot}`) };
    const job: TrackedJob = { jobId: newJobId(), slot, method, startedAt: Date.now(), status: null, cancelling: false };
    const outcomes = new Map(this.snapshot.outcomes);
    outcomes.delete(slot);
    this.set({ running: [...this.snapshot.running, job], outcomes });
    const call = this.api.call(method, input, { jobId: job.jobId });
    let settled = false;
    const poll = async () => {
      while (!settled) {
        await new Promise((r) => setTimeout(r, POLL_MS));
        if (settled) return;
        try {
          const status = await this.api.call('jobs.status', { jobId: job.jobId });
          if (!settled) this.patch(job.jobId, { status });
        } catch (e) {
          // Not registered yet (the call is still on its way), or gone: the call's own answer tells.
          if (!(e instanceof ApiError && e.code === 'not_found')) return;
        }
      }
    };
    void poll();
    let outcome: JobOutcome<Output<K>>;
    try {
      outcome = { ok: true, value: await call };
    } catch (error) {
      outcome = { ok: false, error };
    }
    settled = true;
    const done = new Map(this.snapshot.outcomes);
    done.set(slot, outcome);
    this.set({ running: this.snapshot.running.filter((j) => j.jobId !== job.jobId), outcomes: done });
    return outcome;
  }

  /** Asks the core to stop a job; its call then answers `cancelled`. */
  async cancel(jobId: string): Promise<void> {
    this.patch(jobId, { cancelling: true });
    try {
      await this.api.call('jobs.cancel', { jobId });
    } catch {
      this.patch(jobId, { cancelling: false });
    }
  }

  /** Forgets a slot's outcome once its screen has dismissed it. */
  clear(slot: string): void {
    if (!this.snapshot.outcomes.has(slot)) return;
    const outcomes = new Map(this.snapshot.outcomes);
    outcomes.delete(slot);
    this.set({ ...this.snapshot, outcomes });
  }

  private patch(jobId: string, change: Partial<TrackedJob>): void {
    this.set({ ...this.snapshot, running: this.snapshot.running.map((j) => (j.jobId === jobId ? { ...j, ...change } : j)) });
  }

  private set(next: Snapshot): void {
    this.snapshot = next;
    for (const l of this.listeners) l();
  }
}
