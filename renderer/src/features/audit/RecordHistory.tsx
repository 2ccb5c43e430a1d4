import { useEffect, useId, useRef, useState, type Ref } from 'react';
import type { Output } from '../../../../core/api/handlers';
import { useApi } from '../../api/context';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useLocale } from '../../i18n/use-locale';
import { ActionPill } from './ActionPill';
import { recordTypeLabel } from './audit-codes';
import { SHORT_HASH } from './audit-columns';
import { formatUtcInstant } from './audit-time';
import { FieldChanges } from './FieldChanges';
import { userLabel } from './user-label';

type History = Output<'audit.history'>;
type Entry = History[number];

export type RecordRef = { tableName: string; recordId: string };

type Load = { key: string; attempt: number } & ({ state: 'error'; error: unknown } | { state: 'ready'; entries: History });

type Props = RecordRef & {
  /** The entry the user opened, marked in the history; null when opened from elsewhere (a verification finding). */
  seq: number | null;
  /** Move keyboard focus into the panel when it opens (opened with the keyboard rather than a click). */
  takeFocus: boolean;
  onClose(): void;
};

/** Every audit entry about one record, oldest first, each with what it changed: the side panel of the Audit log. */
export function RecordHistory({ tableName, recordId, seq, takeFocus, onClose }: Props) {
  const api = useApi();
  const { t } = useLocale();
  const [answer, setAnswer] = useState<Load | null>(null);
  const [attempt, setAttempt] = useState(0);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const currentRef = useRef<HTMLLIElement>(null);
  const headingId = useId();
  const key = JSON.stringify([tableName, recordId]);

  useEffect(() => {
    let current = true;
    api.call('audit.history', { tableName, recordId }).then(
      (entries) => current && setAnswer({ key, attempt, state: 'ready', entries }),
      (error: unknown) => current && setAnswer({ key, attempt, state: 'error', error }),
    );
    return () => {
      current = false;
    };
  }, [api, tableName, recordId, key, attempt]);

  const load: Load | { state: 'loading' } = answer && answer.key === key && answer.attempt === attempt ? answer : { state: 'loading' };
  const ready = load.state === 'ready';

  useEffect(() => {
    if (!ready) return;
    if (takeFocus) headingRef.current?.focus({ preventScroll: true });
    currentRef.current?.scrollIntoView({ block: 'nearest' });
  }, [ready, takeFocus, seq]);

  const title = t('audit.history.title', { type: recordTypeLabel(t, tableName), id: recordId });

  return (
    <aside className="detail history" data-testid="audit-history" aria-labelledby={headingId} aria-busy={load.state === 'loading'}>
      <div className="detail-head">
        <div className="detail-kicker">{t('audit.history.label')}</div>
        <button type="button" className="icon-btn" onClick={onClose} aria-label={t('audit.history.close')} title={t('audit.history.close.hint')}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <div className="detail-body">
        <header className="detail-title">
          <h2 id={headingId} ref={headingRef} tabIndex={-1}>
            <span className="detail-ref">{title}</span>
          </h2>
          {load.state === 'ready' && <p className="muted history-count">{t('audit.history.entries', { count: load.entries.length })}</p>}
        </header>
        {load.state === 'loading' && (
          <p className="muted" role="status">
            {t('audit.history.loading')}
          </p>
        )}
        {load.state === 'error' && <ErrorBanner title={t('audit.history.loadFailed')} error={load.error} onRetry={() => setAttempt((n) => n + 1)} />}
        {load.state === 'ready' &&
          (load.entries.length === 0 ? (
            <p className="empty">{t('audit.history.empty')}</p>
          ) : (
            <ol className="history-list">
              {load.entries.map((entry) => (
                <HistoryEntry key={entry.seq} entry={entry} current={entry.seq === seq} itemRef={entry.seq === seq ? currentRef : undefined} />
              ))}
            </ol>
          ))}
      </div>
    </aside>
  );
}

function HistoryEntry({ entry, current, itemRef }: { entry: Entry; current: boolean; itemRef?: Ref<HTMLLIElement> }) {
  const { t } = useLocale();
  return (
    <li
      ref={itemRef}
      className={current ? 'history-entry is-current' : 'history-entry'}
      data-testid="history-entry"
      data-seq={entry.seq}
      aria-current={current ? 'true' : undefined}
    >
      <div className="history-meta">
        <ActionPill action={entry.action} />
        <span className="history-seq">{t('audit.history.entry', { seq: String(entry.seq) })}</span>
        <span className="history-time">{formatUtcInstant(entry.at)}</span>
        <span className="history-user">{userLabel(t, entry)}</span>
      </div>
      <dl className="history-facts">
        <div>
          <dt>{t('audit.column.reason')}</dt>
          <dd>{entry.reason ?? <span className="muted">{t('audit.history.noReason')}</span>}</dd>
        </div>
        <div>
          <dt>{t('audit.column.hash')}</dt>
          <dd className="mono" title={entry.hash ?? undefined}>
            {entry.hash ? `${entry.hash.slice(0, SHORT_HASH)}…` : t('audit.hash.unsealed')}
          </dd>
        </div>
      </dl>
      <FieldChanges action={entry.action} before={entry.before} after={entry.after} />
    </li>
  );
}
