import type { IncomingHttpHeaders } from 'node:http';

/**
 * A page from another site may reach a loopback port (directly or through DNS rebinding): only
 * our own host names are served, and a browser-sent Origin must be the page's own.
 */
export const isTrustedRequest = (headers: IncomingHttpHeaders, port: number): boolean => {
  const allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`];
  const host = headers.host?.toLowerCase();
  if (host === undefined || !allowedHosts.includes(host)) return false;
  const origin = headers.origin;
  return origin === undefined || origin === `http://${host}`;
};
