import type { XmlElement, XmlNode } from './xml-node';
import type { WireItem, WireNotice, WirePicture } from '../../../shared/model/wire-item';
import { bodyMarkupHtml } from './body-markup-html';
import { parseUrgency } from './parse-urgency';
import { plainTextHtml } from './plain-text-html';
import { uniqueTexts } from './unique-texts';
import { wireBody } from './wire-body';
import { wireDate } from './wire-date';
import { WireRefusal } from './wire-refusal';
import { xmlChildren } from './xml-children';
import { xmlDescendants } from './xml-descendants';
import { xmlText } from './xml-text';

const first = (root: XmlNode | null | undefined, name: string): XmlElement | undefined =>
  xmlDescendants(root, name)[0];

const child = (parent: XmlNode | null | undefined, name: string): XmlElement | undefined =>
  xmlChildren(parent, name)[0];

// "nprov:REUTERS" → "REUTERS"; a provider may also be named or given only by URI.
const codeValue = (qcode: string | null): string => (qcode ?? '').replace(/^[^:]*:/, '');

const providerName = (meta: XmlElement | undefined): string => {
  const provider = child(meta, 'provider');
  return (
    xmlText(child(provider, 'name')) ||
    (provider?.getAttribute('literal') ?? '') ||
    codeValue(provider?.getAttribute('qcode') ?? null) ||
    (provider?.getAttribute('uri') ?? '')
  ).trim();
};

const conceptName = (concept: XmlElement): string =>
  xmlText(child(concept, 'name')) ||
  (concept.getAttribute('literal') ?? '') ||
  (concept.getAttribute('qcode') ?? '');

const noticeOf = (meta: XmlElement | undefined): WireNotice | null => {
  const status =
    meta === undefined ? '' : codeValue(child(meta, 'pubStatus')?.getAttribute('qcode') ?? null);
  if (status === 'canceled' || status === 'withheld') return 'kill';
  const signals = xmlChildren(meta, 'signal').map((signal) => signal.getAttribute('qcode') ?? '');
  return signals.some((signal) => /correct/i.test(signal)) ? 'correction' : null;
};

const previousVersion = (meta: XmlElement | undefined): string | null => {
  const link = xmlChildren(meta, 'link').find((candidate) =>
    /previousVersion|correctionOf/i.test(candidate.getAttribute('rel') ?? ''),
  );
  return link?.getAttribute('residref') ?? link?.getAttribute('href') ?? null;
};

const bodyHtml = (content: XmlElement | undefined): string =>
  xmlChildren(content)
    .map((part) => {
      if (part.localName === 'inlineXML') {
        const body = first(part, 'body.content') ?? first(part, 'body');
        return body === undefined ? '' : bodyMarkupHtml(body);
      }
      return part.localName === 'inlineData' ? plainTextHtml(part.textContent ?? '') : '';
    })
    .join('');

const itemPictures = (item: XmlElement, contentMeta: XmlElement | undefined): WirePicture[] => {
  const isPicture = /picture|graphic/.test(
    child(child(item, 'itemMeta'), 'itemClass')?.getAttribute('qcode') ?? '',
  );
  const href = xmlDescendants(child(item, 'contentSet'), 'remoteContent')[0]?.getAttribute('href');
  if (!isPicture || href === undefined || href === null) return [];
  const caption = xmlChildren(contentMeta, 'description').map(xmlText).join(' ');
  return [
    {
      href,
      caption: caption || xmlText(child(contentMeta, 'headline')),
      credit: xmlText(child(contentMeta, 'creditline')),
    },
  ];
};

const packagePictures = (item: XmlElement): WirePicture[] =>
  xmlDescendants(item, 'itemRef')
    .filter((reference) =>
      /picture|graphic/.test(first(reference, 'itemClass')?.getAttribute('qcode') ?? ''),
    )
    .map((reference) => ({
      href: reference.getAttribute('href') ?? reference.getAttribute('residref') ?? '',
      caption: xmlText(child(reference, 'description')) || xmlText(child(reference, 'title')),
      credit: xmlText(child(reference, 'creditline')),
    }));

const escapeText = (text: string): string =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

// A package's body is the list of what it groups, each with its title and summary.
const packageHtml = (item: XmlElement): string =>
  xmlDescendants(item, 'itemRef')
    .filter(
      (reference) =>
        !/picture|graphic/.test(first(reference, 'itemClass')?.getAttribute('qcode') ?? ''),
    )
    .map((reference) => {
      const title = xmlText(child(reference, 'title'));
      const summary = xmlText(child(reference, 'description'));
      return `${title === '' ? '' : `<h3>${escapeText(title)}</h3>`}${summary === '' ? '' : `<p>${escapeText(summary)}</p>`}`;
    })
    .join('');

const parseItem = (item: XmlElement): WireItem => {
  const itemId = (item.getAttribute('guid') ?? '').trim();
  if (itemId === '') throw new WireRefusal(`a ${item.localName} has no guid.`);
  const meta = child(item, 'itemMeta');
  const contentMeta = child(item, 'contentMeta');
  const isPackage = item.localName === 'packageItem';
  const pictures = isPackage ? packagePictures(item) : itemPictures(item, contentMeta);
  const html = isPackage ? packageHtml(item) : bodyHtml(child(item, 'contentSet'));
  const nitfBylines = xmlDescendants(child(item, 'contentSet'), 'byline').map((byline) =>
    xmlText(byline)
      .replace(/^by\s+/i, '')
      .replace(/,\s*$/, ''),
  );
  const notice = noticeOf(meta);
  const provider = providerName(meta);
  return {
    format: 'newsml-g2',
    agency: provider,
    credit: provider,
    itemId,
    version: Number.parseInt(item.getAttribute('version') ?? '', 10) || 0,
    headline: xmlText(child(contentMeta, 'headline')) || xmlText(child(meta, 'title')),
    slugline: xmlText(child(contentMeta, 'slugline')),
    bylines: firstNonEmpty([
      uniqueTexts(xmlChildren(contentMeta, 'by').map(xmlText)),
      uniqueTexts(xmlChildren(contentMeta, 'creator').map(conceptName)),
      uniqueTexts(nitfBylines),
    ]),
    dateline: xmlText(child(contentMeta, 'dateline')),
    language:
      child(contentMeta, 'language')?.getAttribute('tag') ?? item.getAttribute('xml:lang') ?? '',
    urgency: parseUrgency(xmlText(child(contentMeta, 'urgency'))),
    embargo: wireDate(xmlText(child(meta, 'embargoed'))),
    versionCreated: wireDate(xmlText(child(meta, 'versionCreated'))),
    notice,
    correctionOf: notice === null ? null : previousVersion(meta),
    subjects: uniqueTexts(xmlChildren(contentMeta, 'subject').map(conceptName)),
    keywords: uniqueTexts(xmlChildren(contentMeta, 'keyword').map(xmlText)),
    pictures,
    body: wireBody(html, isPackage ? pictures : []),
  };
};

const firstNonEmpty = (candidates: string[][]): string[] =>
  candidates.find((names) => names.length > 0) ?? [];

const itemNames = new Set(['newsItem', 'packageItem']);

/**
 * The news and package items of a NewsML-G2 document: a lone item or a newsMessage's itemSet.
 * Text comes from `inlineXML` (NITF or XHTML) or `inlineData`; picture items become pictures.
 */
export const parseNewsmlG2 = (root: XmlElement): WireItem[] => {
  const candidates = itemNames.has(root.localName)
    ? [root]
    : xmlChildren(first(root, 'itemSet')).filter((item) => itemNames.has(item.localName));
  if (candidates.length === 0) {
    throw new WireRefusal('it holds no NewsML-G2 news item or package.');
  }
  return candidates.map(parseItem);
};
