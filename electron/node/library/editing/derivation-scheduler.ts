/** At most this long after an editor's update, what the list and search read follows it. */
export const derivationDelayMs = 1_000;

/**
 * Runs the derivation of underived articles off the keystroke path: once, `delayMs` after the
 * first update of a burst (later updates join it), or at once when a read needs fresh data. The
 * timer never keeps a process (the CLI) alive; close derives what is left.
 */
export class DerivationScheduler {
  readonly #listeners = new Set<(articleIds: string[]) => void>();
  #timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly derive: () => string[],
    private readonly delayMs = derivationDelayMs,
  ) {}

  schedule(): void {
    if (this.#timer !== null) return;
    this.#timer = setTimeout(() => {
      this.#timer = null;
      try {
        this.flush();
      } catch {
        // The articles stay marked underived: the next read, or the next open, derives them.
      }
    }, this.delayMs);
    this.#timer.unref();
  }

  /** Derives now; announces the articles whose derived data changed once it committed. */
  flush(): void {
    this.#cancel();
    const articleIds = this.derive();
    if (articleIds.length === 0) return;
    for (const listener of this.#listeners) listener(articleIds);
  }

  onDerived(listener: (articleIds: string[]) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  close(): void {
    this.#cancel();
    this.#listeners.clear();
  }

  #cancel(): void {
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = null;
  }
}
