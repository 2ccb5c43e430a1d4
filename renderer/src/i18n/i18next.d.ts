import 'i18next';
import type app from '../../../resources/locales/en/app.json';
import type audit from '../../../resources/locales/en/audit.json';
import type auth from '../../../resources/locales/en/auth.json';
import type grants from '../../../resources/locales/en/grants.json';
import type grid from '../../../resources/locales/en/grid.json';
import type money from '../../../resources/locales/en/money.json';
import type plans from '../../../resources/locales/en/plans.json';
import type reports from '../../../resources/locales/en/reports.json';
import type register from '../../../resources/locales/en/register.json';
import type exporting from '../../../resources/locales/en/exporting.json';
import type validation from '../../../resources/locales/en/validation.json';

// English is the source catalogue: t() accepts exactly its keys (plural keys without _one/_other).
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'app';
    fallbackNS: ['grants', 'audit', 'auth', 'grid', 'validation', 'money', 'reports', 'register', 'plans', 'exporting'];
    keySeparator: false;
    nsSeparator: false;
    resources: { app: typeof app; grants: typeof grants; audit: typeof audit; auth: typeof auth; grid: typeof grid; validation: typeof validation; money: typeof money; reports: typeof reports; register: typeof register; plans: typeof plans; exporting: typeof exporting };
  }
}
