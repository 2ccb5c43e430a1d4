import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { GRANT_TRANSITIONS, TRANSITIONS_NEEDING_REASON, type GrantStatus } from '../../../../core/domain/grant-lifecycle';
import { useApi } from '../../api/context';
import { codeLabel } from '../../i18n/code-labels';
import type { TextKey } from '../../i18n/keys';
import { useLocale } from '../../i18n/use-locale';
import { splitError, type FieldErrors } from './field-errors';
import { FormField } from './FormField';

/** The button for moving to a status; from suspended, "active" is a resumption. */
function actionKey(from: GrantStatus, to: GrantStatus): TextKey {
  switch (to) {
    case 'approved':
      return 'money.lifecycle.approve';
    case 'active':
      return from === 'suspended' ? 'money.lifecycle.resume' : 'money.lifecycle.activate';
    case 'suspended':
      return 'money.lifecycle.suspend';
    case 'closed':
      return 'money.lifecycle.close';
    case 'cancelled':
      return 'money.lifecycle.cancel';
    default:
      return 'money.lifecycle.approve';
  }
}

/** What a move that stops or ends the money flow leaves unpaid, said in words before it is confirmed. */
function consequenceKey(to: GrantStatus, unpaidMinor: number): TextKey {
  if (to === 'suspended') return 'money.lifecycle.consequence.suspended';
  if (to === 'cancelled') return 'money.lifecycle.consequence.cancelled';
  return unpaidMinor > 0 ? 'money.lifecycle.consequence.closed' : 'money.lifecycle.consequence.closedPaid';
}

type Props = {
  grantId: number;
  status: GrantStatus;
  /** What is still unpaid of the grant (grant amount − disbursed), in minor units and as shown. */
  unpaidMinor: number;
  unpaidText: string;
  onChanged(to: GrantStatus): void;
};

/**
 * The lifecycle moves the grant's status allows (draft → approved → active → closed), for
 * coordinators and administrators. Suspending, closing and cancelling ask for a reason and say
 * first what stays unpaid; after a move the focus goes to the next harmless step or to the line
 * saying the new status, never to a move that stops the money.
 */
export function LifecycleActions({ grantId, status, unpaidMinor, unpaidText, onChanged }: Props) {
  const api = useApi();
  const { t } = useLocale();
  const uid = useId();
  const reasonInput = useRef<HTMLInputElement>(null);
  const [asking, setAsking] = useState<GrantStatus | null>(null);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [banner, setBanner] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const group = useRef<HTMLDivElement>(null);
  const nowLine = useRef<HTMLParagraphElement>(null);
  const moved = useRef(false);
  const [movedTo, setMovedTo] = useState<GrantStatus | null>(null);
  // After a move the button pressed is gone: focus the next harmless move (Activate after Approve),
  // else the line saying the new status; one Enter must never close or suspend a grant.
  useEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    const harmless = group.current?.querySelector<HTMLElement>('button[data-harmless="true"]');
    (harmless ?? nowLine.current)?.focus();
  }, [status]);
  const next = GRANT_TRANSITIONS[status] ?? [];
  const nowText = movedTo === status ? <p ref={nowLine} tabIndex={-1} className="mf-lifecycle-now" role="status" data-testid="lifecycle-now">{t('money.lifecycle.now', { status: codeLabel(t, 'grantStatus', status) })}</p> : null;
  if (next.length === 0) {
    // A final grant says what it still allows: receipts for money already paid (closed), nothing (cancelled).
    return (
      <div className="mf-lifecycle" data-testid="lifecycle-actions">
        {nowText}
        <p className="muted" data-testid="lifecycle-final">
          {t(status === 'closed' ? 'money.lifecycle.final.closed' : 'money.lifecycle.final.cancelled')}
        </p>
      </div>
    );
  }

  async function move(to: GrantStatus, why?: string) {
    setBusy(true);
    setBanner(null);
    setErrors({});
    try {
      await api.call('grants.transition', { id: grantId, to, ...(why ? { reason: why } : {}) });
      setAsking(null);
      setReason('');
      moved.current = true;
      setMovedTo(to);
      onChanged(to);
    } catch (e) {
      const split = splitError(e, t, ['reason']);
      setErrors(split.fields);
      setBanner(split.banner);
      if (split.fields.reason) reasonInput.current?.focus();
    } finally {
      setBusy(false);
    }
  }

  function submitReason(e: FormEvent) {
    e.preventDefault();
    if (!asking) return;
    if (reason.trim() === '') {
      setErrors({ reason: t('money.error.reasonRequired') });
      reasonInput.current?.focus();
      return;
    }
    void move(asking, reason.trim());
  }

  return (
    <div className="mf-lifecycle" data-testid="lifecycle-actions">
      {nowText}
      <div ref={group} className="mf-buttons" role="group" aria-label={t('money.lifecycle.label')}>
        {next.map((to) => (
          <button
            key={to}
            type="button"
            className={TRANSITIONS_NEEDING_REASON.has(to) ? 'btn btn-danger' : 'btn btn-primary'}
            disabled={busy}
            data-testid={`transition-${to}`}
            data-harmless={!TRANSITIONS_NEEDING_REASON.has(to)}
            aria-expanded={TRANSITIONS_NEEDING_REASON.has(to) ? asking === to : undefined}
            onClick={() => {
              if (TRANSITIONS_NEEDING_REASON.has(to)) {
                setAsking(to);
                setErrors({});
              } else void move(to);
            }}
          >
            {t(actionKey(status, to))}
          </button>
        ))}
      </div>
      {banner !== null && (
        <p className="banner banner-error" role="alert" data-testid="lifecycle-error">
          {banner}
        </p>
      )}
      {asking && (
        <form
          className="mf-form mf-inline"
          onSubmit={submitReason}
          noValidate
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.preventDefault();
              setAsking(null);
            }
          }}
        >
          <FormField id={`${uid}-reason`} label={t('money.lifecycle.reason', { action: t(actionKey(status, asking)) })} error={errors.reason} data-testid="transition-reason" hint={<strong className="mf-consequence">{t(consequenceKey(asking, unpaidMinor), { unpaid: unpaidText })}</strong>}>
            {(c) => (
              <input
                {...c}
                ref={reasonInput}
                className="mf-input"
                value={reason}
                onChange={(e) => setReason(e.target.value)}
                maxLength={500}
                autoFocus
              />
            )}
          </FormField>
          <div className="mf-actions">
            <button type="submit" className="btn btn-danger" disabled={busy} data-testid="transition-confirm">
              {t(actionKey(status, asking))}
            </button>
            <button type="button" className="btn" onClick={() => setAsking(null)}>
              {t('money.cancel')}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
