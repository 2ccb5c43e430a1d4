import type { TFunction } from 'i18next';
import type { Output } from '../../../../core/api/handlers';
import type { UiLocale } from '../../../../core/domain/locales';
import { showMoney } from '../../components/money-text';

export type Discrepancy = Output<'reconciliation.grant'>['discrepancies'][number];

/** One discrepancy in words, amounts in the grant's currency. */
export function discrepancyText(d: Discrepancy, currency: string, t: TFunction, locale: UiLocale): string {
  const m = (amountMinor: number) => showMoney({ amountMinor, currency }, locale);
  switch (d.kind) {
    case 'amount_differs':
      return t('reconciliation.discrepancy.amountDiffers', { paid: m(d.paidMinor), received: m(d.receivedMinor) });
    case 'received_without_disbursement':
      return t('reconciliation.discrepancy.receivedWithout', { amount: m(d.unmatchedMinor) });
    case 'not_received':
      return t('reconciliation.discrepancy.notReceived', { amount: m(d.unreceivedMinor), date: d.paidDate, days: d.days });
  }
}
