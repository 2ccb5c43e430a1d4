/** IBAN in groups of four, as printed on statements: easier to compare by eye. */
export function formatIbanGroups(iban: string): string {
  return iban.replace(/\s+/g, '').replace(/(.{4})(?=.)/g, '$1 ');
}
