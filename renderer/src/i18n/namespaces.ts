/**
 * The renderer's catalogue areas (resources/locales/<lng>/<ns>.json); menu.json is Electron's.
 * Keys are unique across them, so t('grants.title') needs no namespace prefix: 'app' is the
 * default and the others are searched after it (fallbackNS).
 */
export const RENDERER_NAMESPACES = ['app', 'grants', 'audit', 'auth', 'grid', 'validation', 'money', 'reports', 'register', 'plans', 'exporting'] as const;
export type RendererNamespace = (typeof RENDERER_NAMESPACES)[number];
