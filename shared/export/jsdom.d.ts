// jsdom ships no types; the export tests only parse HTML and walk the result.
declare module 'jsdom' {
  export class JSDOM {
    constructor(html?: string);
    readonly window: { document: Document };
  }
}
