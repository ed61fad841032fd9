import type { XmlElement, XmlNode } from './xml-node';
import type { WireItem, WireNotice, WirePicture } from '../../../shared/model/wire-item';
import { bodyMarkupHtml } from './body-markup-html';
import { formalName } from './formal-name';
import { parseUrgency } from './parse-urgency';
import { uniqueTexts } from './unique-texts';
import { wireBody } from './wire-body';
import { wireDate } from './wire-date';
import { WireRefusal } from './wire-refusal';
import { xmlChildren } from './xml-children';
import { xmlDescendants } from './xml-descendants';
import { xmlText } from './xml-text';

const first = (root: XmlNode | null | undefined, name: string): XmlElement | undefined =>
  xmlDescendants(root, name)[0];

const pictureMedia = new Set(['photo', 'picture', 'graphic']);

const isPictureComponent = (component: XmlElement): boolean =>
  xmlChildren(component, 'ContentItem').some(
    (item) =>
      item.getAttribute('Href') !== null &&
      pictureMedia.has(formalName(first(item, 'MediaType')).toLowerCase()),
  );

const componentCredit = (component: XmlElement): string =>
  uniqueTexts([
    ...xmlDescendants(first(component, 'Provider'), 'Party').map(formalName),
    ...xmlDescendants(first(component, 'Creator'), 'Party').map(formalName),
  ]).join(' / ');

const componentPicture = (component: XmlElement): WirePicture => {
  const href = xmlChildren(component, 'ContentItem')
    .map((item) => item.getAttribute('Href') ?? '')
    .find((value) => value !== '');
  const caption = xmlDescendants(component, 'body.content').map(xmlText).join(' ');
  return {
    href: href ?? '',
    caption: caption || xmlText(first(component, 'HeadLine')),
    credit: componentCredit(component),
  };
};

const isInside = (node: XmlNode, ancestor: XmlNode): boolean => {
  for (let parent = node.parentNode; parent !== null; parent = parent.parentNode) {
    if (parent === ancestor) return true;
  }
  return false;
};

const textBodies = (item: XmlElement, pictures: readonly XmlElement[]): XmlElement[] =>
  xmlDescendants(item, 'body.content').filter(
    (body) => !pictures.some((component) => isInside(body, component)),
  );

const noticeOf = (item: XmlElement, advisories: readonly string[]): WireNotice | null => {
  const status = formalName(first(item, 'Status')).toLowerCase();
  if (status === 'canceled' || status === 'cancelled' || status === 'withheld') return 'kill';
  const instructions = xmlDescendants(item, 'Instruction').map(formalName).join(' ');
  const said = `${instructions} ${advisories.join(' ')}`;
  return /\b(correct|rectif)/i.test(said) ? 'correction' : null;
};

const credit = (item: XmlElement): string =>
  formalName(first(first(first(item, 'AdministrativeMetadata'), 'Provider'), 'Party'));

const parseItem = (item: XmlElement, envelopePriority: string): WireItem => {
  const identifier = first(item, 'NewsIdentifier');
  const itemId = xmlText(first(identifier, 'NewsItemId'));
  if (itemId === '') throw new WireRefusal('a NewsItem has no NewsItemId.');
  const revision = first(identifier, 'RevisionId');
  const lines = first(item, 'NewsLines');
  const advisories = xmlDescendants(lines, 'NewsLine')
    .filter((line) => /advisory/i.test(formalName(first(line, 'NewsLineType'))))
    .map((line) => xmlText(first(line, 'NewsLineText')));
  const notice = noticeOf(item, advisories);
  const pictureComponents = xmlDescendants(item, 'NewsComponent').filter(isPictureComponent);
  const pictures = pictureComponents.map(componentPicture);
  const html = textBodies(item, pictureComponents).map(bodyMarkupHtml).join('');
  const creators = xmlDescendants(first(item, 'AdministrativeMetadata'), 'Creator').flatMap(
    (creator) => xmlDescendants(creator, 'Party').map(formalName),
  );
  const descriptive = first(item, 'DescriptiveMetadata');
  return {
    format: 'newsml-1.2',
    agency: xmlText(first(identifier, 'ProviderId')),
    credit: credit(item) || xmlText(first(identifier, 'ProviderId')),
    itemId,
    version: Number.parseInt(xmlText(revision), 10) || 0,
    headline: xmlText(first(lines, 'HeadLine')),
    slugline: xmlText(first(lines, 'SlugLine')) || xmlText(first(item, 'NameLabel')),
    bylines: uniqueTexts([...xmlDescendants(lines, 'ByLine').map(xmlText), ...creators]),
    dateline: xmlText(first(lines, 'DateLine')),
    language: formalName(first(descriptive, 'Language')) || (item.getAttribute('xml:lang') ?? ''),
    urgency: parseUrgency(formalName(first(item, 'Urgency')) || envelopePriority),
    embargo: wireDate(xmlText(first(first(item, 'StatusWillChange'), 'DateAndTime'))),
    versionCreated: wireDate(xmlText(first(item, 'ThisRevisionCreated'))),
    notice,
    correctionOf:
      notice === null ? null : revision?.getAttribute('PreviousRevision')?.trim() || null,
    subjects: uniqueTexts(
      xmlDescendants(descriptive, 'SubjectCode').flatMap((code) =>
        xmlChildren(code).map(formalName),
      ),
    ),
    keywords: uniqueTexts(
      xmlDescendants(descriptive, 'Property')
        .filter((property) => formalName(property) === 'Keyword')
        .map((property) => property.getAttribute('Value') ?? ''),
    ),
    pictures,
    body: wireBody(html, pictures),
  };
};

/** Every NewsItem of a NewsML 1.2 document (AFP's profile: NITF bodies, photo components). */
export const parseNewsml1 = (root: XmlElement): WireItem[] => {
  const priority = formalName(first(first(root, 'NewsEnvelope'), 'Priority'));
  const items = xmlDescendants(root, 'NewsItem').map((item) => parseItem(item, priority));
  if (items.length === 0) throw new WireRefusal('it holds no NewsItem.');
  return items;
};
