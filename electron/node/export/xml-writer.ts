/** Markup built only by this module: text can reach it only escaped or inside split CDATA. */
export class XmlMarkup {
  constructor(readonly markup: string) {}
}

export type XmlChild = XmlMarkup | string;

const elementName = /^[A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?$/;
// Characters XML 1.0 forbids (controls other than tab/newline/return, lone surrogates, FFFE/FFFF).
const forbidden =
  // eslint-disable-next-line no-control-regex -- control characters are what is removed
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const escapes: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

const clean = (text: string): string => text.replace(forbidden, '');

export const escapeXml = (text: string): string =>
  clean(text).replace(/[&<>"']/g, (character) => escapes[character]!);

/** Text as CDATA; each `]]>` is split across two sections so it stays text. */
export const cdata = (text: string): XmlMarkup =>
  new XmlMarkup(`<![CDATA[${clean(text).replaceAll(']]>', ']]]]><![CDATA[>')}]]>`);

const checkedName = (name: string): string => {
  if (!elementName.test(name)) throw new TypeError(`Invalid XML name: ${name}`);
  return name;
};

/** An element; string children and attribute values are escaped. */
export const element = (
  name: string,
  attributes: Readonly<Record<string, string>>,
  ...children: XmlChild[]
): XmlMarkup => {
  const tag = checkedName(name);
  const attributeText = Object.entries(attributes)
    .map(([key, value]) => ` ${checkedName(key)}="${escapeXml(value)}"`)
    .join('');
  const content = children
    .map((child) => (typeof child === 'string' ? escapeXml(child) : child.markup))
    .join('');
  return new XmlMarkup(
    content === '' ? `<${tag}${attributeText}/>` : `<${tag}${attributeText}>${content}</${tag}>`,
  );
};

/** `element` without attributes. */
export const textElement = (name: string, ...children: XmlChild[]): XmlMarkup =>
  element(name, {}, ...children);

/** Line breaks between children, for a readable file. */
export const lines = (...children: XmlMarkup[]): XmlMarkup =>
  new XmlMarkup(`\n${children.map((child) => child.markup).join('\n')}\n`);

export const xmlDocument = (root: XmlMarkup): string =>
  `<?xml version="1.0" encoding="UTF-8"?>\n${root.markup}\n`;
