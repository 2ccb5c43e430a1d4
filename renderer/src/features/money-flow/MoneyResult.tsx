import { intlLocaleOf } from '../../../../core/domain/locales';
import { useEffect, useRef } from 'react';
import { showMoney } from '../../components/money-text';
import { useLocale } from '../../i18n/use-locale';
import type { DisbursementResult } from './DisbursementForm';
import type { ReceiptResult } from './ReceiptForm';

export type MoneyNotice =
  | { kind: 'disbursement'; grantCurrency: string; result: DisbursementResult }
  | { kind: 'receipt'; grantCurrency: string; result: ReceiptResult; disbursements: readonly { id: number; paidDate: string; grantAmountMinor: number }[] };

export const disbursementNotice = (grantCurrency: string, result: DisbursementResult): MoneyNotice => ({ kind: 'disbursement', grantCurrency, result });
export const receiptNotice = (grantCurrency: string, result: ReceiptResult, disbursements: Extract<MoneyNotice, { kind: 'receipt' }>['disbursements']): MoneyNotice => ({
  kind: 'receipt',
  grantCurrency,
  result,
  disbursements,
});

/**
 * What a recorded payment came to: the amount in the grant's currency when it was paid or
 * received in another, whether a second person must approve it, and which disbursements a
 * receipt was matched to.
 */
export function MoneyResult({ notice, onDismiss }: { notice: MoneyNotice; onDismiss(): void }) {
  const { t, locale } = useLocale();
  const box = useRef<HTMLDivElement>(null);
  // The form that was saved is gone: keyboard focus moves to what it came to.
  useEffect(() => box.current?.focus(), [notice]);
  const m = (amountMinor: number, currency: string) => showMoney({ amountMinor, currency }, locale);
  const { result, grantCurrency } = notice;
  const converted = result.currency !== grantCurrency;
  return (
    <div ref={box} tabIndex={-1} className="mf-result" role="status" data-testid={`${notice.kind}-result`}>
      <p>
        <strong>{notice.kind === 'disbursement' ? t('money.result.disbursement', { amount: m(result.amountMinor, result.currency) }) : t('money.result.receipt', { amount: m(result.amountMinor, result.currency) })}</strong>
        {converted && <> {t('money.result.converted', { amount: m(result.grantAmountMinor, grantCurrency) })}</>}
      </p>
      {notice.kind === 'disbursement' && (
        <p>{notice.result.approvalRequired ? t('money.result.approvalRequired') : t('money.result.noApproval')}</p>
      )}
      {notice.kind === 'receipt' &&
        (notice.result.matches.length === 0 ? (
          <p>{t('money.result.unmatched')}</p>
        ) : (
          <ul>
            {notice.result.matches.map((x) => {
              const d = notice.disbursements.find((y) => y.id === x.disbursementId);
              return (
                <li key={x.disbursementId}>
                  {t('money.result.matched', { amount: m(x.amountMinor, grantCurrency), date: d?.paidDate ?? '', paid: d ? m(d.grantAmountMinor, grantCurrency) : '' })}
                  {x.withinTolerance && d && (
                    <>
                      {' '}
                      {t('money.result.withinTolerance', {
                        tolerance: new Intl.NumberFormat(intlLocaleOf(locale), { style: 'percent', minimumFractionDigits: 2 }).format(notice.result.fxToleranceBasisPoints / 10_000),
                        left: m(d.grantAmountMinor - x.amountMinor, grantCurrency),
                      })}
                    </>
                  )}
                </li>
              );
            })}
          </ul>
        ))}
      <button type="button" className="btn btn-small" onClick={onDismiss}>
        {t('money.result.dismiss')}
      </button>
    </div>
  );
}
