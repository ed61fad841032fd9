/** The one Content-Security-Policy for the renderer, sent by the `app://` handler and browser mode. */
export const contentSecurityPolicy = [
  "default-src 'none'",
  // WebAssembly compilation only (the spellchecker's Hunspell), never JavaScript eval.
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "frame-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
