// jsdom ships no types; the sanitiser reads its window through ./html-dom's interfaces.
declare module 'jsdom' {
  import type { WindowLike } from 'dompurify';

  export class JSDOM {
    constructor(html?: string, options?: { contentType?: string });
    readonly window: WindowLike;
  }
}
