/**
 * A REST call that failed: `status` 0 when the site did not answer at all. `code` is
 * WordPress's own error code when it sent one (`incorrect_password`, `rest_no_route`…).
 */
export class WordpressRequestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** WordPress's error body (its `data` says, e.g., which term already exists). */
    readonly body: unknown = null,
  ) {
    super(message);
    this.name = 'WordpressRequestError';
  }

  /** The network or the server failed, not the request: sending it again later may work. */
  get retryable(): boolean {
    return this.status === 0 || this.status === 408 || this.status === 429 || this.status >= 500;
  }
}
