import { useEffect, useState } from 'react';
import type { Output } from '../../../../core/api/handlers';
import { useApi } from '../../api/context';

export type OrganisationOption = Output<'organisations.options'>[number];

/** Every organisation, for the grantor and grantee pickers (loaded once per form). */
export function useOrganisations(): { options: OrganisationOption[]; error: unknown } {
  const api = useApi();
  const [options, setOptions] = useState<OrganisationOption[]>([]);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    let current = true;
    api.call('organisations.options', {}).then(
      (o) => current && setOptions(o),
      (e: unknown) => current && setError(e),
    );
    return () => {
      current = false;
    };
  }, [api]);
  return { options, error };
}
