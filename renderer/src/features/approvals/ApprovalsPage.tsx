import { useCallback, useEffect, useState } from 'react';
import type { Output } from '../../../../core/api/handlers';
import { useApi } from '../../api/context';
import { describeError } from '../../api/errors';
import { showMoney } from '../../components/money-text';
import { useLocale } from '../../i18n/use-locale';
import { grantHref } from '../../app/routes';
import './approvals.css';

const MINE_TEST_ID = 'approvals-mine';
const RECORDED_BY_ME_TEST_ID = 'approvals-recorded-by-me';

type Answer = Output<'disbursements.awaitingApproval'>;
type Row = Answer['mine'][number];

/**
 * Awaiting my approval: the payments at or above the four-eyes threshold that a colleague recorded
 * and the signed-in user may approve, and below them those the user recorded, waiting for someone
 * else. Until approved a payment is not counted as disbursed anywhere.
 */
export function ApprovalsPage() {
  const api = useApi();
  const { t, locale } = useLocale();
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState<number | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const load = useCallback(() => {
    api.call('disbursements.awaitingApproval', {}).then(setAnswer, setError);
  }, [api]);
  useEffect(load, [load]);

  async function approve(r: Row) {
    setBusy(r.id);
    setError(null);
    try {
      await api.call('disbursements.approve', { id: r.id });
      setDone(t('approvals.done', { amount: showMoney({ amountMinor: r.amountMinor, currency: r.currency }, locale), reference: r.reference }));
      load();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  }

  const table = (rows: readonly Row[], withApprove: boolean, testId: string) => (
    <table className="table approvals-table" data-testid={testId}>
      <thead>
        <tr>
          <th scope="col">{t('disbursements.date')}</th>
          <th scope="col">{t('approvals.column.grant')}</th>
          <th scope="col" className="num">
            {t('disbursements.amount')}
          </th>
          <th scope="col">{t('disbursements.bankReference')}</th>
          <th scope="col">{t('approvals.column.recordedBy')}</th>
          {withApprove && (
            <th scope="col">
              <span className="visually-hidden">{t('money.actions')}</span>
            </th>
          )}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id} data-testid="approval-row">
            <td className="date">{r.paidDate}</td>
            <td>
              <a href={grantHref(r.grantId)} className="mono">
                {r.reference}
              </a>
              <div className="sub">{r.grantee}</div>
            </td>
            <td className="num">{showMoney({ amountMinor: r.amountMinor, currency: r.currency }, locale)}</td>
            <td className="mono">{r.bankReference ?? t('detail.notRecorded')}</td>
            <td>{r.recordedByName ?? t('detail.notRecorded')}</td>
            {withApprove && (
              <td>
                <button
                  type="button"
                  className="btn btn-small"
                  disabled={busy !== null}
                  data-testid="approvals-approve"
                  aria-label={t('approvals.approve.label', { reference: r.reference, date: r.paidDate })}
                  onClick={() => void approve(r)}
                >
                  {t('money.approval.approve')}
                </button>
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );

  return (
    <section className="approvals-page" aria-labelledby="approvals-title">
      <h1 id="approvals-title" className="page-title" tabIndex={-1}>
        {t('approvals.title')}
      </h1>
      <p className="muted">{t('approvals.intro')}</p>
      {error !== null && (
        <p className="banner banner-error" role="alert" data-testid="approvals-error">
          {describeError(error, t).text}
        </p>
      )}
      {done && (
        <p className="banner" role="status" data-testid="approvals-done">
          {done}
        </p>
      )}
      {answer === null && error === null && <p className="muted">{t('detail.loading')}</p>}
      {answer && (answer.mine.length === 0 ? <p className="empty" data-testid="approvals-empty">{t('approvals.empty')}</p> : table(answer.mine, true, MINE_TEST_ID))}
      {answer && answer.recordedByMe.length > 0 && (
        <>
          <h2 className="approvals-sub">{t('approvals.recordedByMe')}</h2>
          {table(answer.recordedByMe, false, RECORDED_BY_ME_TEST_ID)}
        </>
      )}
    </section>
  );
}
