/** The in-memory shape of a demo grant before it is written, keyed by organisation keys, not ids. */
import type { GrantPurpose, GrantStatus } from '../../db/schema';
import type { RegionCountry } from '../domain/countries';
import { DEMO_TODAY } from './dates';

export type AwardMethod = 'open' | 'restricted' | 'direct';

export type DemoGrant = {
  grantorKey: string;
  granteeKey: string;
  country: RegionCountry;
  government: boolean;
  /** Prefix of the reference; the number is given once all grants are known. */
  refCode: string;
  title: string;
  purpose: GrantPurpose;
  description: string | null;
  amountMinor: number;
  currency: string;
  status: GrantStatus;
  awardMethod: AwardMethod | null;
  decisionDate: string | null;
  agreementSignedDate: string | null;
  startDate: string;
  endDate: string;
  /** The day the grant was entered (decision day, or when a draft was started). */
  createdOn: string;
  trancheCount: number;
  /** Suspended or cancelled grants: the day it happened; tranches due from then on are stopped. */
  haltedOn?: string;
  /** Tranches due from this day on are left unreleased although due (an overdue payment). */
  stalledFrom?: string;
};

/** 'closed', 'active' or 'approved' from where the grant's period lies relative to the demo's today. */
export function statusByDates(startDate: string, endDate: string): 'closed' | 'active' | 'approved' {
  if (endDate < DEMO_TODAY) return 'closed';
  if (startDate <= DEMO_TODAY) return 'active';
  return 'approved';
}
