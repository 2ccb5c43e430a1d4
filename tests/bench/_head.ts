import { fixedClock } from '../../core/api/define';
import { createCore } from '../../core/create-core';
import { rmSync } from 'node:fs';
for (const s of ['', '-wal', '-shm']) rmSync('/tmp/head.sqlite' + s, { force: true });
const c = createCore({ dbPath: '/tmp/head.sqlite', whenNew: 'demo', clock: fixedClock('2026-11-24T12:00:00Z') });
console.log(c.ctx.db.$client.prepare('SELECT seq, hash FROM audit_entries ORDER BY seq DESC LIMIT 1').get());
c.close();
