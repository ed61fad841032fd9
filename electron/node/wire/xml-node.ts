/** The part of a parsed XML node the wire readers use (xmldom's DOM, without the DOM library). */
export interface XmlNode {
  readonly nodeType: number;
  readonly nodeValue: string | null;
  readonly textContent: string | null;
  readonly firstChild: XmlNode | null;
  readonly nextSibling: XmlNode | null;
  readonly parentNode: XmlNode | null;
}

export interface XmlElement extends XmlNode {
  readonly localName: string;
  getAttribute(name: string): string | null;
}

export interface XmlDocument extends XmlNode {
  readonly documentElement: XmlElement | null;
}
