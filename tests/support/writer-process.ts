// A second process writing to a database while a test does something else to it (backups taken
// while work goes on). Usage: tsx tests/support/writer-process.ts DB MS. It signs in as the demo
// administrator and switches the account's language back and forth (one audited change per call)
// until MS milliseconds have passed, then prints how many changes it made.
import { fixedClock } from '../../core/api/define';
import { createCore } from '../../core/create-core';
import { signInAs, TEST_NOW } from './demo-core';

const [dbPath, ms] = process.argv.slice(2);
const core = createCore({ dbPath: dbPath!, clock: fixedClock(TEST_NOW) });
const session = signInAs(core, 'admin');
const end = Date.now() + Number(ms);
let writes = 0;
while (Date.now() < end) {
  const r = core.call('app.setLocale', { locale: writes % 2 ? 'sq' : 'mk' }, session);
  if (!r.ok) throw new Error(r.error.message);
  writes++;
}
core.close();
console.log(JSON.stringify({ writes }));
