import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { GRANT_TRANSITIONS, TRANSITIONS_NEEDING_REASON, type GrantStatus } from '../../../../core/domain/grant-lifecycle';
import { useApi } from '../../api/context';
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

/**
 * The lifecycle moves the grant's status allows (draft → approved → active → closed; suspend and
 * cancel with a written reason), for coordinators and administrators.
 */
export function LifecycleActions({ grantId, status, onChanged }: { grantId: number; status: GrantStatus; onChanged(to: GrantStatus): void }) {
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
  const moved = useRef(false);
  // After a move the button pressed is gone: focus the first of the moves the new status allows.
  useEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    group.current?.querySelector<HTMLElement>('button')?.focus();
  }, [status]);
  const next = GRANT_TRANSITIONS[status] ?? [];
  if (next.length === 0) return null;

  async function move(to: GrantStatus, why?: string) {
    setBusy(true);
    setBanner(null);
    setErrors({});
    try {
      await api.call('grants.transition', { id: grantId, to, ...(why ? { reason: why } : {}) });
      setAsking(null);
      setReason('');
      moved.current = true;
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
      <div ref={group} className="mf-buttons" role="group" aria-label={t('money.lifecycle.label')}>
        {next.map((to) => (
          <button
            key={to}
            type="button"
            className={to === 'approved' || to === 'active' ? 'btn btn-primary' : 'btn'}
            disabled={busy}
            data-testid={`transition-${to}`}
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
          <FormField id={`${uid}-reason`} label={t('money.lifecycle.reason', { action: t(actionKey(status, asking)) })} error={errors.reason} data-testid="transition-reason">
            {(c) => <input {...c} ref={reasonInput} className="mf-input" value={reason} onChange={(e) => setReason(e.target.value)} maxLength={500} autoFocus />}
          </FormField>
          <div className="mf-actions">
            <button type="submit" className="btn btn-primary" disabled={busy} data-testid="transition-confirm">
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
