/**
 * Keys under which two records are "the same" for look-alike detection: an address written with
 * or without diacritics, punctuation, case or "ul."/"ulica" prefixes; an e-mail in any case.
 */
const PREFIXES = /\b(ul|ulica|rruga|rr|bul|bulevar|bulevardi|cesta|str|street|ул|булевар)\b\.?/gu;

function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();
}

/** Street, number, postcode and city folded into one key; null when there is no street. */
export function addressKey(a: { street?: string | null; streetNumber?: string | null; postcode?: string | null; city?: string | null }): string | null {
  if (!a.street?.trim()) return null;
  const parts = [a.street, a.streetNumber, a.postcode, a.city].map((p) => fold(p ?? '').replace(PREFIXES, ' ').replace(/[^\p{L}\p{N}]+/gu, ' ').trim());
  return parts.filter((p) => p !== '').join(' ');
}

export function emailKey(email: string | null | undefined): string | null {
  const e = email?.trim().toLowerCase();
  return e ? e : null;
}
