export type NinjsMajor = 1 | 2 | 3;

const camelCaseKeys = [
  'versionCreated',
  'firstCreated',
  'contentCreated',
  'pubStatus',
  'embargoedUntil',
  'copyrightHolder',
  'copyrightNotice',
  'infoSources',
  'altIds',
  'edNote',
  'usageTerms',
  'representationType',
];
const version2Keys = [
  'headlines',
  'bodies',
  'descriptions',
  'subjects',
  'by',
  'infosources',
  'people',
];

const declaredMajor = (item: Record<string, unknown>): number | null => {
  const standard = (item.standard ?? item.$standard) as { version?: unknown } | undefined;
  const declared = typeof standard?.version === 'string' ? standard.version : item.$schema;
  const match = typeof declared === 'string' ? /(?:^|[_v])([123])\.\d/.exec(declared) : null;
  return match === null ? null : Number(match[1]);
};

/** Whether the item names its ninjs version itself. */
export const declaresVersion = (item: Record<string, unknown>): boolean =>
  declaredMajor(item) !== null;

/**
 * Which ninjs generation an item is: the version it declares (`standard`, `$standard`, `$schema`),
 * else its shape (3.x names fields in camelCase, 2.x has arrays of headlines and bodies).
 */
export const ninjsVersion = (item: Record<string, unknown>): NinjsMajor => {
  const declared = declaredMajor(item);
  if (declared === 1 || declared === 2 || declared === 3) return declared;
  if (camelCaseKeys.some((key) => key in item)) return 3;
  return version2Keys.some((key) => key in item) ? 2 : 1;
};
