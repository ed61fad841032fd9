/**
 * The few DOM members the intake uses. Import runs it on a jsdom window in plain Node (compiled
 * without the DOM library), paste on the renderer's own window: both satisfy these types.
 */
export const elementNodeType = 1;
export const textNodeType = 3;
export const commentNodeType = 8;

export interface IntakeNode {
  readonly nodeType: number;
  readonly nodeValue: string | null;
  textContent: string | null;
  readonly parentNode: IntakeNode | null;
  readonly firstChild: IntakeNode | null;
  readonly nextSibling: IntakeNode | null;
  readonly previousSibling: IntakeNode | null;
  readonly childNodes: ArrayLike<IntakeNode>;
  appendChild(node: IntakeNode): IntakeNode;
  insertBefore(node: IntakeNode, child: IntakeNode | null): IntakeNode;
  removeChild(child: IntakeNode): IntakeNode;
}

export interface IntakeParent extends IntakeNode {
  querySelector(selectors: string): IntakeElement | null;
  querySelectorAll(selectors: string): ArrayLike<IntakeElement>;
  append(...nodes: (IntakeNode | string)[]): void;
}

export interface IntakeElement extends IntakeParent {
  readonly localName: string;
  readonly id: string;
  readonly ownerDocument: IntakeDocument;
  readonly parentElement: IntakeElement | null;
  readonly nextElementSibling: IntakeElement | null;
  readonly previousElementSibling: IntakeElement | null;
  readonly isConnected: boolean;
  /** HTML elements have it; the DOM types give it to HTMLElement only. */
  readonly style?: { getPropertyValue(property: string): string };
  getAttribute(name: string): string | null;
  setAttribute(name: string, value: string): void;
  hasAttribute(name: string): boolean;
  closest(selectors: string): IntakeElement | null;
  replaceChildren(...nodes: (IntakeNode | string)[]): void;
  replaceWith(...nodes: (IntakeNode | string)[]): void;
  remove(): void;
}

export interface IntakeDocument extends IntakeParent {
  readonly body: IntakeElement;
  readonly title: string;
  createElement(tagName: string): IntakeElement;
  createTextNode(text: string): IntakeNode;
  createDocumentFragment(): IntakeParent;
}

/** A sanitised fragment, ready for ProseMirror's DOM parser. */
export type IntakeFragment = IntakeParent;

export interface IntakeWindow {
  readonly DOMParser: new () => {
    parseFromString(html: string, type: 'text/html'): IntakeDocument;
  };
}
