import { useEffect, useState } from 'react';
import type { Output } from '../../../../core/api/handlers';
import { useApi } from '../../api/context';

export type OrganisationOption = Output<'organisations.options'>[number];

/** Every organisation, for the grantor and grantee pickers (loaded once per form; not at all until `enabled`). */
export function useOrganisations(enabled = true): { options: OrganisationOption[]; error: unknown } {
  const api = useApi();
  const [options, setOptions] = useState<OrganisationOption[]>([]);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    if (!enabled) return;
    let current = true;
    api.call('organisations.options', {}).then(
      (o) => current && setOptions(o),
      (e: unknown) => current && setError(e),
    );
    return () => {
      current = false;
    };
  }, [api, enabled]);
  return { options, error };
}
