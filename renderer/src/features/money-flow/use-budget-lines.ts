import { useEffect, useState } from 'react';
import type { Output } from '../../../../core/api/handlers';
import { useApi } from '../../api/context';

export type BudgetLineOption = Output<'organisations.budgetLines'>[number];

/** The budget lines of the chosen grantee (none until one is chosen), for the grant it funds. */
export function useBudgetLines(organisationId: number | null): BudgetLineOption[] {
  const api = useApi();
  const [lines, setLines] = useState<BudgetLineOption[]>([]);
  useEffect(() => {
    if (organisationId === null) return;
    let current = true;
    api.call('organisations.budgetLines', { organisationId }).then(
      (l) => current && setLines(l),
      () => current && setLines([]),
    );
    return () => {
      current = false;
      setLines([]);
    };
  }, [api, organisationId]);
  return lines;
}
