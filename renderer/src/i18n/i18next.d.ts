import 'i18next';
import type app from '../../../resources/locales/en/app.json';
import type grants from '../../../resources/locales/en/grants.json';
import type grid from '../../../resources/locales/en/grid.json';
import type validation from '../../../resources/locales/en/validation.json';

// English is the source catalogue: t() accepts exactly its keys (plural keys without _one/_other).
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'app';
    fallbackNS: ['grants', 'grid', 'validation'];
    keySeparator: false;
    nsSeparator: false;
    resources: { app: typeof app; grants: typeof grants; grid: typeof grid; validation: typeof validation };
  }
}
