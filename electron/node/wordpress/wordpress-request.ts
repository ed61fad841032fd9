import type { WordpressConnection } from './wordpress-connection';
import { WordpressRequestError } from './wordpress-request-error';

export interface WordpressRequest {
  method?: 'GET' | 'POST' | 'DELETE';
  /** A REST route, e.g. `/wp/v2/posts/12`. */
  route: string;
  query?: Record<string, string | number>;
  json?: unknown;
  /** A file upload: the raw bytes with their name and type. */
  file?: { bytes: Uint8Array; name: string; type: string };
  /** Leave the Authorization header out (the REST index, read before signing in). */
  anonymous?: boolean;
}

export interface WordpressResponse {
  status: number;
  body: unknown;
}

/**
 * The REST API through `?rest_route=`, which answers with or without pretty permalinks. The
 * password goes only into the Authorization header, never into a URL or an error message.
 */
export const wordpressUrl = (address: string, route: string, query: WordpressRequest['query']) => {
  const url = new URL(address.endsWith('/') ? address : `${address}/`);
  url.searchParams.set('rest_route', route);
  for (const [name, value] of Object.entries(query ?? {}))
    url.searchParams.set(name, String(value));
  return url;
};

const errorOf = (status: number, body: unknown, fallback: string): WordpressRequestError => {
  const fields = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  const code = typeof fields.code === 'string' ? fields.code : 'http_error';
  const message = typeof fields.message === 'string' ? fields.message : fallback;
  return new WordpressRequestError(status, code, message, body);
};

/** One call; throws WordpressRequestError for an HTTP error or no answer, else the parsed JSON. */
export const wordpressRequest = async (
  connection: WordpressConnection,
  request: WordpressRequest,
): Promise<WordpressResponse> => {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (request.anonymous !== true) {
    const credentials = `${connection.userName}:${connection.applicationPassword}`;
    headers.authorization = `Basic ${Buffer.from(credentials).toString('base64')}`;
  }
  let body: Uint8Array | string | undefined;
  if (request.file !== undefined) {
    headers['content-type'] = request.file.type;
    headers['content-disposition'] = `attachment; filename="${request.file.name}"`;
    body = request.file.bytes;
  } else if (request.json !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(request.json);
  }
  let response: Response;
  try {
    response = await fetch(wordpressUrl(connection.address, request.route, request.query), {
      method: request.method ?? 'GET',
      headers,
      body,
      redirect: 'error',
      signal: AbortSignal.timeout(60_000),
    });
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code;
    throw new WordpressRequestError(0, 'unreachable', cause ?? (error as Error).message);
  }
  const text = await response.text();
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new WordpressRequestError(
      response.status,
      'not_json',
      `HTTP ${response.status}, not JSON`,
    );
  }
  if (!response.ok) throw errorOf(response.status, parsed, `HTTP ${response.status}`);
  return { status: response.status, body: parsed };
};
