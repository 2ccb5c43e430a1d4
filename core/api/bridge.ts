import type { Result } from './errors';
import type { JobStatus } from './jobs';
import type { UiLocale } from './schemas/app';

/** What the main process tells the window without being asked (Electron only). */
export type TrancheEvent = { type: 'locale.changed'; locale: UiLocale } | { type: 'job.progress'; status: JobStatus };

/** What Electron's preload exposes on window.tranche; in a browser the renderer uses HTTP instead. */
export type TrancheBridge = {
  /** Calls an API method; `session` is the token auth.signIn returned (none for public methods). */
  call(name: string, input: unknown, session?: string, jobId?: string): Promise<Result>;
  /** Listens to the main process's events; returns the function that stops listening. */
  onEvent(listener: (event: TrancheEvent) => void): () => void;
};
