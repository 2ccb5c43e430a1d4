import { useEffect, useId, useRef, useState, type ReactNode, type RefObject } from 'react';
import type { Output } from '../../../../core/api/handlers';
import { useApi } from '../../api/context';
import { ErrorBanner } from '../../components/ErrorBanner';
import { StatusPill } from '../../components/StatusPill';
import { showMoney } from '../../components/money-text';
import { codeLabel } from '../../i18n/code-labels';
import { useLocale } from '../../i18n/use-locale';

export type GrantDetailData = Output<'grants.get'>;

/** The answer for one grant and attempt; anything else means "still loading". */
type Load = { grantId: number; attempt: number } & ({ state: 'error'; error: unknown } | { state: 'ready'; data: GrantDetailData });

type Props = {
  grantId: number;
  onClose(): void;
  /** Move keyboard focus into the panel when it opens (opened with Enter rather than a click). */
  takeFocus: boolean;
};

/** IBAN in groups of four, as printed on statements: easier to compare by eye. */
export function formatIban(iban: string): string {
  return iban.replace(/\s+/g, '').replace(/(.{4})(?=.)/g, '$1 ');
}

/** One grant with its schedule and the money that moved: the side panel of the Grants screen. */
export function GrantDetail({ grantId, onClose, takeFocus }: Props) {
  const api = useApi();
  const { t } = useLocale();
  const [answer, setAnswer] = useState<Load | null>(null);
  const [attempt, setAttempt] = useState(0);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const headingId = useId();

  useEffect(() => {
    let current = true;
    api.call('grants.get', { id: grantId }).then(
      (data) => current && setAnswer({ grantId, attempt, state: 'ready', data }),
      (error: unknown) => current && setAnswer({ grantId, attempt, state: 'error', error }),
    );
    return () => {
      current = false;
    };
  }, [api, grantId, attempt]);

  const load: Load | { state: 'loading' } =
    answer && answer.grantId === grantId && answer.attempt === attempt ? answer : { state: 'loading' };

  const ready = load.state === 'ready';
  useEffect(() => {
    if (takeFocus && ready) headingRef.current?.focus();
  }, [takeFocus, ready, grantId]);

  const retry = () => setAttempt((n) => n + 1);

  return (
    <aside className="detail" data-testid="grant-detail" aria-labelledby={headingId} aria-busy={load.state === 'loading'}>
      <div className="detail-head">
        <div className="detail-kicker">{t('detail.label')}</div>
        <button type="button" className="icon-btn" onClick={onClose} aria-label={t('detail.close')} title={t('detail.close.hint')}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      {load.state === 'loading' && (
        <>
          <h2 id={headingId} className="visually-hidden">
            {t('detail.label')}
          </h2>
          <p className="muted detail-pad" role="status">
            {t('detail.loading')}
          </p>
        </>
      )}
      {load.state === 'error' && (
        <div className="detail-pad">
          <h2 id={headingId} className="visually-hidden">
            {t('detail.label')}
          </h2>
          <ErrorBanner title={t('detail.loadFailed')} error={load.error} onRetry={retry} />
        </div>
      )}
      {load.state === 'ready' && <DetailBody data={load.data} headingId={headingId} headingRef={headingRef} />}
    </aside>
  );
}

function DetailBody({
  data,
  headingId,
  headingRef,
}: {
  data: GrantDetailData;
  headingId: string;
  headingRef: RefObject<HTMLHeadingElement | null>;
}) {
  const { t, locale } = useLocale();
  const money = (amountMinor: number, currency: string) => showMoney({ amountMinor, currency }, locale);
  const { grant, tranches, disbursements, receipts, totals } = data;
  const cur = grant.currency;
  const scheduledDiffers = tranches.length > 0 && totals.scheduledMinor !== grant.amountMinor;

  return (
    <div className="detail-body">
      <header className="detail-title">
        <h2 id={headingId} ref={headingRef} tabIndex={-1}>
          <span className="detail-ref" title={t('detail.reference')}>
            {grant.reference}
          </span>
          <span title={t('detail.status')}>
            <StatusPill kind="grantStatus" status={grant.status} />
          </span>
        </h2>
        <p className="detail-grant-title">{grant.title}</p>
        <p className="detail-parties">
          <span title={t('detail.grantor')}>{grant.grantor}</span>
          <span className="arrow" aria-hidden="true">
            →
          </span>
          <span className="visually-hidden"> {t('detail.parties')} </span>
          <span title={t('detail.grantee')}>{grant.grantee}</span>
        </p>
      </header>

      <dl className="facts">
        <Fact term={t('detail.amount')}>
          <span className="num strong">{money(grant.amountMinor, cur)}</span>
        </Fact>
        <Fact term={t('detail.period')} wide>
          <span className="num">{t('detail.periodValue', { start: grant.startDate, end: grant.endDate })}</span>
        </Fact>
        <Fact term={t('detail.country')}>{grant.countryName}</Fact>
        <Fact term={t('detail.purpose')}>{codeLabel(t, 'purpose', grant.purpose)}</Fact>
        <Fact term={t('detail.awardMethod')}>{grant.awardMethod ? codeLabel(t, 'awardMethod', grant.awardMethod) : t('detail.notRecorded')}</Fact>
        <Fact term={t('detail.decisionDate')}>
          <span className="num">{grant.decisionDate ?? t('detail.notRecorded')}</span>
        </Fact>
        <Fact term={t('detail.signedDate')}>
          <span className="num">{grant.agreementSignedDate ?? t('detail.notRecorded')}</span>
        </Fact>
      </dl>

      <section aria-label={t('detail.totals')} className="totals">
        <Total term={t('detail.totals.scheduled')} value={money(totals.scheduledMinor, cur)} title={t('detail.totals.scheduled.tip')} />
        <Total term={t('detail.totals.disbursed')} value={money(totals.disbursedMinor, cur)} />
        <Total term={t('detail.totals.received')} value={money(totals.receivedMinor, cur)} />
        <Total
          term={t('detail.totals.outstanding')}
          value={money(totals.outstandingMinor, cur)}
          title={t('detail.totals.outstanding.tip')}
          emphasis
        />
      </section>
      {scheduledDiffers && (
        <p className="note-warn">
          {t('detail.totals.scheduledMismatch', { scheduled: money(totals.scheduledMinor, cur), amount: money(grant.amountMinor, cur) })}
        </p>
      )}

      {grant.description && (
        <section className="detail-section">
          <h3>{t('detail.description')}</h3>
          <p className="description">{grant.description}</p>
        </section>
      )}

      <section className="detail-section">
        <h3>
          {t('tranches.title')} <span className="count">{tranches.length}</span>
        </h3>
        {tranches.length === 0 ? (
          <p className="empty">{t('tranches.empty')}</p>
        ) : (
          <table className="table">
            <thead>
              <tr>
                <th scope="col" className="num">
                  {t('tranches.seq')}
                </th>
                <th scope="col">{t('tranches.dueDate')}</th>
                <th scope="col" className="num">
                  {t('tranches.amount')}
                </th>
                <th scope="col">{t('tranches.releaseCondition')}</th>
                <th scope="col">{t('tranches.status')}</th>
              </tr>
            </thead>
            <tbody>
              {tranches.map((tr) => (
                <tr key={tr.id} data-testid="tranche-row">
                  <td className="num">{tr.seq}</td>
                  <td className="date">{tr.dueDate}</td>
                  <td className="num">{money(tr.amountMinor, tr.currency)}</td>
                  <td className="wrap">
                    {tr.releaseCondition ?? t('detail.notRecorded')}
                    {tr.conditionMetDate && <div className="sub">{t('tranches.conditionMet', { date: tr.conditionMetDate })}</div>}
                  </td>
                  <td>
                    <StatusPill kind="trancheStatus" status={tr.status} />
                  </td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" colSpan={2}>
                  {t('table.total')}
                </th>
                <td className="num">{money(totals.scheduledMinor, cur)}</td>
                <td colSpan={2} />
              </tr>
            </tfoot>
          </table>
        )}
      </section>

      <section className="detail-section">
        <h3>
          {t('disbursements.title')} <span className="count">{disbursements.length}</span>
        </h3>
        {disbursements.length === 0 ? (
          <p className="empty">{t('disbursements.empty')}</p>
        ) : (
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('disbursements.date')}</th>
                <th scope="col" className="num">
                  {t('disbursements.amount')}
                </th>
                <th scope="col">{t('disbursements.iban')}</th>
                <th scope="col">{t('disbursements.bankReference')}</th>
              </tr>
            </thead>
            <tbody>
              {disbursements.map((d) => (
                <tr key={d.id} data-testid="disbursement-row">
                  <td className="date">{d.paidDate}</td>
                  <td className="num">{money(d.amountMinor, d.currency)}</td>
                  <td>
                    <span className="mono">{d.iban ? formatIban(d.iban) : t('detail.notRecorded')}</span>
                    {d.bankName && (
                      <div className="sub" title={t('disbursements.bank')}>
                        {d.bankName}
                      </div>
                    )}
                  </td>
                  <td className="mono">{d.bankReference ?? t('detail.notRecorded')}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t('table.total')}</th>
                <td className="num">{money(totals.disbursedMinor, cur)}</td>
                <td colSpan={2} />
              </tr>
            </tfoot>
          </table>
        )}
      </section>

      <section className="detail-section">
        <h3>
          {t('receipts.title')} <span className="count">{receipts.length}</span>
        </h3>
        {receipts.length === 0 ? (
          <p className="empty">{t('receipts.empty')}</p>
        ) : (
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('receipts.date')}</th>
                <th scope="col" className="num">
                  {t('receipts.amount')}
                </th>
                <th scope="col">{t('receipts.bankReference')}</th>
              </tr>
            </thead>
            <tbody>
              {receipts.map((r) => (
                <tr key={r.id} data-testid="receipt-row">
                  <td className="date">{r.receivedDate}</td>
                  <td className="num">{money(r.amountMinor, r.currency)}</td>
                  <td className="mono">{r.bankReference ?? t('detail.notRecorded')}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t('table.total')}</th>
                <td className="num">{money(totals.receivedMinor, cur)}</td>
                <td />
              </tr>
            </tfoot>
          </table>
        )}
      </section>
    </div>
  );
}

function Fact({ term, children, wide }: { term: string; children: ReactNode; wide?: boolean }) {
  return (
    <div className={wide ? 'fact fact-wide' : 'fact'}>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function Total({ term, value, title, emphasis }: { term: string; value: string; title?: string; emphasis?: boolean }) {
  return (
    <div className={emphasis ? 'total total-emphasis' : 'total'} title={title}>
      <div className="total-label">{term}</div>
      <div className="total-value num">{value}</div>
    </div>
  );
}
