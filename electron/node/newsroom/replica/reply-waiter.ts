import { NewsroomReply } from '../../../../shared/newsroom/newsroom-request';

/** The server's answers to requests, matched by request id; null when none came in time. */
export class ReplyWaiter {
  readonly #waiting = new Map<string, (reply: NewsroomReply | null) => void>();

  wait(requestId: string, timeoutMs: number): Promise<NewsroomReply | null> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => this.#settle(requestId, null), timeoutMs);
      this.#waiting.set(requestId, (reply) => {
        clearTimeout(timer);
        resolve(reply);
      });
    });
  }

  /** A stateless message from the server: a reply settles its request, anything else is ignored. */
  receive(payload: string): void {
    let parsed: unknown;
    try {
      parsed = JSON.parse(payload);
    } catch {
      return;
    }
    const reply = NewsroomReply.safeParse(parsed);
    if (reply.success) this.#settle(reply.data.requestId, reply.data);
  }

  /** The connection dropped: every request waits for the next one. */
  abandon(): void {
    for (const requestId of [...this.#waiting.keys()]) this.#settle(requestId, null);
  }

  #settle(requestId: string, reply: NewsroomReply | null): void {
    const resolve = this.#waiting.get(requestId);
    this.#waiting.delete(requestId);
    resolve?.(reply);
  }
}
