// jsdom ships no types; the node half of the intake corpus test only needs its window.
declare module 'jsdom' {
  export class JSDOM {
    constructor(html?: string);
    readonly window: Window & typeof globalThis;
  }
}
