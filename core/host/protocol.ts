import type { JobProgress, JobStatus } from '../api/jobs';
import type { Actor } from '../api/define';
import type { Result } from '../api/errors';
import type { CoreOptions } from '../create-core';

/**
 * What crosses between a host's thread and the core's thread (and the core's job threads):
 * plain data only, so structured clone carries it unchanged.
 */

/** The core's options as data: a clock cannot cross threads, so tests fix "now" as an instant. */
export type CoreThreadOptions = Omit<CoreOptions, 'clock'> & {
  fixedNow?: string;
  /** When the daily automatic backup is first checked for, and how often after (ms); false: never. */
  automaticBackups?: { firstAfterMs: number; everyMs: number } | false;
};

export type ToCore = { type: 'call'; id: number; name: unknown; input: unknown; session?: string; jobId?: string };

/** Something the core tells its host without being asked: a job's progress (forwarded to Electron's window). */
export type CoreEvent = { type: 'job.progress'; status: JobStatus };

export type FromCore =
  | { type: 'ready'; dbPath: string; created: boolean }
  | { type: 'failed'; message: string }
  | { type: 'result'; id: number; result: Result }
  | { type: 'event'; event: CoreEvent };

/** What a job thread is started with. */
export type JobThreadData = {
  options: CoreThreadOptions;
  method: string;
  input: unknown;
  actor: Actor | null;
  session?: string;
  write: boolean;
  flag: Int32Array;
};

export type FromJob = { type: 'progress'; progress: JobProgress } | { type: 'result'; result: Result };
