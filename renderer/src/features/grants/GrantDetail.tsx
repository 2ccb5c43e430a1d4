import { useEffect, useId, useRef, useState, type ReactNode, type RefObject } from 'react';
import { FINAL_STATUSES, type GrantStatus } from '../../../../core/domain/grant-lifecycle';
import type { Output } from '../../../../core/api/handlers';
import { useApi } from '../../api/context';
import { ErrorBanner } from '../../components/ErrorBanner';
import { StatusPill } from '../../components/StatusPill';
import { showMoney } from '../../components/money-text';
import { codeLabel } from '../../i18n/code-labels';
import type { TextKey } from '../../i18n/keys';
import { useLocale } from '../../i18n/use-locale';
import { useCurrentUser } from '../auth/current-user';
import { AmendForm } from '../money-flow/AmendForm';
import { ConditionMetForm } from '../money-flow/ConditionMetForm';
import { DisbursementApproval } from '../money-flow/DisbursementApproval';
import { DisbursementForm } from '../money-flow/DisbursementForm';
import { LifecycleActions } from '../money-flow/LifecycleActions';
import { canManageGrants, canMarkConditions, canRecordMoney } from '../money-flow/money-roles';
import { disbursementNotice, MoneyResult, receiptNotice, type MoneyNotice } from '../money-flow/MoneyResult';
import { ReceiptForm } from '../money-flow/ReceiptForm';
import { ScheduleEditor } from '../money-flow/ScheduleEditor';
import { amendedValues } from '../money-flow/amendment-values';
import { trancheActionsFor, type TrancheAction } from '../money-flow/tranche-actions';
import { TrancheActionForm } from '../money-flow/TrancheActionForm';
import '../money-flow/tranche-actions.css';
import { useOrganisations } from '../money-flow/use-organisations';

export type GrantDetailData = Output<'grants.get'>;

/** The answer for one grant and attempt; anything else means "still loading". */
type Load = { grantId: number; attempt: number } & ({ state: 'error'; error: unknown } | { state: 'ready'; data: GrantDetailData });

type Props = {
  grantId: number;
  onClose(): void;
  /** Move keyboard focus into the panel when it opens (opened with Enter rather than a click). */
  takeFocus: boolean;
  /** Something was saved from the panel (schedule, status, a payment): the grids refresh. */
  onChanged?: () => void;
};

/** IBAN in groups of four, as printed on statements: easier to compare by eye. */
export function formatIban(iban: string): string {
  return iban.replace(/\s+/g, '').replace(/(.{4})(?=.)/g, '$1 ');
}

/** One grant with its schedule and the money that moved: the side panel of the Grants screen. */
export function GrantDetail({ grantId, onClose, takeFocus, onChanged }: Props) {
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

  // After a save the grant is fetched again; the panel keeps showing what it had meanwhile, so
  // forms, focus and the result of the save stay where they are.
  const load: Load | { state: 'loading' } =
    answer && answer.grantId === grantId && (answer.attempt === attempt || answer.state === 'ready') ? answer : { state: 'loading' };

  const ready = load.state === 'ready';
  useEffect(() => {
    if (takeFocus && ready) headingRef.current?.focus();
  }, [takeFocus, ready, grantId]);

  const retry = () => setAttempt((n) => n + 1);
  const changed = () => {
    retry();
    onChanged?.();
  };

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
      {load.state === 'ready' && <DetailBody data={load.data} headingId={headingId} headingRef={headingRef} onChanged={changed} />}
    </aside>
  );
}

function DetailBody({
  data,
  headingId,
  headingRef,
  onChanged,
}: {
  data: GrantDetailData;
  headingId: string;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onChanged(): void;
}) {
  const { t, locale } = useLocale();
  const { user } = useCurrentUser();
  const [editingSchedule, setEditingSchedule] = useState(false);
  const [paying, setPaying] = useState<number | null>(null);
  const [receiving, setReceiving] = useState(false);
  const [meeting, setMeeting] = useState<number | null>(null);
  const [amending, setAmending] = useState(false);
  const [acting, setActing] = useState<{ id: number; action: TrancheAction } | null>(null);
  const [notice, setNotice] = useState<MoneyNotice | null>(null);
  const body = useRef<HTMLDivElement>(null);
  /** After a form closes, focus goes back to the button that opened it (once it is rendered again). */
  const SCHEDULE_BUTTON = '[data-testid="schedule-open"]';
  const RECEIPT_BUTTON = '[data-testid="record-receipt"]';
  const AMEND_BUTTON = '[data-testid="amend-open"]';
  const focusLater = (selector: string) => window.requestAnimationFrame(() => body.current?.querySelector<HTMLElement>(selector)?.focus());
  const manage = canManageGrants(user.role);
  const record = canRecordMoney(user.role);
  const money = (amountMinor: number, currency: string) => showMoney({ amountMinor, currency }, locale);
  const { grant, tranches, disbursements, receipts, amendments, totals } = data;
  const cur = grant.currency;
  const scheduledDiffers = tranches.length > 0 && totals.scheduledMinor !== grant.amountMinor;
  const scheduleEditable = manage && (grant.status === 'draft' || grant.status === 'approved') && disbursements.length === 0;
  const payable = record && grant.status === 'active';
  // Money paid before a grant closed may still arrive, so a closed grant keeps Record receipt.
  const receivable = record && (grant.status === 'active' || grant.status === 'suspended' || grant.status === 'closed');
  const leftOf = (tr: { id: number; amountMinor: number }) =>
    tr.amountMinor - disbursements.filter((d) => d.trancheId === tr.id).reduce((s, d) => s + d.grantAmountMinor, 0);
  const payingTranche = paying === null ? undefined : tranches.find((tr) => tr.id === paying);
  // A closed or cancelled grant pays nothing more, so a release condition has nothing left to release.
  const conditionOpen = (tr: { releaseCondition: string | null; conditionMetDate: string | null; status: string }) =>
    canMarkConditions(user.role) && !FINAL_STATUSES.has(grant.status as GrantStatus) && tr.releaseCondition !== null && tr.conditionMetDate === null && tr.status !== 'cancelled';
  const actionsOf = (tr: { id: number; status: string }) => trancheActionsFor(user.role, grant.status, tr, disbursements.some((d) => d.trancheId === tr.id));
  const trancheActions = payable || tranches.some(conditionOpen) || tranches.some((tr) => actionsOf(tr).length > 0);
  const meetingTranche = meeting === null ? undefined : tranches.find((tr) => tr.id === meeting && conditionOpen(tr));
  const actingTranche = acting === null ? undefined : tranches.find((tr) => tr.id === acting.id && actionsOf(tr).includes(acting.action));
  const amendable = manage && (grant.status === 'approved' || grant.status === 'active' || grant.status === 'suspended');
  // Grantee amendments are stored as organisation ids: names come from the organisation list.
  const organisations = useOrganisations(amendable || amendments.some((a) => a.field === 'grantee_id'));
  const amendmentRows = amendedValues(amendments, cur, organisations.options, (m) => money(m.amountMinor, m.currency), t('detail.notRecorded'));
  const openAction = (id: number, action: TrancheAction) => {
    setActing({ id, action });
    setMeeting(null);
    setPaying(null);
    setNotice(null);
  };

  return (
    <div className="detail-body" ref={body}>
      <header className="detail-title">
        <h2 id={headingId} ref={headingRef} tabIndex={-1}>
          <span className="detail-ref" data-testid="grant-detail-reference" title={t('detail.reference')}>
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

      {manage && (
        <LifecycleActions
          grantId={grant.id}
          status={grant.status as GrantStatus}
          unpaidMinor={totals.outstandingMinor}
          unpaidText={money(totals.outstandingMinor, cur)}
          onChanged={onChanged}
        />
      )}
      {notice && <MoneyResult notice={notice} onDismiss={() => setNotice(null)} />}

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
        <Fact term={t('register.grant.awardApproved')} wide>
          <span data-testid="grant-award-approval">
            {grant.awardApprovedAt ? t('register.grant.awardApprovedBy', { name: grant.awardApprovedBy ?? t('register.grant.system'), date: grant.awardApprovedAt.slice(0, 10) }) : t('detail.notRecorded')}
          </span>
        </Fact>
        <Fact term={t('register.grant.budgetLine')} wide>
          {grant.budgetLine ?? t('detail.notRecorded')}
        </Fact>
      </dl>

      <section aria-label={t('detail.totals')} className="totals">
        <Total term={t('detail.totals.scheduled')} value={money(totals.scheduledMinor, cur)} title={t('detail.totals.scheduled.tip')} />
        <Total term={t('detail.totals.disbursed')} value={money(totals.disbursedMinor, cur)} title={t('detail.totals.disbursed.tip')} data-testid="total-disbursed" />
        {totals.awaitingApprovalMinor > 0 && (
          <Total term={t('detail.totals.awaiting')} value={money(totals.awaitingApprovalMinor, cur)} title={t('detail.totals.awaiting.tip')} data-testid="total-awaiting" />
        )}
        <Total term={t('detail.totals.received')} value={money(totals.receivedMinor, cur)} />
        <Total
          data-testid="total-outstanding"
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
          {scheduleEditable && !editingSchedule && (
            <button type="button" className="btn btn-small mf-head-btn" onClick={() => setEditingSchedule(true)} data-testid="schedule-open">
              {tranches.length === 0 ? t('money.schedule.open') : t('money.schedule.change')}
            </button>
          )}
        </h3>
        {scheduleEditable && editingSchedule && (
          <ScheduleEditor
            grantId={grant.id}
            grant={grant}
            current={tranches}
            onCancel={() => {
              setEditingSchedule(false);
              focusLater(SCHEDULE_BUTTON);
            }}
            onSaved={() => {
              setEditingSchedule(false);
              onChanged();
            }}
          />
        )}
        {tranches.length === 0 ? (
          !editingSchedule && <p className="empty">{t('tranches.empty')}</p>
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
                {trancheActions && (
                  <th scope="col">
                    <span className="visually-hidden">{t('money.actions')}</span>
                  </th>
                )}
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
                  {trancheActions && (
                    <td className="mf-row-actions mf-tranche-actions">
                      <div className="mf-row-buttons">
                        {conditionOpen(tr) && (
                          <button
                            type="button"
                            className="btn btn-small"
                            data-testid="condition-open"
                            data-condition={tr.id}
                            aria-label={t('money.condition.open.label', { n: tr.seq })}
                            onClick={() => {
                              setMeeting(tr.id);
                              setPaying(null);
                              setActing(null);
                              setNotice(null);
                            }}
                          >
                            {t('money.condition.open')}
                          </button>
                        )}
                        {payable && leftOf(tr) > 0 && tr.status !== 'withheld' && tr.status !== 'cancelled' && (
                          <button
                            type="button"
                            className="btn btn-small"
                            data-testid="record-disbursement"
                            data-tranche={tr.id}
                            aria-label={t('money.disbursement.open.label', { n: tr.seq })}
                            onClick={() => {
                              setPaying(tr.id);
                              setMeeting(null);
                              setActing(null);
                              setNotice(null);
                            }}
                          >
                            {t('money.disbursement.open')}
                          </button>
                        )}
                        {actionsOf(tr).map((action) => (
                          <button
                            key={action}
                            type="button"
                            className="btn btn-small"
                            data-testid={`tranche-${action}`}
                            data-tranche-action={`${tr.id}-${action}`}
                            aria-label={t(ACTION_LABELS[action], { n: tr.seq })}
                            aria-expanded={acting?.id === tr.id && acting.action === action}
                            onClick={() => openAction(tr.id, action)}
                          >
                            {t(ACTION_BUTTONS[action])}
                          </button>
                        ))}
                      </div>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" colSpan={2}>
                  {t('table.total')}
                </th>
                <td className="num">{money(totals.scheduledMinor, cur)}</td>
                <td colSpan={trancheActions ? 3 : 2} />
              </tr>
            </tfoot>
          </table>
        )}
        {meetingTranche && meetingTranche.releaseCondition !== null && (
          <ConditionMetForm
            key={meetingTranche.id}
            tranche={{ id: meetingTranche.id, seq: meetingTranche.seq, releaseCondition: meetingTranche.releaseCondition }}
            onCancel={() => {
              setMeeting(null);
              focusLater(`[data-condition="${meetingTranche.id}"]`);
            }}
            onSaved={() => {
              setMeeting(null);
              onChanged();
            }}
          />
        )}
        {acting && actingTranche && (
          <TrancheActionForm
            key={`${acting.id}-${acting.action}`}
            tranche={actingTranche}
            action={acting.action}
            onCancel={() => {
              setActing(null);
              focusLater(`[data-tranche-action="${acting.id}-${acting.action}"]`);
            }}
            onSaved={() => {
              setActing(null);
              onChanged();
            }}
          />
        )}
        {payable && payingTranche && (
          <DisbursementForm
            key={payingTranche.id}
            grant={grant}
            tranche={payingTranche}
            leftMinor={leftOf(payingTranche)}
            onCancel={() => {
              setPaying(null);
              focusLater(`[data-tranche="${payingTranche.id}"]`);
            }}
            onRecorded={(result) => {
              setPaying(null);
              setNotice(disbursementNotice(cur, result));
              onChanged();
            }}
          />
        )}
      </section>

      <section className="detail-section">
        <h3>
          {t('disbursements.title')} <span className="count">{disbursements.length}</span>
        </h3>
        {disbursements.length === 0 ? (
          <p className="empty">{t('disbursements.empty')}</p>
        ) : (
          <table className="table table-payments">
            <thead>
              <tr>
                <th scope="col">{t('disbursements.date')}</th>
                <th scope="col" className="num">
                  {t('disbursements.amount')}
                </th>
                <th scope="col">{t('disbursements.iban')}</th>
                <th scope="col">{t('disbursements.bankReference')}</th>
                <th scope="col">{t('money.approval.column')}</th>
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
                  <td>
                    <DisbursementApproval disbursement={d} canApprove={record} userId={user.id} onApproved={onChanged} />
                  </td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t('detail.totals.disbursed')}</th>
                <td className="num">{money(totals.disbursedMinor, cur)}</td>
                <td colSpan={3} />
              </tr>
              {totals.awaitingApprovalMinor > 0 && (
                <tr>
                  <th scope="row">{t('detail.totals.awaiting')}</th>
                  <td className="num">{money(totals.awaitingApprovalMinor, cur)}</td>
                  <td colSpan={3} />
                </tr>
              )}
            </tfoot>
          </table>
        )}
      </section>

      <section className="detail-section">
        <h3>
          {t('receipts.title')} <span className="count">{receipts.length}</span>
          {receivable && !receiving && (
            <button
              type="button"
              className="btn btn-small mf-head-btn"
              data-testid="record-receipt"
              onClick={() => {
                setReceiving(true);
                setNotice(null);
              }}
            >
              {t('money.receipt.open')}
            </button>
          )}
        </h3>
        {receivable && receiving && (
          <ReceiptForm
            grantId={grant.id}
            currency={cur}
            onCancel={() => {
              setReceiving(false);
              focusLater(RECEIPT_BUTTON);
            }}
            onRecorded={(result) => {
              setReceiving(false);
              setNotice(receiptNotice(cur, result, disbursements));
              onChanged();
            }}
          />
        )}
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

      <section className="detail-section" data-testid="amendments">
        <h3>
          {t('money.amendments.title')} <span className="count">{amendments.length}</span>
          {amendable && !amending && (
            <button
              type="button"
              className="btn btn-small mf-head-btn"
              data-testid="amend-open"
              onClick={() => {
                setAmending(true);
                setNotice(null);
              }}
            >
              {t('money.amend.open')}
            </button>
          )}
        </h3>
        {amendable && amending && (
          <AmendForm
            grant={grant}
            organisations={organisations.options}
            onCancel={() => {
              setAmending(false);
              focusLater(AMEND_BUTTON);
            }}
            onSaved={() => {
              setAmending(false);
              onChanged();
            }}
          />
        )}
        {amendments.length === 0 ? (
          <p className="empty">{t('money.amendments.empty')}</p>
        ) : (
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('money.amendments.date')}</th>
                <th scope="col">{t('money.amendments.field')}</th>
                <th scope="col">{t('money.amendments.change')}</th>
                <th scope="col">{t('money.amendments.reason')}</th>
              </tr>
            </thead>
            <tbody>
              {amendmentRows.map((a) => (
                <tr key={a.id} data-testid="amendment-row">
                  <td className="date">
                    {a.madeAt.slice(0, 10)}
                    {a.madeBy && <div className="sub">{a.madeBy}</div>}
                  </td>
                  <td>{Object.hasOwn(AMENDED_FIELDS, a.field) ? t(AMENDED_FIELDS[a.field]!) : a.field}</td>
                  <td className={a.field === 'grantee_id' ? 'wrap' : 'num'}>{t('money.amendments.value', { old: a.oldText, new: a.newText })}</td>
                  <td className="wrap">{a.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}

const ACTION_BUTTONS = { withhold: 'money.tranche.withhold', resume: 'money.tranche.resume', cancel: 'money.tranche.cancel' } as const satisfies Record<TrancheAction, TextKey>;
const ACTION_LABELS = {
  withhold: 'money.tranche.withhold.label',
  resume: 'money.tranche.resume.label',
  cancel: 'money.tranche.cancel.label',
} as const satisfies Record<TrancheAction, TextKey>;

/** What an amendment changed, in words (the stored field names are column names). */
const AMENDED_FIELDS: Readonly<Record<string, TextKey>> = {
  amount_minor: 'money.amendments.field.amount',
  end_date: 'money.amendments.field.endDate',
  start_date: 'money.amendments.field.startDate',
  grantee_id: 'money.amendments.field.grantee',
  currency: 'money.amendments.field.currency',
};

function Fact({ term, children, wide }: { term: string; children: ReactNode; wide?: boolean }) {
  return (
    <div className={wide ? 'fact fact-wide' : 'fact'}>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function Total({ term, value, title, emphasis, 'data-testid': testId }: { term: string; value: string; title?: string; emphasis?: boolean; 'data-testid'?: string }) {
  return (
    <div className={emphasis ? 'total total-emphasis' : 'total'} title={title} data-testid={testId}>
      <div className="total-label">{term}</div>
      <div className="total-value num">{value}</div>
    </div>
  );
}
