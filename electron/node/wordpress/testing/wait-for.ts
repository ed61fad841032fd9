/** Polls `ready` until it answers true; throws with `what` after `limitMs`. */
export const waitFor = async (
  what: string,
  ready: () => Promise<boolean>,
  limitMs = 60_000,
): Promise<void> => {
  const started = Date.now();
  while (!(await ready().catch(() => false))) {
    if (Date.now() - started > limitMs) throw new Error(`${what} did not start in ${limitMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
};
