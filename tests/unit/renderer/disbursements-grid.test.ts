import { describe, expect, it } from 'vitest';
import { DisbursementsPageInput } from '../../../core/api/schemas/disbursements';
import { REGION_COUNTRIES } from '../../../core/domain/countries';
import { choiceModel } from '../../../renderer/src/components/ChoiceFilter';
import { DEFAULT_COL_DEF as defaultDisbursementColDef } from '../../../renderer/src/components/grid-columns';
import { disbursementColumnDefs } from '../../../renderer/src/features/disbursements/disbursements-columns';
import { toPageInput } from '../../../renderer/src/features/disbursements/disbursements-grid';
import { createI18n } from '../../../renderer/src/i18n/i18n';
import { countryName } from '../../../renderer/src/i18n/country-names';

describe('the Disbursements grid', () => {
  it('turns list filters, an amount sort and a search into input the API accepts', () => {
    const input = toPageInput(
      {
        startRow: 0,
        endRow: 100,
        sortModel: [{ colId: 'amount', sort: 'desc' }, { colId: 'approved', sort: 'asc' }],
        filterModel: { country: choiceModel('RS'), currency: choiceModel('EUR'), approved: choiceModel('1') },
      },
      ' RS-2024 ',
    );
    const parsed = DisbursementsPageInput.safeParse(input);
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
    // 'approved' is shown but neither sorted nor filtered by the server: it is dropped, not sent.
    expect(input.sortModel).toEqual([{ colId: 'amount', sort: 'desc' }]);
    expect(input.filterModel).toEqual({ country: choiceModel('RS'), currency: choiceModel('EUR') });
    expect(input.search).toBe('RS-2024');
  });

  it('offers the seven countries of the region and the six currencies, named in the UI language, newest first', () => {
    const { t } = createI18n('mk');
    const cols = disbursementColumnDefs({ t, locale: 'mk', collator: new Intl.Collator('mk') });
    const country = cols.find((c) => c.colId === 'country')!;
    const currency = cols.find((c) => c.colId === 'currency')!;
    const choices = (country.filterParams as { choices: { value: string; label: string }[] }).choices;
    expect(choices.map((c) => c.value).sort()).toEqual([...REGION_COUNTRIES].sort());
    expect(choices.find((c) => c.value === 'RS')!.label).toBe(t('country.RS'));
    expect(t('country.RS')).toMatch(/^\p{Script=Cyrillic}/u);
    expect((currency.filterParams as { choices: { value: string }[] }).choices.map((c) => c.value).sort()).toEqual(['ALL', 'BAM', 'EUR', 'MKD', 'RSD', 'USD']);
    expect(cols.find((c) => c.colId === 'paidDate')!.initialSort).toBe('desc');
    expect(cols.find((c) => c.colId === 'amount')!.type).toBe('rightAligned');
    expect(defaultDisbursementColDef.sortable).toBe(true);
  });

  it('names a country outside the region by its ISO name, and an unknown code as stored', () => {
    const { t } = createI18n('sq');
    expect(countryName(t, 'XK')).toBe('Kosova');
    expect(countryName(t, 'DE')).toBe('Germany');
    expect(countryName(t, 'ZZ')).toBe('ZZ');
  });
});
