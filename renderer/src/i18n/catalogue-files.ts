/**
 * The renderer's resources/locales/<folder>/<namespace>.json (./namespaces), bundled by Vite (no fetch at run time, so the
 * app works from app:// and file paths alike). A folder or file that does not exist yet is simply
 * absent: missing strings fall back (./resources) and the catalogue tests say what is missing.
 */
import type { Catalogue, CatalogueFiles } from '../../../core/domain/catalogues';

const modules = import.meta.glob<Catalogue>('../../../resources/locales/*/{app,grants,audit,auth,grid,validation,money,reports,register,plans,exporting}.json', { eager: true, import: 'default' });

function load(): CatalogueFiles {
  const files: Record<string, Record<string, Catalogue>> = {};
  for (const [path, catalogue] of Object.entries(modules)) {
    const m = /\/locales\/([^/]+)\/([^/]+)\.json$/.exec(path);
    if (!m) continue;
    const [, folder = '', ns = ''] = m;
    (files[folder] ??= {})[ns] = catalogue;
  }
  return files;
}

export const CATALOGUE_FILES: CatalogueFiles = load();
