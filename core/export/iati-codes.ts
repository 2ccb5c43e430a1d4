/**
 * The IATI 2.03 codes Tranche writes, from the official codelists in ../shared/iati/codelists.
 * The choice of DAC purpose codes per grant purpose is explained in docs/IATI.md.
 */

/** Sector (vocabulary 1, OECD DAC CRS 5-digit purpose codes) per grant purpose. */
export const SECTOR_OF_PURPOSE: Readonly<Record<string, string>> = {
  shelter: '15180',
  hotline: '15180',
  legal_aid: '15130',
  reintegration: '16020',
  prevention: '15160',
  awareness: '15160',
  capacity_building: '15130',
};

/** ActivityStatus: 1 pipeline, 2 implementation, 4 closed, 5 cancelled, 6 suspended. */
export const STATUS_OF_GRANT: Readonly<Record<string, string>> = {
  draft: '1',
  approved: '1',
  active: '2',
  closed: '4',
  cancelled: '5',
  suspended: '6',
};

/** OrganisationType: 10 government, 40 multilateral, 22 national NGO, 60 foundation, 70 private sector. */
export const ORG_TYPE_OF_KIND: Readonly<Record<string, string>> = {
  government: '10',
  bilateral: '10',
  international: '40',
  ngo: '22',
  foundation: '60',
  private_donor: '70',
};

/** TransactionType: 1 incoming funds, 2 outgoing commitment, 3 disbursement. */
export const TRANSACTION = { incoming: '1', commitment: '2', disbursement: '3' } as const;

/** OrganisationRole: 1 funding, 3 extending, 4 implementing. */
export const ROLE = { funding: '1', extending: '3', implementing: '4' } as const;
