import { readFile } from 'node:fs/promises';
import type { Protocol } from 'electron';
import type { ResolveAsset } from '../node/assets/session-asset-resolver';
import { contentSecurityPolicy } from '../host/static/content-security-policy';
import { contentTypeFor } from '../host/static/content-type-for';
import { realStaticFile } from '../host/static/real-static-file';
import { appScheme } from './app-origin';
import { resolveAppPath } from './resolve-app-path';

/** Registered before `ready`: a standard, secure origin that can use fetch, like https. */
export const appSchemePrivileges = {
  scheme: appScheme,
  privileges: { standard: true, secure: true, supportFetchAPI: true },
};

type Body = ConstructorParameters<typeof Response>[0];

const respond = (
  status: number,
  body: Body,
  contentType = 'text/plain; charset=utf-8',
  extraHeaders: Record<string, string> = {},
) =>
  new Response(body, {
    status,
    headers: {
      'Content-Security-Policy': contentSecurityPolicy,
      'Content-Type': contentType,
      'X-Content-Type-Options': 'nosniff',
      ...extraHeaders,
    },
  });

const libraryAssetsPrefix = 'app://copydesk/library-assets/';
/** Asset names are content hashes: a name never changes what it serves. */
const immutable = { 'Cache-Control': 'private, max-age=31536000, immutable' };

/** `app://copydesk/library-assets/<sha256>.<extension>` from the open library's assets folder. */
const serveLibraryAsset = async (request: Request, resolveAsset: ResolveAsset) => {
  const file = resolveAsset(request.url.slice(libraryAssetsPrefix.length));
  if (file === null) return respond(404, 'Not found');
  try {
    const body = request.method === 'HEAD' ? null : new Uint8Array(await readFile(file));
    return respond(200, body, contentTypeFor(file), immutable);
  } catch {
    return respond(404, 'Not found');
  }
};

/** Serves files from `root` (out/renderer) only; everything else is a 404, every response has the CSP. */
export function createAppProtocolHandler(
  root: string,
  resolveAsset: ResolveAsset = () => null,
): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD')
      return respond(405, 'Method not allowed');
    if (request.url.toLowerCase().startsWith(libraryAssetsPrefix))
      return serveLibraryAsset(request, resolveAsset);
    const file = resolveAppPath(root, request.url);
    if (file === null) return respond(404, 'Not found');
    const realFile = realStaticFile(root, file);
    if (realFile === null) return respond(404, 'Not found');
    try {
      const body = request.method === 'HEAD' ? null : new Uint8Array(await readFile(realFile));
      return respond(200, body, contentTypeFor(realFile));
    } catch {
      return respond(404, 'Not found');
    }
  };
}

export function registerAppProtocol(
  protocol: Pick<Protocol, 'handle'>,
  root: string,
  resolveAsset?: ResolveAsset,
): void {
  protocol.handle(appScheme, createAppProtocolHandler(root, resolveAsset));
}
