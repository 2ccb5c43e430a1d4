/**
 * The shape of an IATI organisation identifier: the registration agency's prefix (country or XI/XM,
 * a hyphen, the agency's code), a hyphen, and the number that agency gave, without spaces, slashes,
 * ampersands, pipes or question marks (IATI's rules): XM-DAC-41127, GB-COH-01234567.
 */
const IATI_ORG_ID = /^[A-Z]{2}-[A-Z0-9]{2,}(?:_[A-Z0-9]+)*-[A-Za-z0-9._-]+$/;

export function isIatiOrganisationId(s: string): boolean {
  return IATI_ORG_ID.test(s) && !s.endsWith('-');
}
