/** Codes stored in plan data, each with its catalogue key written out (as in ../../i18n/code-labels). */
import type { TextKey } from '../../i18n/keys';

export const PROGRAMME_KEYS = {
  national_hotline: 'plans.programme.national_hotline',
  shelter_network: 'plans.programme.shelter_network',
  other: 'plans.programme.other',
} as const satisfies Record<string, TextKey>;

export const COST_KIND_KEYS = {
  staff: 'plans.cost.staff',
  call_specialists: 'plans.cost.call_specialists',
  victim_services: 'plans.cost.victim_services',
  operating: 'plans.cost.operating',
  awareness: 'plans.cost.awareness',
  other: 'plans.cost.other',
} as const satisfies Record<string, TextKey>;

export const PLEDGE_STATUS_KEYS = {
  pledged: 'plans.pledge.status.pledged',
  committed: 'plans.pledge.status.committed',
  withdrawn: 'plans.pledge.status.withdrawn',
} as const satisfies Record<string, TextKey>;

export const INDICATOR_KEYS = {
  hotline_calls: 'plans.indicator.hotline_calls',
  calls_by_purpose: 'plans.indicator.calls_by_purpose',
  cases_recorded: 'plans.indicator.cases_recorded',
  tips_to_perpetrators: 'plans.indicator.tips_to_perpetrators',
  prosecutions: 'plans.indicator.prosecutions',
  victims_referred: 'plans.indicator.victims_referred',
  staff_trained: 'plans.indicator.staff_trained',
} as const satisfies Record<string, TextKey>;
