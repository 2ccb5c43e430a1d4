/**
 * The demo's addresses are written as one line ("Rruga e Kavajës 118, 1001"); the register keeps
 * street, number and postcode apart.
 */
export function splitDemoAddress(line: string): { address: string; streetNumber: string | null; postcode: string | null } {
  const comma = line.lastIndexOf(',');
  const streetPart = (comma < 0 ? line : line.slice(0, comma)).trim();
  const postcode = comma < 0 ? null : line.slice(comma + 1).trim() || null;
  const m = /^(.*\S)\s+(\d[\dA-Za-z/-]*)$/.exec(streetPart);
  return m ? { address: m[1]!, streetNumber: m[2]!, postcode } : { address: streetPart, streetNumber: null, postcode };
}
