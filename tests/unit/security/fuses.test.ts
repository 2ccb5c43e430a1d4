import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// electron-builder flips these fuses in the packaged Electron binary (with @electron/fuses) when it
// packs the app: a typo or a removed line here would ship a binary that runs as plain Node.
describe('the packaged app\'s Electron fuses', () => {
  // The two settings read from the YAML: `asar:` and the `electronFuses:` block of `key: true|false`.
  const yml = readFileSync('electron-builder.yml', 'utf8');
  const block = /^electronFuses:\n((?: {2}.*\n)+)/m.exec(yml)?.[1] ?? '';
  const config = {
    asar: /^asar: (true|false)$/m.exec(yml)?.[1] === 'true',
    electronFuses: Object.fromEntries([...block.matchAll(/^ {2}(\w+): (true|false)$/gm)].map((m) => [m[1], m[2] === 'true'])),
  };

  it('turn off running as Node, NODE_OPTIONS and inspect arguments, and load the app only from a verified ASAR', () => {
    expect(config.asar).toBe(true);
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });
});
