import { useState } from 'react';
import { ApiError } from '../../api/client';
import { useApi } from '../../api/context';
import { describeError } from '../../api/errors';
import { useLocale } from '../../i18n/use-locale';

type Props = {
  disbursement: {
    id: number;
    paidDate: string;
    approvalRequired: boolean;
    approvedBy: number | null;
    approvedByName: string | null;
    approvedAt: string | null;
    recordedBy: number | null;
    recordedByName: string | null;
  };
  /** The signed-in user may approve payments (coordinator or finance officer). */
  canApprove: boolean;
  /** The signed-in user's id: nobody is offered Approve on a payment they recorded. */
  userId: number;
  onApproved(): void;
};

/**
 * A disbursement's four-eyes state: approved (by whom), awaiting approval, or not needing any;
 * and the Approve button for those who may. Approving one's own record is refused by the server,
 * and said so in words.
 */
export function DisbursementApproval({ disbursement: d, canApprove, userId, onApproved }: Props) {
  const api = useApi();
  const { t } = useLocale();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function approve() {
    setBusy(true);
    setError(null);
    try {
      await api.call('disbursements.approve', { id: d.id });
      onApproved();
    } catch (e) {
      const own = e instanceof ApiError && e.code === 'forbidden' && e.params.reason === 'own_record';
      setError(own ? t('money.approval.ownRecord') : describeError(e, t).text);
    } finally {
      setBusy(false);
    }
  }

  const recorder = d.recordedByName && <div className="sub">{t('money.approval.recordedBy', { name: d.recordedByName })}</div>;
  if (d.approvedBy !== null) {
    const name = d.approvedByName ?? t('detail.notRecorded');
    return (
      <div className="mf-approval">
        <span className="mf-approval-done" data-testid="approval-state">
          {d.approvedAt ? t('money.approval.approvedByOn', { name, date: d.approvedAt.slice(0, 10) }) : t('money.approval.approvedBy', { name })}
        </span>
        {recorder}
      </div>
    );
  }
  if (!d.approvalRequired) {
    return (
      <div className="mf-approval">
        <span className="muted" data-testid="approval-state">
          {t('money.approval.notNeededBelow')}
        </span>
        {recorder}
      </div>
    );
  }
  return (
    <div className="mf-approval">
      <span className="mf-approval-waiting" data-testid="approval-state">
        {d.recordedByName ? t('money.approval.awaitingRecordedBy', { name: d.recordedByName }) : t('money.approval.awaiting')}
      </span>
      {canApprove && d.recordedBy === userId && <div className="sub">{t('money.approval.ownRecord')}</div>}
      {canApprove && d.recordedBy !== userId && (
        <button type="button" className="btn btn-small" disabled={busy} data-testid="approve-disbursement" aria-label={t('money.approval.approve.label', { date: d.paidDate })} onClick={() => void approve()}>
          {t('money.approval.approve')}
        </button>
      )}
      {error !== null && (
        <p className="mf-error" role="alert" data-testid="approve-error">
          {error}
        </p>
      )}
    </div>
  );
}
