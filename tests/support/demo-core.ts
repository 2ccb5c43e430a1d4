import { join } from 'node:path';
import { fixedClock } from '../../core/api/define';
import { createCore, type Core } from '../../core/create-core';
import { makeTmpDir } from './tmp-dir';

/** The date every test runs on, so statuses computed from "today" never drift. */
export const TEST_NOW = '2026-11-24T12:00:00Z';

/** A core over a fresh demo database file in a temp folder. */
export function demoCore(whenNew: 'demo' | 'empty' = 'demo'): { core: Core; dbPath: string; cleanup(): void } {
  const tmp = makeTmpDir();
  const dbPath = join(tmp.dir, 'tranche.sqlite');
  const core = createCore({ dbPath, whenNew, clock: fixedClock(TEST_NOW) });
  return {
    core,
    dbPath,
    cleanup: () => {
      core.close();
      tmp.cleanup();
    },
  };
}
