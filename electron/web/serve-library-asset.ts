import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { pipeline } from 'node:stream/promises';
import type { ResolveAsset } from '../node/assets/session-asset-resolver';
import { contentTypeFor } from '../host/static/content-type-for';
import { sendText } from './send';
import { tokenMatches } from './token-matches';

export const libraryAssetsPrefix = '/library-assets/';

/**
 * `GET /library-assets/<sha256>.<extension>?token=T`: an `<img>` cannot send the token header, so
 * this one route takes it from the query. Names are content hashes, so the answer never changes.
 */
export async function serveLibraryAsset(
  response: ServerResponse,
  url: URL,
  options: { token: string; resolveAsset: ResolveAsset; headOnly: boolean },
): Promise<void> {
  if (!tokenMatches(options.token, url.searchParams.get('token') ?? undefined)) {
    return sendText(response, 401, 'Missing or wrong token.');
  }
  const file = options.resolveAsset(url.pathname.slice(libraryAssetsPrefix.length));
  const size =
    file === null
      ? null
      : await stat(file).then(
          (details) => details.size,
          () => null,
        );
  if (file === null || size === null) return sendText(response, 404, 'Not found');
  response.writeHead(200, {
    'Content-Type': contentTypeFor(file),
    'Content-Length': size,
    'Cache-Control': 'private, max-age=31536000, immutable',
  });
  if (options.headOnly) {
    response.end();
    return;
  }
  try {
    await pipeline(createReadStream(file), response);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ERR_STREAM_PREMATURE_CLOSE') throw error;
  }
}
