import { useEffect, useId, useRef, useState } from 'react';
import type { Output } from '../../../../core/api/handlers';
import { useApi } from '../../api/context';
import { ErrorBanner } from '../../components/ErrorBanner';
import { showMoney } from '../../components/money-text';
import { useLocale } from '../../i18n/use-locale';
import { intlLocaleOf } from '../../../../core/domain/locales';
import { useCurrentUser } from '../auth/current-user';
import { OpenGrantLink } from '../grants/OpenGrantLink';
import { canRecordMoney } from '../money-flow/money-roles';
import { discrepancyText } from './discrepancy-text';
import { DifferenceForm } from './DifferenceForm';
import { MatchForm, openLines } from './MatchForm';

type Answer = Output<'reconciliation.grant'>;

/** The balances shown, in order: label key, amount in the grant's currency, test id. */
function totalsOf(a: Answer) {
  return [
    ['reconciliation.total.amount', a.amountMinor, 'amount'],
    ['reconciliation.total.scheduled', a.scheduledMinor, 'scheduled'],
    ['reconciliation.total.disbursed', a.disbursedMinor, 'disbursed'],
    ['reconciliation.total.awaiting', a.awaitingApprovalMinor, 'awaiting'],
    ['reconciliation.total.received', a.receivedMinor, 'received'],
    ['reconciliation.total.inTransit', a.inTransitMinor, 'inTransit'],
    ['reconciliation.total.outstanding', a.outstandingMinor, 'outstanding'],
  ] as const;
}
type Load = { grantId: number; attempt: number } & ({ state: 'error'; error: unknown } | { state: 'ready'; data: Answer });

/** One grant's reconciliation: the balances in its currency and what does not agree, in words. */
export function ReconciliationDetail({ grantId, onClose, onChanged, takeFocus }: { grantId: number; onClose(): void; onChanged?(): void; takeFocus: boolean }) {
  const api = useApi();
  const { t, locale } = useLocale();
  const { user } = useCurrentUser();
  /** The receipt being matched by hand, and the last match saved (until the panel reloads twice). */
  const [matching, setMatching] = useState<number | null>(null);
  const [matched, setMatched] = useState(false);
  /** A difference was just recorded (kept here: the panel body reloads after a save). */
  const [differenceSaved, setDifferenceSaved] = useState(false);
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
            <p className="detail-links">
              <OpenGrantLink grantId={grantId} reference={load.data.reference} />
            </p>
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
          <OpenPayments
            data={load.data}
            canRecord={canRecordMoney(user.role)}
            saved={differenceSaved}
            onOpen={() => setDifferenceSaved(false)}
            onSaved={() => {
              setDifferenceSaved(true);
              setAttempt((n) => n + 1);
              onChanged?.();
            }}
          />
          <UnmatchedReceipts
            data={load.data}
            canMatch={canRecordMoney(user.role)}
            matching={matching}
            matched={matched}
            onMatch={(id) => {
              setMatched(false);
              setMatching(id);
            }}
            onCancel={() => setMatching(null)}
            onMatched={() => {
              setMatching(null);
              setMatched(true);
              setAttempt((n) => n + 1);
              onChanged?.();
            }}
          />
        </div>
      )}
    </aside>
  );
}

/** Receipts with money not yet matched to a payment, each with a way to match it by hand. */
function UnmatchedReceipts(props: {
  data: Answer;
  canMatch: boolean;
  matching: number | null;
  matched: boolean;
  onMatch(receiptId: number): void;
  onCancel(): void;
  onMatched(): void;
}) {
  const { data, canMatch, matching, matched } = props;
  const { t, locale } = useLocale();
  const { receipts, payments } = openLines(data);
  const m = (minor: number) => showMoney({ amountMinor: minor, currency: data.currency }, locale);
  if (receipts.length === 0 && !matched) return null;
  return (
    <section className="detail-section" data-testid="unmatched-receipts">
      <h3>
        {t('reconciliation.unmatched')} <span className="count">{receipts.length}</span>
      </h3>
      {matched && (
        <p className="mf-result" role="status" data-testid="match-result">
          {t('reconciliation.match.done')}
        </p>
      )}
      {receipts.length === 0 ? null : (
        <ul className="mf-discrepancies">
          {receipts.map((r) => (
            <li key={r.id} data-testid="unmatched-receipt" className="unmatched-receipt">
              <span>{t('reconciliation.unmatched.line', { date: r.date, amount: m(r.remainingMinor), reference: r.bankReference ?? '—' })}</span>
              {canMatch && payments.length > 0 && matching !== r.id && (
                <button type="button" className="btn btn-small" data-testid="match-open" onClick={() => props.onMatch(r.id)}>
                  {t('reconciliation.match.open')}
                </button>
              )}
              {canMatch && payments.length === 0 && <span className="muted">{t('reconciliation.match.noPayments')}</span>}
              {matching === r.id && <MatchForm receipt={r} payments={payments} currency={data.currency} onMatched={props.onMatched} onCancel={props.onCancel} />}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** A basis-point tolerance as a percentage in the user's language ("1.00%"). */
function percent(bp: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(bp / 10_000);
}

/**
 * Payments not (fully) settled by receipts, each with a way to record the rest as an exchange
 * difference or a bank charge; the differences recorded; and the tolerance within which converted
 * receipts are matched automatically, stated so that nobody wonders why a receipt matched.
 */
function OpenPayments({ data, canRecord, saved, onOpen, onSaved }: { data: Answer; canRecord: boolean; saved: boolean; onOpen(): void; onSaved(): void }) {
  const { t, locale } = useLocale();
  const [open, setOpen] = useState<number | null>(null);
  const { payments } = openLines(data);
  const m = (minor: number) => showMoney({ amountMinor: minor, currency: data.currency }, locale);
  const tolerance = <p className="muted" data-testid="fx-tolerance">{t('reconciliation.tolerance', { tolerance: percent(data.fxToleranceBasisPoints, intlLocaleOf(locale)) })}</p>;
  return (
    <section className="detail-section" data-testid="open-payments">
      <h3>
        {t('reconciliation.openPayments')} <span className="count">{payments.length}</span>
      </h3>
      {tolerance}
      {saved && (
        <p className="mf-result" role="status" data-testid="difference-result">
          {t('reconciliation.difference.done')}
        </p>
      )}
      {payments.length > 0 && (
        <ul className="mf-discrepancies">
          {payments.map((p) => (
            <li key={p.id} data-testid="open-payment" className="unmatched-receipt">
              <span>{t('reconciliation.openPayments.line', { date: p.date, amount: m(p.remainingMinor), reference: p.bankReference ?? '—' })}</span>
              {canRecord && open !== p.id && (
                <button type="button" className="btn btn-small" data-testid="difference-open" onClick={() => { onOpen(); setOpen(p.id); }}>
                  {t('reconciliation.difference.open')}
                </button>
              )}
              {open === p.id && (
                <DifferenceForm
                  payment={p}
                  currency={data.currency}
                  onCancel={() => setOpen(null)}
                  onSaved={() => {
                    setOpen(null);
                    onSaved();
                  }}
                />
              )}
            </li>
          ))}
        </ul>
      )}
      {data.differences.length > 0 && (
        <ul className="mf-discrepancies" data-testid="differences">
          {data.differences.map((d) => (
            <li key={d.id} data-testid="difference">
              {t(d.kind === 'bank_charge' ? 'reconciliation.difference.line.bank_charge' : 'reconciliation.difference.line.exchange_difference', { amount: m(d.amountMinor), reason: d.reason })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
