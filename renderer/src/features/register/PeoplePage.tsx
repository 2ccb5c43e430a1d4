import { useCallback, useMemo, useRef, useState } from 'react';
import { intlLocaleOf } from '../../../../core/domain/locales';
import { useApi } from '../../api/context';
import { ServerGrid, type DetailProps, type ServerGridHandle, type ServerGridTexts } from '../../components/ServerGrid';
import { DEFAULT_COL_DEF } from '../../components/grid-columns';
import { useLocale } from '../../i18n/use-locale';
import { useCurrentUser } from '../auth/current-user';
import { toPeoplePageInput, type PeoplePageInput, type PersonRow } from './people-grid';
import { PersonDetail } from './PersonDetail';
import { PersonForm } from './PersonForm';
import { personColumnDefs } from './register-columns';
import { canManageRegister } from './register-roles';

const NAME = 'people';
const FIRST_COLUMN = 'fullName';
const rowId = (r: PersonRow) => String(r.id);

function Detail({ open, close, refresh }: DetailProps<PersonRow>) {
  return <PersonDetail key={open.row.id} id={open.row.id} takeFocus={open.takeFocus} onClose={close} onChanged={refresh} />;
}

/** The People screen: who sits where (roles in organisations) and who is tied to whom. */
export function PeoplePage() {
  const api = useApi();
  const { t, locale } = useLocale();
  const { user } = useCurrentUser();
  const grid = useRef<ServerGridHandle>(null);
  const newButton = useRef<HTMLButtonElement>(null);
  const [creating, setCreating] = useState(false);
  const fetchPage = useCallback((input: PeoplePageInput) => api.call('people.page', input), [api]);
  const columnDefs = useMemo(() => personColumnDefs({ t, collator: new Intl.Collator(intlLocaleOf(locale)) }), [t, locale]);
  const texts = useMemo<ServerGridTexts>(
    () => ({
      title: t('register.people.screen'),
      count: (count) => t('register.people.count', { count }),
      loading: t('grants.count.loading'),
      loadFailed: t('register.people.loadFailed'),
      help: t('register.people.help'),
      gridLabel: t('register.people.screen'),
      empty: t('register.people.empty'),
      emptyNone: t('register.people.emptyNone'),
      resetFilters: t('grants.resetFilters'),
      search: { label: t('register.people.search.label'), placeholder: t('register.people.search.placeholder'), hint: t('grants.search.hint'), clear: t('grants.search.clear') },
    }),
    [t],
  );
  return (
    <ServerGrid<PersonRow, PeoplePageInput>
      name={NAME}
      texts={texts}
      toPageInput={toPeoplePageInput}
      fetchPage={fetchPage}
      columnDefs={columnDefs}
      defaultColDef={DEFAULT_COL_DEF}
      rowId={rowId}
      firstColumn={FIRST_COLUMN}
      detail={Detail}
      gridRef={grid}
      toolbarEnd={
        canManageRegister(user.role) && (
          <button ref={newButton} type="button" className="btn btn-primary" data-testid="new-person" onClick={() => setCreating(true)}>
            {t('register.person.new')}
          </button>
        )
      }
      footer={
        creating && (
          <PersonForm
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
