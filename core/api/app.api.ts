import { getMeta, setMeta, tableCounts } from '../../db/queries/meta';
import { command, query } from './define';
import { NoInput, SetLocaleInput, UI_LOCALES, type UiLocale } from './schemas/app';

// Until accounts exist the choice is stored once per database; it moves to users.locale with them.
const LOCALE_KEY = 'ui.locale';

function storedLocale(value: string | undefined): UiLocale | null {
  return (UI_LOCALES as readonly string[]).includes(value ?? '') ? (value as UiLocale) : null;
}

export const appApi = {
  /** What database is open: whether it holds demo data, how much, and the chosen interface language. */
  'app.info': query(NoInput, (ctx) => ({
    dataset: (getMeta(ctx.db, 'dataset') ?? 'user') as 'demo' | 'empty' | 'user',
    createdAt: getMeta(ctx.db, 'created_at') ?? null,
    counts: tableCounts(ctx.db),
    today: ctx.clock.today(),
    locale: storedLocale(getMeta(ctx.db, LOCALE_KEY)),
  })),
  /** Remembers the interface language; null in app.info means "follow the operating system". */
  'app.setLocale': command(SetLocaleInput, (ctx, i) => {
    setMeta(ctx.db, LOCALE_KEY, i.locale);
    return { locale: i.locale };
  }),
};
