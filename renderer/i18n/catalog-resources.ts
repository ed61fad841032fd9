import type { Resource } from 'i18next';

export type CatalogModules = Record<string, { default: Record<string, unknown> }>;

const catalogPath = /\/locales\/([^/]+)\/([^/]+)\.json$/;

/** `./locales/<language>/<namespace>.json` modules → i18next resources. */
export function catalogResources(modules: CatalogModules): Resource {
  const resources: Resource = {};
  for (const [path, module] of Object.entries(modules)) {
    const match = catalogPath.exec(path);
    if (!match) continue;
    const [, language, namespace] = match as unknown as [string, string, string];
    resources[language] ??= {};
    resources[language][namespace] = module.default;
  }
  return resources;
}

export function namespacesOf(resources: Resource): string[] {
  return [
    ...new Set(Object.values(resources).flatMap((byNamespace) => Object.keys(byNamespace))),
  ].sort();
}
