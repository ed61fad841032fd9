import type { WireItem, WirePicture } from '../../../shared/model/wire-item';
import { bodyMarkupHtml } from './body-markup-html';
import { checkJsonDepth } from './check-json-depth';
import { ninjsValidator } from './ninjs-validator';
import { declaresVersion, type NinjsMajor, ninjsVersion } from './ninjs-version';
import { parseUrgency } from './parse-urgency';
import { plainTextHtml } from './plain-text-html';
import { readWireXml } from './read-wire-xml';
import { uniqueTexts } from './unique-texts';
import { wireBody } from './wire-body';
import { wireDate } from './wire-date';
import { wireLimits } from './wire-limits';
import { WireRefusal } from './wire-refusal';
import { xmlDescendants } from './xml-descendants';

type Json = Record<string, unknown>;

// 3.x spells 2.x's fields in camelCase: read both through lower-cased keys.
const lowerKeys = (value: unknown): Json =>
  Object.fromEntries(
    Object.entries(value !== null && typeof value === 'object' ? value : {}).map(([key, field]) => [
      key.toLowerCase(),
      field,
    ]),
  );

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');

const list = (value: unknown): Json[] =>
  (Array.isArray(value)
    ? value
    : value !== null && typeof value === 'object'
      ? Object.values(value)
      : []
  ).map(lowerKeys);

const byRole = (entries: Json[], role: string): Json | undefined =>
  entries.find((entry) => text(entry.role) === role) ?? entries[0];

const nitfHtml = (markup: string): string => {
  const root = readWireXml(new TextEncoder().encode(markup));
  const body = xmlDescendants(root, 'body.content')[0] ?? root;
  return bodyMarkupHtml(body);
};

const bodyOf = (entry: Json | undefined): string => {
  const value = text(entry?.value);
  const type = text(entry?.contenttype) || text(entry?.role);
  if (/xml|nitf/i.test(type)) return nitfHtml(value);
  return /html/i.test(type) ? value : plainTextHtml(value);
};

const bodyHtml = (item: Json, major: NinjsMajor): string => {
  if (major === 1) {
    return text(item.body_html) || plainTextHtml(text(item.body_text));
  }
  const bodies = list(item.bodies);
  const html = bodies.find((entry) => /html/i.test(text(entry.contenttype) || text(entry.role)));
  return bodyOf(html ?? byRole(bodies, 'main'));
};

const headlineOf = (item: Json, major: NinjsMajor): string =>
  major === 1 ? text(item.headline) : text(byRole(list(item.headlines), 'main')?.value);

const descriptionOf = (item: Json): string =>
  text(item.description_text) ||
  text(byRole(list(item.descriptions), 'caption')?.value) ||
  text(item.headline);

const pictureOf = (association: Json): WirePicture => {
  const renditions = list(association.renditions);
  return {
    href:
      text(renditions.find((rendition) => text(rendition.href) !== '')?.href) ||
      text(association.uri),
    caption: descriptionOf(association) || text(byRole(list(association.headlines), 'main')?.value),
    credit: uniqueTexts([
      text(association.byline),
      text(association.by),
      text(association.copyrightholder),
    ]).join(' / '),
  };
};

const agencyOf = (item: Json): string => {
  const source = list(item.infosources)[0];
  const uri = text(item.uri);
  const fromUri =
    /^urn:newsml:([^:]+):/.exec(uri)?.[1] ?? /^https?:\/\/([^/]+)/.exec(uri)?.[1] ?? '';
  return text(source?.name) || text(item.copyrightholder) || fromUri || text(source?.uri);
};

const refusal = (major: NinjsMajor): WireRefusal => {
  const error = ninjsValidator(major).errors?.[0];
  const where =
    error?.instancePath === '' || error === undefined ? '' : ` at ${error.instancePath}`;
  return new WireRefusal(
    `it is not valid ninjs ${major}.x${where}: ${error?.message ?? 'invalid'}.`,
  );
};

const generations: readonly NinjsMajor[] = [3, 2, 1];

/**
 * The generation whose schema accepts the item: the one asked for or declared, else the one its
 * shape suggests, then the others (a 3.0 item without camelCase fields looks like a 2.x one).
 */
const validGeneration = (item: Json, asked: NinjsMajor | null): NinjsMajor => {
  const likely = asked ?? ninjsVersion(item);
  const candidates =
    asked !== null || declaresVersion(item)
      ? [likely]
      : [likely, ...generations.filter((major) => major !== likely)];
  const valid = candidates.find((major) => ninjsValidator(major)(item));
  if (valid === undefined) {
    ninjsValidator(likely)(item);
    throw refusal(likely);
  }
  return valid;
};

const readJson = (bytes: Uint8Array): unknown => {
  if (bytes.length > wireLimits.fileBytes) {
    throw new WireRefusal('it is larger than 8 MB, far beyond any wire item.');
  }
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (error) {
    throw new WireRefusal(
      `it is not valid JSON (${error instanceof Error ? error.message : String(error)}).`,
    );
  }
};

/**
 * A ninjs 1.x, 2.x or 3.x item, validated against IPTC's schema for its generation (given, or
 * read from the item) before any field is read.
 */
export const parseNinjs = (bytes: Uint8Array, major?: NinjsMajor): WireItem => {
  const parsed = readJson(bytes);
  checkJsonDepth(parsed);
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new WireRefusal('it is not a ninjs object.');
  }
  const version = validGeneration(parsed as Json, major ?? null);
  const item = lowerKeys(parsed);
  const pictures = list(item.associations)
    .filter((association) => /picture|graphic/.test(text(association.type)))
    .map(pictureOf);
  const status = text(item.pubstatus);
  const notice =
    status === 'canceled' || status === 'withheld'
      ? 'kill'
      : /correct|rectif/i.test(text(item.ednote))
        ? 'correction'
        : null;
  const agency = agencyOf(item);
  return {
    format: 'ninjs',
    agency,
    credit: text(item.copyrightholder) || agency,
    itemId: text(item.uri),
    version: Number.parseInt(text(item.version), 10) || 0,
    headline: headlineOf(item, version) || text(item.title),
    slugline: text(item.slugline),
    bylines: uniqueTexts([text(item.byline), text(item.by)]),
    dateline: '',
    language: text(item.language),
    urgency: typeof item.urgency === 'number' ? parseUrgency(String(item.urgency)) : null,
    embargo: wireDate(text(item.embargoed) || text(item.embargoeduntil)),
    versionCreated: wireDate(text(item.versioncreated)),
    notice,
    correctionOf: null,
    subjects: uniqueTexts(
      list(item.subject ?? item.subjects).map(
        (subject) => text(subject.name) || text(subject.code) || text(subject.uri),
      ),
    ),
    keywords: uniqueTexts(Array.isArray(item.keywords) ? item.keywords.map(text) : []),
    pictures,
    body: wireBody(bodyHtml(item, version), pictures),
  };
};
