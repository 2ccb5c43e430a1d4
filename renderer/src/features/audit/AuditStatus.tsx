import { useCallback, useEffect, useState } from 'react';
import type { Output } from '../../../../core/api/handlers';
import { useApi } from '../../api/context';
import { useJobSlot, useJobsStore } from '../../api/jobs-context';
import { describeError } from '../../api/errors';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useLocale } from '../../i18n/use-locale';
import type { RecordRef } from './RecordHistory';
import { HEAD_PREFIX, VerifyResult, type Verification } from './VerifyResult';

type Head = Output<'audit.head'>;

/** The jobs-store slot of this screen's verification: it runs on while the user is elsewhere. */
const SLOT = 'audit.verify';

type Props = {
  /** Read the count and head again when this changes (the grid started over: the log may have grown). */
  refresh: number;
  onOpenRecord(ref: RecordRef, opener: HTMLElement): void;
  onShowEntry(seq: number): void;
};

/**
 * The foot of the Audit log: how many entries there are and the hash that seals them all, and
 * Verify, which recomputes every seal and checks every record against its last entry.
 */
export function AuditStatus({ refresh, onOpenRecord, onShowEntry }: Props) {
  const api = useApi();
  const { t } = useLocale();
  const [head, setHead] = useState<Head | null>(null);
  const [headError, setHeadError] = useState<unknown>(null);
  const jobs = useJobsStore();
  const { running, outcome } = useJobSlot<'audit.verify'>(SLOT);

  const loadHead = useCallback(() => {
    let current = true;
    api.call('audit.head', {}).then(
      (h) => {
        if (!current) return;
        setHead(h);
        setHeadError(null);
      },
      (e: unknown) => current && setHeadError(e),
    );
    return () => {
      current = false;
    };
  }, [api]);

  useEffect(() => loadHead(), [loadHead, refresh]);

  const busy = running !== null;
  const dismiss = () => jobs.clear(SLOT);
  // A job: the progress bar, elapsed time and Cancel are the window's job tray.
  const verify = async () => {
    if (busy) return;
    await jobs.start(SLOT, 'audit.verify', {});
    loadHead(); // the log may have grown meanwhile
  };
  const result: Verification | null = outcome?.ok ? outcome.value : null;

  return (
    <>
      <div className="verify-live" aria-live="polite">
        {result && (
          <VerifyResult
            result={result}
            stale={head !== null && head.count > result.count}
            onDismiss={dismiss} onOpenRecord={onOpenRecord} onShowEntry={onShowEntry} />
        )}
        {outcome && !outcome.ok && (
          <div data-testid="audit-verify-result" data-ok="error">
            <ErrorBanner title={t('audit.verify.failed')} error={outcome.error} onRetry={() => void verify()} />
          </div>
        )}
      </div>
      <footer className="statusbar" aria-label={t('audit.status.label')}>
        {head && (
          <>
            <span className="statusbar-count" data-testid="audit-count">
              {t('audit.status.count', { count: head.count })}
            </span>
            <span className="statusbar-sep" aria-hidden="true">
              ·
            </span>
            <span className="statusbar-head" data-testid="audit-head" title={head.head ? t('audit.status.head.tip', { hash: head.head }) : undefined}>
              {head.head ? (
                <>
                  {t('audit.status.head')} <span className="mono">{head.head.slice(0, HEAD_PREFIX)}…</span>
                </>
              ) : (
                t('audit.status.noHead')
              )}
            </span>
          </>
        )}
        {!head && headError === null && <span className="muted">{t('audit.status.loading')}</span>}
        {headError !== null && (
          <span className="statusbar-error" role="alert">
            {t('audit.status.loadFailed')} {describeError(headError, t).text}
          </span>
        )}
        <button
          type="button"
          className={busy ? 'btn btn-primary is-busy' : 'btn btn-primary'}
          data-testid="audit-verify"
          aria-disabled={busy}
          aria-busy={busy}
          title={t('audit.verify.tip')}
          onClick={() => void verify()}
        >
          {busy && <span className="spinner" aria-hidden="true" />}
          {busy ? t('audit.verify.busy') : t('audit.verify')}
        </button>
      </footer>
    </>
  );
}
