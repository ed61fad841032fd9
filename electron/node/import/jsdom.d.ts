// jsdom ships no types; the sanitiser hands its window to the intake as shared/editor/intake/intake-dom's IntakeWindow.
declare module 'jsdom' {
  import type { WindowLike } from 'dompurify';

  export class JSDOM {
    constructor(html?: string, options?: { contentType?: string });
    readonly window: WindowLike;
  }
}
