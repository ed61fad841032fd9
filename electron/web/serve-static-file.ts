import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { pipeline } from 'node:stream/promises';
import { contentTypeFor } from '../host/static/content-type-for';
import { realStaticFile } from '../host/static/real-static-file';
import { resolveStaticPath } from '../host/static/resolve-static-path';
import { sendText } from './send';

const fileSize = async (path: string): Promise<number | null> => {
  try {
    const details = await stat(path);
    return details.isFile() ? details.size : null;
  } catch {
    return null;
  }
};

/** Serves one file of the built renderer; anything outside `root` or missing is a 404. */
export async function serveStaticFile(
  response: ServerResponse,
  root: string,
  urlPath: string,
  headOnly: boolean,
): Promise<void> {
  const requested = resolveStaticPath(root, urlPath);
  const path = requested === null ? null : realStaticFile(root, requested);
  const size = path === null ? null : await fileSize(path);
  if (path === null || size === null) {
    // Chromium asks for /favicon.ico on its own; an empty answer keeps its console clean.
    if (urlPath === '/favicon.ico') {
      response.writeHead(204);
      response.end();
      return;
    }
    sendText(response, 404, 'Not found');
    return;
  }
  response.writeHead(200, { 'Content-Type': contentTypeFor(path), 'Content-Length': size });
  if (headOnly) {
    response.end();
    return;
  }
  try {
    await pipeline(createReadStream(path), response);
  } catch (error) {
    // The browser went away mid-file (reload, shutdown): nothing to answer any more.
    if ((error as NodeJS.ErrnoException).code !== 'ERR_STREAM_PREMATURE_CLOSE') throw error;
  }
}
