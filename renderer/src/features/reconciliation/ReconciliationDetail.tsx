import { useEffect, useId, useRef, useState } from 'react';
import type { Output } from '../../../../core/api/handlers';
import { useApi } from '../../api/context';
import { ErrorBanner } from '../../components/ErrorBanner';
import { showMoney } from '../../components/money-text';
import { useLocale } from '../../i18n/use-locale';
import { discrepancyText } from './discrepancy-text';

type Answer = Output<'reconciliation.grant'>;

/** The balances shown, in order: label key, amount in the grant's currency, test id. */
function totalsOf(a: Answer) {
  return [
    ['reconciliation.total.amount', a.amountMinor, 'amount'],
    ['reconciliation.total.scheduled', a.scheduledMinor, 'scheduled'],
    ['reconciliation.total.disbursed', a.disbursedMinor, 'disbursed'],
    ['reconciliation.total.received', a.receivedMinor, 'received'],
    ['reconciliation.total.inTransit', a.inTransitMinor, 'inTransit'],
    ['reconciliation.total.outstanding', a.outstandingMinor, 'outstanding'],
  ] as const;
}
type Load = { grantId: number; attempt: number } & ({ state: 'error'; error: unknown } | { state: 'ready'; data: Answer });

/** One grant's reconciliation: the balances in its currency and what does not agree, in words. */
export function ReconciliationDetail({ grantId, onClose, takeFocus }: { grantId: number; onClose(): void; takeFocus: boolean }) {
  const api = useApi();
  const { t, locale } = useLocale();
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [answer, setAnswer] = useState<Load | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let current = true;
    api.call('reconciliation.grant', { grantId }).then(
      (data) => current && setAnswer({ grantId, attempt, state: 'ready', data }),
      (error: unknown) => current && setAnswer({ grantId, attempt, state: 'error', error }),
    );
    return () => {
      current = false;
    };
  }, [api, grantId, attempt]);

  const load = answer && answer.grantId === grantId && answer.attempt === attempt ? answer : null;
  const ready = load?.state === 'ready';
  useEffect(() => {
    if (takeFocus && ready) heading.current?.focus();
  }, [takeFocus, ready]);

  return (
    <aside className="detail" data-testid="reconciliation-detail" aria-labelledby={headingId} aria-busy={load === null}>
      <div className="detail-head">
        <div className="detail-kicker">{t('reconciliation.detail.label')}</div>
        <button type="button" className="icon-btn" onClick={onClose} aria-label={t('detail.close')} title={t('detail.close.hint')}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      {load === null && (
        <p className="muted detail-pad" role="status" id={headingId}>
          {t('detail.loading')}
        </p>
      )}
      {load?.state === 'error' && (
        <div className="detail-pad">
          <h2 id={headingId} className="visually-hidden">
            {t('reconciliation.detail.label')}
          </h2>
          <ErrorBanner title={t('reconciliation.detail.loadFailed')} error={load.error} onRetry={() => setAttempt((n) => n + 1)} />
        </div>
      )}
      {load?.state === 'ready' && (
        <div className="detail-body">
          <header className="detail-title">
            <h2 id={headingId} ref={heading} tabIndex={-1}>
              <span className="detail-ref">{load.data.reference}</span>
            </h2>
          </header>
          <section aria-label={t('detail.totals')} className="totals totals-wide" data-testid="reconciliation-totals">
            {totalsOf(load.data).map(([key, minor, id]) => (
              <div key={id} className={id === 'outstanding' ? 'total total-emphasis' : 'total'} data-testid={`reconciliation-total-${id}`}>
                <div className="total-label">{t(key)}</div>
                <div className="total-value num">{showMoney({ amountMinor: minor, currency: load.data.currency }, locale)}</div>
              </div>
            ))}
          </section>
          <section className="detail-section">
            <h3>
              {t('reconciliation.discrepancies')} <span className="count">{load.data.discrepancies.length}</span>
            </h3>
            {load.data.discrepancies.length === 0 ? (
              <p className="empty" data-testid="reconciliation-agrees">
                {t('reconciliation.discrepancies.none')}
              </p>
            ) : (
              <ul className="mf-discrepancies">
                {load.data.discrepancies.map((d, i) => (
                  <li key={i} data-testid="discrepancy" className={`discrepancy discrepancy-${d.kind}`}>
                    {discrepancyText(d, load.data.currency, t, locale)}
                  </li>
                ))}
              </ul>
            )}
          </section>
        </div>
      )}
    </aside>
  );
}
