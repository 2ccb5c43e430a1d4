import { useCallback, useEffect, useId, useMemo, useState } from 'react';
import { intlLocaleOf } from '../../../../core/domain/locales';
import { useApi } from '../../api/context';
import { ErrorBanner } from '../../components/ErrorBanner';
import { ExportButtons, type ExportTarget } from '../exports/ExportButtons';

/** The report's export job, kept per screen like any job's outcome. */
const EXPORT_SLOT = 'funding.export';
import { showMoney } from '../../components/money-text';
import { countryName } from '../../i18n/country-names';
import type { TextKey } from '../../i18n/keys';
import { useLocale } from '../../i18n/use-locale';
import { fundingCountries, groupFunding, type AMOUNT_FIELDS, type FundingAmounts, type FundingRow } from './funding-report';
import './funding.css';

/** The amount columns: header, tooltip, test id. */
const AMOUNT_COLUMNS: readonly { field: (typeof AMOUNT_FIELDS)[number]; header: TextKey; tip?: TextKey; id: string }[] = [
  { field: 'committedMinor', header: 'funding.column.committed', tip: 'funding.column.committed.tip', id: 'committed' },
  { field: 'disbursedMinor', header: 'reconciliation.column.disbursed', tip: 'reconciliation.column.disbursed.tip', id: 'disbursed' },
  { field: 'awaitingApprovalMinor', header: 'reconciliation.column.awaiting', tip: 'reconciliation.column.awaiting.tip', id: 'awaiting' },
  { field: 'receivedMinor', header: 'reconciliation.column.received', tip: 'reconciliation.column.received.tip', id: 'received' },
  { field: 'outstandingMinor', header: 'reconciliation.column.outstanding', tip: 'funding.column.outstanding.tip', id: 'outstanding' },
];

type Load = { state: 'loading' } | { state: 'error'; error: unknown } | { state: 'ready'; rows: FundingRow[] };

/**
 * The Funding report: committed, disbursed, received and outstanding money by country and year,
 * one line per grant currency and a subtotal per country and currency. A plain table (a few
 * hundred lines at most), never summed across currencies.
 */
export function FundingReportPage() {
  const api = useApi();
  const { t, locale } = useLocale();
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const [country, setCountry] = useState('');
  const captionId = useId();
  const filterId = useId();

  useEffect(() => {
    let current = true;
    api.call('reports.funding', {}).then(
      (r) => current && setLoad({ state: 'ready', rows: r.rows }),
      (error: unknown) => current && setLoad({ state: 'error', error }),
    );
    return () => {
      current = false;
    };
  }, [api, attempt]);

  const nameOf = useCallback((code: string) => countryName(t, code), [t]);
  const collator = useMemo(() => new Intl.Collator(intlLocaleOf(locale)), [locale]);
  const rows = useMemo(() => (load.state === 'ready' ? load.rows : []), [load]);
  const countries = useMemo(() => fundingCountries(rows, nameOf, collator), [rows, nameOf, collator]);
  const groups = useMemo(() => groupFunding(rows, nameOf, collator, country === '' ? null : country), [rows, nameOf, collator, country]);
  // The file holds what the screen shows: every country, or the one chosen.
  const exportTarget = useMemo<ExportTarget>(() => ({ method: 'exports.report', input: (format) => ({ format, selection: { countries: country === '' ? [] : [country] } }) }), [country]);
  const money = (m: FundingAmounts, field: (typeof AMOUNT_FIELDS)[number], currency: string) => showMoney({ amountMinor: m[field], currency }, locale);

  return (
    <section className="page funding-page" aria-labelledby="funding-title">
      <div className="toolbar">
        <h1 id="funding-title" className="page-title" tabIndex={-1}>
          {t('funding.title')}
        </h1>
        <span className="funding-filter">
          <label htmlFor={filterId}>{t('reconciliation.column.country')}</label>
          <select id={filterId} data-testid="funding-country" value={country} onChange={(e) => setCountry(e.target.value)}>
            <option value="">{t('funding.country.all')}</option>
            {countries.map((c) => (
              <option key={c} value={c}>
                {nameOf(c)}
              </option>
            ))}
          </select>
        </span>
        <ExportButtons slot={EXPORT_SLOT} target={exportTarget} />
      </div>
      <p className="funding-note" data-testid="funding-note">
        {t('funding.note')}
      </p>
      {load.state === 'loading' && (
        <p className="muted" role="status">
          {t('grants.count.loading')}
        </p>
      )}
      {load.state === 'error' && <ErrorBanner title={t('funding.loadFailed')} error={load.error} onRetry={() => setAttempt((n) => n + 1)} />}
      {load.state === 'ready' && groups.length === 0 && <p className="empty">{t('funding.empty')}</p>}
      {load.state === 'ready' && groups.length > 0 && (
        // A scrolling region: Tab reaches it, then the arrow keys scroll it.
        <div className="funding-wrap" role="region" aria-labelledby={captionId} tabIndex={0} data-testid="funding-table">
          <table className="table funding-table">
            <caption id={captionId} className="visually-hidden">
              {t('funding.table.label')}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('funding.column.year')}</th>
                <th scope="col">{t('reconciliation.column.currency')}</th>
                {AMOUNT_COLUMNS.map((c) => (
                  <th key={c.id} scope="col" className="num" title={c.tip ? t(c.tip) : undefined}>
                    {t(c.header)}
                  </th>
                ))}
              </tr>
            </thead>
            {groups.map((g) => (
              <tbody key={g.country} data-testid="funding-group" data-country={g.country}>
                <tr className="funding-country">
                  <th scope="rowgroup" colSpan={2 + AMOUNT_COLUMNS.length}>
                    {nameOf(g.country)}
                  </th>
                </tr>
                {g.lines.map((l) => (
                  <tr key={`${l.year}/${l.currency}`} data-testid="funding-line" data-country={l.country} data-year={l.year} data-currency={l.currency}>
                    <td className="date">{l.year}</td>
                    <td>{l.currency}</td>
                    {AMOUNT_COLUMNS.map((c) => (
                      <td key={c.id} className="num" data-col={c.id}>
                        {money(l, c.field, l.currency)}
                      </td>
                    ))}
                  </tr>
                ))}
                {g.subtotals.map((s) => (
                  <tr key={`total/${s.currency}`} className="funding-subtotal" data-testid="funding-subtotal" data-country={g.country} data-currency={s.currency}>
                    <th scope="row">{t('funding.subtotal', { country: nameOf(g.country) })}</th>
                    <td>{s.currency}</td>
                    {AMOUNT_COLUMNS.map((c) => (
                      <td key={c.id} className="num" data-col={c.id}>
                        {money(s, c.field, s.currency)}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            ))}
          </table>
        </div>
      )}
    </section>
  );
}
