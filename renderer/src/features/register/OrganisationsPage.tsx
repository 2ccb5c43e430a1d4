import { useCallback, useMemo, useRef, useState } from 'react';
import { intlLocaleOf } from '../../../../core/domain/locales';
import { useApi } from '../../api/context';
import { ServerGrid, type DetailProps, type ServerGridHandle, type ServerGridTexts } from '../../components/ServerGrid';
import { DEFAULT_COL_DEF } from '../../components/grid-columns';
import { useLocale } from '../../i18n/use-locale';
import { useCurrentUser } from '../auth/current-user';
import { OrganisationDetail } from './OrganisationDetail';
import { OrganisationForm } from './OrganisationForm';
import { toOrganisationsPageInput, type OrganisationRow, type OrganisationsPageInput } from './organisations-grid';
import { organisationColumnDefs } from './register-columns';
import { canManageRegister } from './register-roles';

const NAME = 'organisations';
const FIRST_COLUMN = 'name';
const rowId = (r: OrganisationRow) => String(r.id);

function Detail({ open, close, refresh }: DetailProps<OrganisationRow>) {
  return <OrganisationDetail key={open.row.id} id={open.row.id} takeFocus={open.takeFocus} onClose={close} onChanged={refresh} />;
}

/** The Organisations screen: funders and grantees of every kind, with their accounts, people, grants and budget lines. */
export function OrganisationsPage() {
  const api = useApi();
  const { t, locale } = useLocale();
  const { user } = useCurrentUser();
  const grid = useRef<ServerGridHandle>(null);
  const newButton = useRef<HTMLButtonElement>(null);
  const [creating, setCreating] = useState(false);
  const fetchPage = useCallback((input: OrganisationsPageInput) => api.call('organisations.page', input), [api]);
  const columnDefs = useMemo(() => organisationColumnDefs({ t, collator: new Intl.Collator(intlLocaleOf(locale)) }), [t, locale]);
  const texts = useMemo<ServerGridTexts>(
    () => ({
      title: t('register.organisations.title'),
      count: (count) => t('register.organisations.count', { count }),
      loading: t('grants.count.loading'),
      loadFailed: t('register.organisations.loadFailed'),
      help: t('register.organisations.help'),
      gridLabel: t('register.organisations.title'),
      empty: t('register.organisations.empty'),
      emptyNone: t('register.organisations.emptyNone'),
      resetFilters: t('grants.resetFilters'),
      search: { label: t('register.organisations.search.label'), placeholder: t('register.organisations.search.placeholder'), hint: t('grants.search.hint'), clear: t('grants.search.clear') },
    }),
    [t],
  );
  return (
    <ServerGrid<OrganisationRow, OrganisationsPageInput>
      name={NAME}
      texts={texts}
      toPageInput={toOrganisationsPageInput}
      fetchPage={fetchPage}
      columnDefs={columnDefs}
      defaultColDef={DEFAULT_COL_DEF}
      rowId={rowId}
      firstColumn={FIRST_COLUMN}
      detail={Detail}
      gridRef={grid}
      toolbarEnd={
        canManageRegister(user.role) && (
          <button ref={newButton} type="button" className="btn btn-primary" data-testid="new-organisation" onClick={() => setCreating(true)}>
            {t('register.organisation.new')}
          </button>
        )
      }
      footer={
        creating && (
          <OrganisationForm
            editing={null}
            onSaved={() => {
              setCreating(false);
              grid.current?.startOver();
            }}
            onClose={() => {
              setCreating(false);
              window.requestAnimationFrame(() => newButton.current?.focus());
            }}
          />
        )
      }
    />
  );
}
