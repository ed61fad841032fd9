import { AppError } from '../../../../shared/errors/error-code';

export interface ServerAddress {
  /** What the replica connects to: `ws://host:port` or `wss://…`. */
  websocket: string;
  /** Where invitations are exchanged: `http(s)://host:port/join`. */
  join: string;
}

const secureSchemes = new Set(['wss:', 'https:']);

/** What the user typed (`host:port`, `ws://…`, `http://…`) as the server's two addresses. */
export const serverAddress = (typed: string): ServerAddress => {
  const text = typed.trim();
  let url: URL;
  try {
    url = new URL(/^[a-z]+:\/\//i.test(text) ? text : `ws://${text}`);
  } catch {
    throw new AppError(
      'invalid',
      `“${typed}” is not a server address (for example 192.168.1.20:4321).`,
    );
  }
  if (!['ws:', 'wss:', 'http:', 'https:'].includes(url.protocol) || url.hostname === '') {
    throw new AppError(
      'invalid',
      `“${typed}” is not a server address (for example 192.168.1.20:4321).`,
    );
  }
  const secure = secureSchemes.has(url.protocol);
  return {
    websocket: `${secure ? 'wss' : 'ws'}://${url.host}`,
    join: `${secure ? 'https' : 'http'}://${url.host}/join`,
  };
};
