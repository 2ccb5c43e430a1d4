import type { TFunction } from 'i18next';
import type { Output } from '../../../core/api/handlers';
import type { TextKey } from './keys';

type Detail = Output<'grants.get'>;
type Grant = Detail['grant'];

// Codes stored in the data, each with its catalogue key written out, so a new code cannot go
// unlabelled (the Record types) and the catalogue tests can see every key in use.
const PURPOSE_KEYS = {
  shelter: 'purpose.shelter',
  hotline: 'purpose.hotline',
  legal_aid: 'purpose.legal_aid',
  reintegration: 'purpose.reintegration',
  prevention: 'purpose.prevention',
  awareness: 'purpose.awareness',
  capacity_building: 'purpose.capacity_building',
} as const satisfies Record<Grant['purpose'], TextKey>;

const GRANT_STATUS_KEYS = {
  draft: 'grantStatus.draft',
  approved: 'grantStatus.approved',
  active: 'grantStatus.active',
  closed: 'grantStatus.closed',
  suspended: 'grantStatus.suspended',
  cancelled: 'grantStatus.cancelled',
} as const satisfies Record<Grant['status'], TextKey>;

const TRANCHE_STATUS_KEYS = {
  planned: 'trancheStatus.planned',
  due: 'trancheStatus.due',
  overdue: 'trancheStatus.overdue',
  released: 'trancheStatus.released',
  withheld: 'trancheStatus.withheld',
  cancelled: 'trancheStatus.cancelled',
  awaiting_approval: 'trancheStatus.awaiting_approval',
} as const satisfies Record<Detail['tranches'][number]['status'], TextKey>;

const AWARD_METHOD_KEYS = {
  open: 'awardMethod.open',
  restricted: 'awardMethod.restricted',
  direct: 'awardMethod.direct',
} as const satisfies Record<NonNullable<Grant['awardMethod']>, TextKey>;

const GROUPS = { purpose: PURPOSE_KEYS, grantStatus: GRANT_STATUS_KEYS, trancheStatus: TRANCHE_STATUS_KEYS, awardMethod: AWARD_METHOD_KEYS };
export type CodeGroup = keyof typeof GROUPS;

/** The label of a code from the data, e.g. ('purpose', 'legal_aid') → "Legal aid"; an unknown code is shown as stored. */
export function codeLabel(t: TFunction, group: CodeGroup, code: string): string {
  const keys: Readonly<Record<string, TextKey>> = GROUPS[group];
  return Object.hasOwn(keys, code) ? t(keys[code]!) : code;
}
