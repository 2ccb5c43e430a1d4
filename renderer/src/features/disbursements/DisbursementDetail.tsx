import { useEffect, useId, useRef } from 'react';
import { showMoney } from '../../components/money-text';
import { countryName } from '../../i18n/country-names';
import { useLocale } from '../../i18n/use-locale';
import { OpenGrantLink } from '../grants/OpenGrantLink';
import type { DisbursementRow } from './disbursements-grid';

/** One disbursement's fields beside the grid, and a link to its grant (tranches, receipts, reconciliation). */
export function DisbursementDetail({ row, onClose, takeFocus }: { row: DisbursementRow; onClose(): void; takeFocus: boolean }) {
  const { t, locale } = useLocale();
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (takeFocus) heading.current?.focus();
  }, [takeFocus]);

  return (
    <aside className="detail disbursement-detail" data-testid="disbursement-detail" aria-labelledby={headingId}>
      <div className="detail-head">
        <div className="detail-kicker">{t('disbursementList.detail.label')}</div>
        <button type="button" className="icon-btn" onClick={onClose} aria-label={t('detail.close')} title={t('detail.close.hint')}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <div className="detail-body">
        <header className="detail-title">
          <h2 id={headingId} ref={heading} tabIndex={-1}>
            <span className="detail-ref" data-testid="disbursement-detail-reference">
              {row.reference}
            </span>
          </h2>
          <div className="detail-parties">{row.grantee}</div>
        </header>
        <section className="totals" aria-label={t('detail.totals')}>
          <div className="total total-emphasis">
            <div className="total-label">{t('disbursements.amount')}</div>
            <div className="total-value num" data-testid="disbursement-detail-amount">
              {showMoney({ amountMinor: row.amountMinor, currency: row.currency }, locale)}
            </div>
          </div>
        </section>
        <dl className="facts">
          <div className="fact">
            <dt>{t('disbursements.date')}</dt>
            <dd className="num" data-testid="disbursement-detail-date">
              {row.paidDate}
            </dd>
          </div>
          <div className="fact">
            <dt>{t('reconciliation.column.currency')}</dt>
            <dd>{row.currency}</dd>
          </div>
          <div className="fact fact-wide">
            <dt>{t('reconciliation.column.country')}</dt>
            <dd>{countryName(t, row.country)}</dd>
          </div>
          <div className="fact fact-wide">
            <dt>{t('disbursements.bankReference')}</dt>
            <dd className="mono">{row.bankReference ?? '—'}</dd>
          </div>
          <div className="fact">
            <dt>{t('disbursementList.column.approved')}</dt>
            <dd title={t('disbursementList.column.approved.tip')}>{row.approved ? t('disbursementList.approved.yes') : t('disbursementList.approved.no')}</dd>
          </div>
          <div className="fact">
            <dt>{t('disbursementList.detail.id')}</dt>
            <dd className="num">{row.id}</dd>
          </div>
        </dl>
        <p className="detail-links">
          <OpenGrantLink grantId={row.grantId} reference={row.reference} />
        </p>
      </div>
    </aside>
  );
}
