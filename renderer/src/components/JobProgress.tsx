import { useEffect, useState } from 'react';
import type { TrackedJob } from '../api/jobs-store';
import type { TextKey } from '../i18n/keys';
import { useLocale } from '../i18n/use-locale';
import { formatIntegerIn } from '../../../core/domain/locale-format';

// What each job is, and what each phase counts, in the user's words.
const LABELS: Readonly<Record<string, TextKey>> = {
  verify: 'jobs.label.verify',
  importDisbursements: 'jobs.label.importDisbursements',
  backup: 'jobs.label.backup',
};
const PHASES: Readonly<Record<string, TextKey>> = {
  chain: 'jobs.phase.chain',
  state: 'jobs.phase.state',
  rows: 'jobs.phase.rows',
  copy: 'jobs.phase.copy',
};

/** Seconds since `from`, ticking while shown. */
function useElapsed(from: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), 500);
    return () => clearInterval(id);
  }, []);
  return Math.max(0, Math.floor((now - from) / 1000));
}

/** One running job: what it is, a bar, how far in words, the time it has taken, and Cancel. */
export function JobProgress({ job, onCancel }: { job: TrackedJob; onCancel(): void }) {
  const { t, locale } = useLocale();
  const seconds = useElapsed(job.startedAt);
  const s = job.status;
  const labelKey = (s && LABELS[s.label]) ?? LABELS[job.slot.split('.').pop() ?? ''] ?? 'jobs.tray';
  const phaseKey = s ? PHASES[s.phase] : undefined;
  const percent = s && s.total > 0 ? Math.min(100, Math.round((s.done / s.total) * 100)) : null;
  const label = t(labelKey);
  return (
    <div className="job" data-testid="job-progress" data-job={job.jobId} data-method={job.method}>
      <div className="job-head">
        <strong className="job-label">{label}</strong>
        <span className="job-elapsed muted" data-testid="job-elapsed">
          {t('jobs.elapsed', { seconds: formatIntegerIn(seconds, locale) })}
        </span>
      </div>
      <progress
        className="job-bar"
        data-testid="job-bar"
        aria-label={label}
        max={100}
        {...(percent === null ? {} : { value: percent })}
      />
      <div className="job-foot">
        <span className="job-phase muted" data-testid="job-phase">
          {phaseKey && s ? t(phaseKey, { done: formatIntegerIn(s.done, locale), total: formatIntegerIn(s.total, locale) }) : t('jobs.phase.starting')}
        </span>
        <button type="button" className="btn btn-small" data-testid="job-cancel" disabled={job.cancelling} onClick={onCancel}>
          {job.cancelling ? t('jobs.cancelling') : t('jobs.cancel')}
        </button>
      </div>
    </div>
  );
}
