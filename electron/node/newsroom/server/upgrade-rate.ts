const windowMs = 60_000;

/**
 * Upgrades counted per address over the last minute (in whole-minute windows), so that one
 * address opening and closing sockets in a loop is turned away before it costs anything more.
 */
export class UpgradeRate {
  readonly #windows = new Map<string, { startedAt: number; count: number }>();

  constructor(
    private readonly perMinute: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts one more upgrade from `address`; false when it is one too many. */
  allow(address: string): boolean {
    const now = this.now();
    let window = this.#windows.get(address);
    if (window === undefined || now - window.startedAt >= windowMs) {
      this.#forgetOldWindows(now);
      window = { startedAt: now, count: 0 };
      this.#windows.set(address, window);
    }
    window.count += 1;
    return window.count <= this.perMinute;
  }

  #forgetOldWindows(now: number): void {
    for (const [address, window] of this.#windows) {
      if (now - window.startedAt >= windowMs) this.#windows.delete(address);
    }
  }
}
