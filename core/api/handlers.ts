import type { z } from 'zod';
import { appApi } from './app.api';
import { auditApi } from './audit.api';
import { authApi } from './auth.api';
import { backupsApi } from './backups.api';
import { disbursementsApi } from './disbursements.api';
import { fxApi } from './fx.api';
import { grantsApi } from './grants.api';
import { jobsApi } from './jobs.api';
import { organisationsApi } from './organisations.api';
import { receiptsApi } from './receipts.api';
import { reconciliationApi } from './reconciliation.api';
import { reportsApi } from './reports.api';
import { settingsApi } from './settings.api';
import { tranchesApi } from './tranches.api';
import { usersApi } from './users.api';

/** THE API: every method any client may call. A test checks no name is defined twice. */
export const handlers = { ...appApi, ...auditApi, ...authApi, ...backupsApi, ...disbursementsApi, ...fxApi, ...grantsApi, ...jobsApi, ...organisationsApi, ...receiptsApi, ...reconciliationApi, ...reportsApi, ...settingsApi, ...tranchesApi, ...usersApi };

export type Handlers = typeof handlers;
export type MethodName = keyof Handlers;
export type Input<K extends MethodName> = z.input<Handlers[K]['input']>;
/** A job's output is what its body resolves to. */
export type Output<K extends MethodName> = Awaited<ReturnType<Handlers[K]['run']>>;

/** The method names, for transports that want to refuse unknown names before parsing a body. */
export const METHOD_NAMES = Object.keys(handlers) as MethodName[];
