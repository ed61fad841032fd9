// The types of '@xmldom/xmldom' for this project (electron/tsconfig.json maps the package here):
// the package's own reference the DOM library, which the Node code must not see. Only what the
// wire reader uses is declared; the tree is read through ./xml-node's interfaces.
type Report = (message: string) => void;

export declare class DOMParser {
  constructor(options?: {
    locator?: object;
    errorHandler?: { warning?: Report; error?: Report; fatalError?: Report };
  });
  parseFromString(source: string, mimeType: string): unknown;
}
