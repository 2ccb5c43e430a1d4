import { getMeta, tableCounts } from '../../db/queries/meta';
import { setUserLocale, userById } from '../../db/queries/users';
import { command, query } from './define';
import { NoInput, SetLocaleInput, UI_LOCALES, type UiLocale } from './schemas/app';

function storedLocale(value: string | null | undefined): UiLocale | null {
  return (UI_LOCALES as readonly string[]).includes(value ?? '') ? (value as UiLocale) : null;
}

export const appApi = {
  /** What database is open: whether it holds demo data, how much, and the user's interface language. */
  'app.info': query('signed-in', NoInput, (ctx) => ({
    dataset: (getMeta(ctx.db, 'dataset') ?? 'user') as 'demo' | 'empty' | 'user',
    createdAt: getMeta(ctx.db, 'created_at') ?? null,
    counts: tableCounts(ctx.db),
    today: ctx.clock.today(),
    locale: storedLocale(ctx.actor ? userById(ctx.db, ctx.actor.id)?.locale : null),
  })),
  /** Remembers the signed-in user's interface language; null in app.info means "follow the system". */
  'app.setLocale': command('signed-in', SetLocaleInput, (ctx, i) => {
    setUserLocale(ctx.db, ctx.actor!.id, i.locale);
    return { locale: i.locale };
  }),
};
