import { useEffect, useState } from 'react';
import type { Output } from '../../../../core/api/handlers';
import { useApi } from '../../api/context';
import { isIsoDate } from './amount-input';

export type BankAccount = Output<'organisations.accounts'>[number];

/** The grantee's registered accounts valid on `date` (none asked for until the date is a real date; the last list meanwhile). */
export function useAccounts(organisationId: number, date: string): { accounts: BankAccount[] | null; error: unknown } {
  const api = useApi();
  const valid = isIsoDate(date);
  const [answer, setAnswer] = useState<{ key: string; accounts: BankAccount[] | null; error: unknown } | null>(null);
  const key = `${organisationId}@${date}`;
  useEffect(() => {
    if (!valid) return;
    let current = true;
    api.call('organisations.accounts', { organisationId, date }).then(
      (accounts) => current && setAnswer({ key, accounts, error: null }),
      (error: unknown) => current && setAnswer({ key, accounts: null, error }),
    );
    return () => {
      current = false;
    };
  }, [api, organisationId, date, valid, key]);
  // While the date is being corrected (or the new date's list is on its way) the last list of the
  // same organisation stays, so the account chosen is not dropped by a mistyped day.
  if (!answer || !answer.key.startsWith(`${organisationId}@`)) return { accounts: null, error: null };
  if (answer.key !== key && answer.error !== null) return { accounts: null, error: null };
  return { accounts: answer.accounts, error: answer.error };
}
