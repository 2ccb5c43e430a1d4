// Headless commands on a Tranche database file: `npm run tranche -- <command> ...`.
import { BACKUP_USAGE, CHECKPOINT_USAGE, RESTORE_USAGE, backup, checkpoint, restore } from './safety';
import { VERIFY_USAGE, verify } from './verify';

/** Every command: its usage and what runs it (exit 0 done, 1 a finding or refusal, 2 bad usage). */
const COMMANDS: Record<string, { usage: string; run: (argv: string[]) => Promise<number> }> = {
  verify: { usage: VERIFY_USAGE, run: verify },
  backup: { usage: BACKUP_USAGE, run: backup },
  restore: { usage: RESTORE_USAGE, run: restore },
  checkpoint: { usage: CHECKPOINT_USAGE, run: checkpoint },
};

const USAGE = `usage:\n${Object.values(COMMANDS)
  .map((c) => `  ${c.usage.split('\n').join('\n    ')}`)
  .join('\n\n')}`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    console.log(USAGE);
    return command === undefined ? 2 : 0;
  }
  const c = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
  if (!c) {
    console.error(`tranche: unknown command "${command}"\n${USAGE}`);
    return 2;
  }
  try {
    return await c.run(rest);
  } catch (e) {
    // A bad option (parseArgs) or a refused file: a clear line, exit 2.
    console.error(`tranche ${command}: ${e instanceof Error ? e.message : String(e)}`);
    return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (e: unknown) => {
    console.error(`tranche: ${e instanceof Error ? e.message : String(e)}`);
    process.exitCode = 2;
  },
);
