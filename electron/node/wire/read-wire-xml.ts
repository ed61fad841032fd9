import type { XmlDocument, XmlElement } from './xml-node';
import { createRequire } from 'node:module';
import { checkXmlTree } from './check-xml-tree';
import { decodeXmlBytes } from './decode-xml-bytes';
import { wireLimits } from './wire-limits';
import { WireRefusal } from './wire-refusal';

type Report = (message: string) => void;

interface Xmldom {
  DOMParser: new (options: {
    locator: object;
    errorHandler: { warning: Report; error: Report; fatalError: Report };
  }) => { parseFromString(source: string, mimeType: string): unknown };
}

// Required, not imported: xmldom's type declarations pull the DOM library into the Node code,
// and the few members used here are typed above (the tree through ./xml-node).
const xmldom = createRequire(import.meta.url)('@xmldom/xmldom') as Xmldom;

const entityDeclaration = /<!ENTITY/i;

const firstLine = (message: string): string =>
  message
    .replace(/^\[xmldom \w+\]\s*/, '')
    .split('\n')[0]!
    .trim();

/**
 * Wire XML bytes as a DOM (its root element), or a refusal. xmldom never expands entities a document declares nor
 * fetches external ones; a document declaring any is refused outright, and the tree is checked
 * for depth and giant text nodes before anyone reads it.
 */
export const readWireXml = (bytes: Uint8Array): XmlElement => {
  if (bytes.length > wireLimits.fileBytes) {
    throw new WireRefusal('it is larger than 8 MB, far beyond any wire item.');
  }
  const text = decodeXmlBytes(bytes);
  if (entityDeclaration.test(text)) {
    throw new WireRefusal(
      'it declares XML entities (entity expansion and external entities are refused).',
    );
  }
  const fail = (message: string): never => {
    throw new WireRefusal(`it is not well-formed XML (${firstLine(message)}).`);
  };
  const parser = new xmldom.DOMParser({
    locator: {},
    errorHandler: { warning: () => undefined, error: fail, fatalError: fail },
  });
  let document: XmlDocument;
  try {
    document = parser.parseFromString(text, 'text/xml') as XmlDocument;
  } catch (error) {
    if (error instanceof WireRefusal) throw error;
    throw new WireRefusal(`it is not well-formed XML (${firstLine(String(error))}).`);
  }
  const root = document.documentElement;
  if (root === null) return fail('no root element');
  checkXmlTree(root);
  return root;
};
