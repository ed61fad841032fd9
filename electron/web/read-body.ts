import type { IncomingMessage } from 'node:http';

export const maximumBodyBytes = 20 * 1024 * 1024;

export class BodyTooLargeError extends Error {
  constructor() {
    super(`The request is larger than the ${maximumBodyBytes / 1024 / 1024} MB limit.`);
  }
}

/** Reads the whole body, refusing early (by Content-Length or while streaming) past the limit. */
export async function readBody(
  request: IncomingMessage,
  limit = maximumBodyBytes,
): Promise<string> {
  const declared = Number(request.headers['content-length'] ?? 0);
  if (declared > limit) throw new BodyTooLargeError();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw new BodyTooLargeError();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}
