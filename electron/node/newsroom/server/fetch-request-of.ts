import type { IncomingMessage } from 'node:http';

/**
 * The upgrade request as the web `Request` Hocuspocus reads (headers, URL parameters). The URL's
 * host is fixed: the Host header is the client's to make up.
 */
export const fetchRequestOf = (request: IncomingMessage): Request => {
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (value === undefined) continue;
    try {
      for (const one of Array.isArray(value) ? value : [value]) headers.append(name, one);
    } catch {
      // A header the Fetch API refuses is of no use to Hocuspocus.
    }
  }
  let url: URL;
  try {
    url = new URL(request.url ?? '/', 'http://newsroom.invalid');
  } catch {
    url = new URL('http://newsroom.invalid/');
  }
  return new Request(url, { headers });
};
