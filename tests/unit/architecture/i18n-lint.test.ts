import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// Proves the no-literal-string rule in eslint.config.js fires on renderer components, so a config
// change cannot silently let untranslated text back in while `npm run lint` keeps passing.
const eslint = new ESLint();

async function literalStrings(jsx: string): Promise<string[]> {
  const code = `import { useTranslation } from 'react-i18next';\nexport function Probe() {\n  const { t } = useTranslation();\n  return (${jsx});\n}\n`;
  const [result] = await eslint.lintText(code, { filePath: 'renderer/src/features/probe/Probe.tsx' });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'i18next/no-literal-string').map((m) => m.message);
}

describe('the literal-string rule', () => {
  it('fails on text written into a component', async () => {
    expect(await literalStrings('<button>Save</button>')).toHaveLength(1);
  });

  it('fails on text in attributes people read or hear', async () => {
    expect(await literalStrings('<input placeholder="Search grants" />')).toHaveLength(1);
    expect(await literalStrings('<button aria-label="Close" title="Close (Esc)">{t(\'detail.close\')}</button>')).toHaveLength(2);
  });

  it('passes text from the catalogue, and attributes for code, styling and tests', async () => {
    expect(await literalStrings('<button type="button" className="btn" data-testid="save">{t(\'error.retry\')}</button>')).toEqual([]);
    expect(await literalStrings('<span aria-hidden="true">×</span>')).toEqual([]);
  });

  it('applies to renderer components only', async () => {
    const [result] = await eslint.lintText('export const a = <b>Tranche</b>;\n', { filePath: 'tests/unit/probe.tsx' });
    expect((result?.messages ?? []).filter((m) => m.ruleId === 'i18next/no-literal-string')).toEqual([]);
  });
});
