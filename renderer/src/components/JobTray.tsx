import { useJobsStore, useRunningJobs } from '../api/jobs-context';
import { useLocale } from '../i18n/use-locale';
import { JobProgress } from './JobProgress';

/**
 * The window's running jobs, on every screen: long work goes on while the user moves elsewhere,
 * and can be followed and cancelled from anywhere.
 */
export function JobTray() {
  const { t } = useLocale();
  const store = useJobsStore();
  const jobs = useRunningJobs();
  if (jobs.length === 0) return null;
  return (
    <section className="job-tray" data-testid="job-tray" aria-label={t('jobs.tray')} aria-live="polite">
      {jobs.map((j) => (
        <JobProgress key={j.jobId} job={j} onCancel={() => void store.cancel(j.jobId)} />
      ))}
    </section>
  );
}
