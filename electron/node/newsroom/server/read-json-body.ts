import type { IncomingMessage } from 'node:http';

export type JsonBody =
  { kind: 'json'; value: unknown } | { kind: 'too_large' } | { kind: 'not_json' };

/**
 * The request's body parsed as JSON. Past `limit` bytes nothing more is kept (the rest is
 * drained and dropped), so a client cannot make the server hold a large body.
 */
export const readJsonBody = (request: IncomingMessage, limit: number): Promise<JsonBody> =>
  new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size <= limit) {
        chunks.push(chunk);
        return;
      }
      request.off('data', onData);
      request.resume();
      resolve({ kind: 'too_large' });
    };
    if (Number(request.headers['content-length'] ?? 0) > limit) {
      request.resume();
      resolve({ kind: 'too_large' });
      return;
    }
    request.on('data', onData);
    request.on('error', () => resolve({ kind: 'not_json' }));
    request.on('end', () => {
      try {
        resolve({ kind: 'json', value: JSON.parse(Buffer.concat(chunks).toString('utf8')) });
      } catch {
        resolve({ kind: 'not_json' });
      }
    });
  });
