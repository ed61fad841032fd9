import fs from 'node:fs';
import http from 'node:http';
import { contentTypeFor } from '../../../electron/host/static/content-type-for';
import { resolveStaticPath } from '../../../electron/host/static/resolve-static-path';

/** A loopback static server for the bare Tiptap page. */
export async function serveFolder(
  root: string,
): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((request, response) => {
    const file = resolveStaticPath(root, new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    if (file === null || !fs.existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'Content-Type': contentTypeFor(file) });
    fs.createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
