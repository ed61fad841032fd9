/**
 * The few DOM members the import uses. The electron project compiles without the DOM library, so
 * jsdom's objects are described here rather than typing the whole main process against the DOM.
 */
export interface HtmlNode {
  readonly nodeType: number;
  readonly textContent: string | null;
}

export interface HtmlParent {
  readonly childNodes: ArrayLike<HtmlNode>;
  querySelector(selectors: string): HtmlElement | null;
  querySelectorAll(selectors: string): ArrayLike<HtmlElement>;
  append(...nodes: (HtmlNode | string)[]): void;
}

export interface HtmlElement extends HtmlNode, HtmlParent {
  readonly tagName: string;
  readonly ownerDocument: HtmlDocument;
  replaceWith(...nodes: (HtmlNode | string)[]): void;
  remove(): void;
}

export interface HtmlDocument extends HtmlParent {
  readonly title: string;
  createElement(tagName: string): HtmlElement;
}

export interface HtmlWindow {
  readonly DOMParser: new () => { parseFromString(html: string, type: 'text/html'): HtmlDocument };
}
