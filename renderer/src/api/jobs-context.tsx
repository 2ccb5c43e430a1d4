import { createContext, useContext, useState, useSyncExternalStore, type ReactNode } from 'react';
import type { MethodName, Output } from '../../../core/api/handlers';
import { useApi } from './context';
import { JobsStore, type JobOutcome, type TrackedJob } from './jobs-store';

const JobsContext = createContext<JobsStore | null>(null);

/** One jobs store for the signed-in window (remounted with the app at sign-in). */
export function JobsProvider({ children }: { children: ReactNode }) {
  const api = useApi();
  const [store] = useState(() => new JobsStore(api));
  return <JobsContext value={store}>{children}</JobsContext>;
}

export function useJobsStore(): JobsStore {
  const store = useContext(JobsContext);
  if (!store) throw new Error('useJobsStore() outside <JobsProvider>');
  return store;
}

/** The running jobs, for the progress tray. */
export function useRunningJobs(): readonly TrackedJob[] {
  const store = useJobsStore();
  return useSyncExternalStore(store.subscribe, () => store.getSnapshot().running);
}

/** A screen's job: whether it runs, and its last outcome (kept while the screen was away). */
export function useJobSlot<K extends MethodName>(slot: string): { running: TrackedJob | null; outcome: JobOutcome<Output<K>> | null } {
  const store = useJobsStore();
  const snap = useSyncExternalStore(store.subscribe, store.getSnapshot);
  return {
    running: snap.running.find((j) => j.slot === slot) ?? null,
    outcome: (snap.outcomes.get(slot) as JobOutcome<Output<K>> | undefined) ?? null,
  };
}
