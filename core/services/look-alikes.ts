/**
 * Other records holding an identifier about to be saved: same registration number in the country,
 * IBAN, phone, e-mail or normalised address. Shown before saving; sharing is allowed (it is what the
 * integrity rules look at), so this never refuses anything.
 */
import type { z } from 'zod';
import { addressesIn, lookAlikesByIdentifier, type LookAlike } from '../../db/queries/register';
import type { Ctx } from '../api/define';
import type { LookAlikesInput } from '../api/schemas/register';
import { checkIban } from '../domain/register/iban';
import { addressKey, emailKey } from '../domain/register/look-alike-keys';
import { toE164 } from '../domain/register/phone';

export function lookAlikes(ctx: Ctx, q: z.output<typeof LookAlikesInput>): LookAlike[] {
  const phone = q.phone ? toE164(q.phone, q.country) : null;
  const ibans = q.ibans
    .filter((s) => s !== '')
    .map((s) => {
      const c = checkIban(s);
      return c.ok ? c.iban : s.replace(/\s+/g, '').toUpperCase();
    });
  const found = lookAlikesByIdentifier(ctx.db, {
    ...(q.country && q.registrationNumber ? { registration: { country: q.country, number: q.registrationNumber } } : {}),
    ibans,
    phone: phone?.ok ? phone.e164 : null,
    email: emailKey(q.email),
    ...(q.organisationId ? { exceptOrganisation: q.organisationId } : {}),
    ...(q.personId ? { exceptPerson: q.personId } : {}),
  });
  const key = addressKey({ street: q.address, streetNumber: q.streetNumber, postcode: q.postcode, city: q.city });
  if (key) {
    const near = addressesIn(ctx.db, q.city);
    for (const o of near.organisations) if (o.id !== q.organisationId && addressKey(o) === key) found.push({ kind: 'organisation', id: o.id, name: o.name, field: 'address' });
    for (const p of near.people) if (p.id !== q.personId && addressKey(p) === key) found.push({ kind: 'person', id: p.id, name: p.name, field: 'address' });
  }
  const seen = new Set<string>();
  return found.filter((f) => {
    const k = `${f.kind}:${f.id}:${f.field}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
