import WebSocket from 'ws';

/**
 * `ws` with an error listener of its own: the provider removes its listeners before closing a
 * socket, and closing one still connecting emits an error that would otherwise be unhandled
 * (and end the process). Failures still reach the provider as `close`.
 */
export class QuietWebSocket extends WebSocket {
  constructor(...args: ConstructorParameters<typeof WebSocket>) {
    super(...args);
    this.on('error', () => undefined);
  }
}
