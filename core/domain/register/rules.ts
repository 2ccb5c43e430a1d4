/**
 * The register's field rules, pure: each returns the issues (field path, code, English message)
 * and the values as they are stored (IBAN normalised, phone in E.164). Rules that need the
 * database (uniqueness, existence) live in the service.
 */
import { checkIban } from './iban';
import { isIatiOrganisationId } from './iati';
import { toE164 } from './phone';

export type RegisterIssue = { path: string; code: string; message: string };

function period(issues: RegisterIssue[], from: string | null | undefined, to: string | null | undefined, toPath: string) {
  if (from && to && to < from) issues.push({ path: toPath, code: 'end_before_start', message: `${toPath} ${to} is before the start ${from}` });
}

function phone(issues: RegisterIssue[], value: string | null | undefined, country: string | null | undefined): string | null {
  if (!value?.trim()) return null;
  const p = toE164(value, country ?? undefined);
  if (p.ok) return p.e164;
  issues.push({ path: 'phone', code: 'phone', message: `phone: ${p.message}` });
  return null;
}

export type OrganisationFields = {
  country: string;
  registrationDate?: string | null;
  iatiIdentifier?: string | null;
  phone?: string | null;
  addressCountry?: string | null;
};

export function organisationRules(o: OrganisationFields, today: string): { issues: RegisterIssue[]; phone: string | null; iatiIdentifier: string | null } {
  const issues: RegisterIssue[] = [];
  if (o.registrationDate && o.registrationDate > today) {
    issues.push({ path: 'registrationDate', code: 'future_date', message: `registrationDate ${o.registrationDate} is in the future` });
  }
  const iati = o.iatiIdentifier?.trim() || null;
  if (iati && !isIatiOrganisationId(iati)) {
    issues.push({ path: 'iatiIdentifier', code: 'iati_format', message: 'iatiIdentifier is not in the shape of an IATI organisation identifier (e.g. XM-DAC-41127)' });
  }
  return { issues, phone: phone(issues, o.phone, o.addressCountry ?? o.country), iatiIdentifier: iati };
}

export type AccountFields = { kind: 'iban' | 'other'; iban: string; validFrom: string; validTo?: string | null };

export function accountRules(a: AccountFields): { issues: RegisterIssue[]; iban: string } {
  const issues: RegisterIssue[] = [];
  let iban = a.iban.trim();
  if (a.kind === 'iban') {
    const c = checkIban(iban);
    if (c.ok) iban = c.iban;
    else issues.push({ path: 'iban', code: c.code, message: `iban: ${c.message}` });
  }
  period(issues, a.validFrom, a.validTo, 'validTo');
  return { issues, iban };
}

export type PersonFields = { phone?: string | null; country?: string | null };

export function personRules(p: PersonFields): { issues: RegisterIssue[]; phone: string | null } {
  const issues: RegisterIssue[] = [];
  return { issues, phone: phone(issues, p.phone, p.country) };
}

export function roleRules(r: { startDate?: string | null; endDate?: string | null }): RegisterIssue[] {
  const issues: RegisterIssue[] = [];
  period(issues, r.startDate, r.endDate, 'endDate');
  return issues;
}

export function relationRules(r: { personId: number; relativeId: number; startDate?: string | null; endDate?: string | null }): RegisterIssue[] {
  const issues: RegisterIssue[] = [];
  if (r.personId === r.relativeId) issues.push({ path: 'relativeId', code: 'self_relation', message: 'relativeId: a person cannot be related to themselves' });
  period(issues, r.startDate, r.endDate, 'endDate');
  return issues;
}

export function budgetLineRules(b: { startDate: string; endDate: string }): RegisterIssue[] {
  const issues: RegisterIssue[] = [];
  period(issues, b.startDate, b.endDate, 'endDate');
  return issues;
}
