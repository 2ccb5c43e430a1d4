import { useId, useRef, useState, type FormEvent } from 'react';
import { ApiError } from '../../api/client';
import { useApi } from '../../api/context';
import { describeError } from '../../api/errors';
import { codeLabel } from '../../i18n/code-labels';
import type { TextKey } from '../../i18n/keys';
import { useLocale } from '../../i18n/use-locale';
import { issueText } from './field-errors';
import { FormField } from './FormField';
import type { TrancheAction } from './tranche-actions';
import { InlineForm } from '../../components/InlineForm';

const TEXT: Record<TrancheAction, { title: TextKey; hint: TextKey; save: TextKey }> = {
  withhold: { title: 'money.tranche.withhold.label', hint: 'money.tranche.withhold.hint', save: 'money.tranche.withhold' },
  resume: { title: 'money.tranche.resume.label', hint: 'money.tranche.resume.hint', save: 'money.tranche.resume' },
  cancel: { title: 'money.tranche.cancel.label', hint: 'money.tranche.cancel.hint', save: 'money.tranche.cancel' },
};

const METHOD = { withhold: 'tranches.withhold', resume: 'tranches.resume', cancel: 'tranches.cancel' } as const;

type Props = {
  tranche: { id: number; seq: number };
  action: TrancheAction;
  onSaved(): void;
  onCancel(): void;
};

/**
 * Asks why a tranche is withheld, resumed or cancelled, and does it. Enter saves, Escape cancels;
 * whatever the API refuses is said at the reason field.
 */
export function TrancheActionForm({ tranche, action, onSaved, onCancel }: Props) {
  const api = useApi();
  const { t } = useLocale();
  const uid = useId();
  const input = useRef<HTMLInputElement>(null);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const text = TEXT[action];

  /** The refusal in the user's words: the tranche's or grant's status, money already paid, or the field. */
  function refusal(err: unknown): string {
    if (err instanceof ApiError) {
      const issue = err.issues.find((i) => i.path === 'reason') ?? err.issues[0];
      if (issue) return issueText(t, issue.path, issue.code);
      const { trancheStatus, grantStatus, disbursements } = err.params;
      if (typeof trancheStatus === 'string') return t('money.tranche.error.trancheStatus', { status: codeLabel(t, 'trancheStatus', trancheStatus) });
      if (typeof grantStatus === 'string') return t('money.tranche.error.grantStatus', { status: codeLabel(t, 'grantStatus', grantStatus) });
      if (disbursements !== undefined) return t('money.tranche.error.disbursed');
    }
    return describeError(err, t).text;
  }

  async function submit(ev: FormEvent) {
    ev.preventDefault();
    if (busy) return;
    const why = reason.trim();
    if (!why) {
      setError(t('money.error.reasonRequired'));
      input.current?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await api.call(METHOD[action], { id: tranche.id, reason: why });
      onSaved();
    } catch (err) {
      setBusy(false);
      setError(refusal(err));
      input.current?.focus();
    }
  }

  return (
    <InlineForm
      data-testid="tranche-action-form" data-save-testid="tranche-action-save"
      extra={{ 'data-action': action }}
      title={t(text.title, { n: tranche.seq })}
      hint={t(text.hint)}
      saveLabel={t(text.save)}
      busy={busy}
      keysHint={t('money.form.keys')}
      onSubmit={submit}
      onCancel={onCancel}
    >
      <FormField id={`${uid}-reason`} label={t('money.tranche.reason')} error={error} data-testid="tranche-action-reason" className="mf-wide">
        {(c) => <input {...c} ref={input} className="mf-input" value={reason} onChange={(e) => setReason(e.target.value)} maxLength={500} autoFocus autoComplete="off" />}
      </FormField>
    </InlineForm>
  );
}
