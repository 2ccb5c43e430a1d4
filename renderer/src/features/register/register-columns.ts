/**
 * The Organisations and People grids' columns: kind, side, status and country are codes shown as
 * words and filtered from a list; every sortable or filterable colId is one the server whitelists.
 */
import type { ColDef } from 'ag-grid-community';
import type { TFunction } from 'i18next';
import { choiceFilter, textFilter } from '../../components/grid-columns';
import { countryName, regionCountryChoices } from '../../i18n/country-names';
import type { OrganisationColumn, OrganisationRow } from './organisations-grid';
import type { PersonColumn, PersonRow } from './people-grid';
import { registerChoices, registerLabel, type RegisterCodeTable } from './register-labels';

type Options = { t: TFunction; collator: Intl.Collator };

function codeColumn<Row>(t: TFunction, table: RegisterCodeTable, header: string, get: (r: Row) => string): ColDef<Row> {
  return {
    headerName: header,
    valueGetter: (p) => (p.data ? registerLabel(t, table, get(p.data)) : undefined),
    filterValueGetter: (p) => (p.data ? get(p.data) : undefined),
    ...choiceFilter<Row>({ choices: registerChoices(t, table), anyLabel: t('audit.filter.any'), label: t('audit.filter.label', { column: header }) }),
  };
}

function countryColumn<Row>(t: TFunction, collator: Intl.Collator, get: (r: Row) => string | null): ColDef<Row> {
  const header = t('register.field.country');
  return {
    headerName: header,
    valueGetter: (p) => {
      const c = p.data ? get(p.data) : null;
      return c ? countryName(t, c) : undefined;
    },
    width: 180,
    ...choiceFilter<Row>({ choices: regionCountryChoices(t, collator), anyLabel: t('audit.filter.any'), label: t('audit.filter.label', { column: header }) }),
  };
}

export function organisationColumnDefs({ t, collator }: Options): ColDef<OrganisationRow>[] {
  const cols: (ColDef<OrganisationRow> & { colId: OrganisationColumn })[] = [
    { colId: 'name', field: 'name', headerName: t('register.field.name'), flex: 1, minWidth: 240, pinned: 'left', lockPinned: true, tooltip: true, initialSort: 'asc', ...textFilter },
    { colId: 'shortName', field: 'shortName', headerName: t('register.field.shortName'), width: 150, ...textFilter },
    { ...codeColumn<OrganisationRow>(t, 'kind', t('register.field.kind'), (r) => r.kind), colId: 'kind', width: 170 },
    { ...codeColumn<OrganisationRow>(t, 'side', t('register.field.side'), (r) => r.side), colId: 'side', width: 140 },
    { ...countryColumn<OrganisationRow>(t, collator, (r) => r.country), colId: 'country' },
    { colId: 'registrationNumber', field: 'registrationNumber', headerName: t('register.field.registrationNumber'), width: 170, cellClass: 'mono', ...textFilter },
    { colId: 'city', field: 'city', headerName: t('register.field.city'), width: 140, ...textFilter },
    { colId: 'phone', field: 'phone', headerName: t('register.field.phone'), width: 160, cellClass: 'mono', ...textFilter },
    { colId: 'email', field: 'email', headerName: t('register.field.email'), width: 220, tooltip: true, ...textFilter },
    { ...codeColumn<OrganisationRow>(t, 'status', t('register.field.status'), (r) => r.status), colId: 'status', width: 130 },
  ];
  return cols;
}

export function personColumnDefs({ t, collator }: Options): ColDef<PersonRow>[] {
  const cols: (ColDef<PersonRow> & { colId: PersonColumn | 'currentRoles' | 'relations' })[] = [
    { colId: 'fullName', field: 'fullName', headerName: t('register.field.fullName'), width: 230, pinned: 'left', lockPinned: true, initialSort: 'asc', ...textFilter },
    {
      colId: 'currentRoles',
      headerName: t('register.people.currentRoles'),
      flex: 1,
      minWidth: 260,
      sortable: false,
      filter: false,
      tooltip: true,
      valueGetter: (p) =>
        p.data?.currentRoles
          ?.split('; ')
          .map((part) => {
            const at = part.indexOf('@');
            return t('register.people.roleAt', { role: registerLabel(t, 'role', part.slice(0, at)), organisation: part.slice(at + 1) });
          })
          .join('; '),
    },
    { colId: 'relations', field: 'relations', headerName: t('register.people.relations'), width: 120, sortable: false, filter: false, cellClass: 'num' },
    { colId: 'email', field: 'email', headerName: t('register.field.email'), width: 230, ...textFilter },
    { colId: 'phone', field: 'phone', headerName: t('register.field.phone'), width: 160, cellClass: 'mono', ...textFilter },
    { colId: 'city', field: 'city', headerName: t('register.field.city'), width: 140, ...textFilter },
    { ...countryColumn<PersonRow>(t, collator, (r) => r.country), colId: 'country' },
  ];
  return cols;
}
