import { describe } from 'vitest';
import { wordpressUnavailableReason } from './wordpress-availability';

/**
 * A suite that needs a real WordPress: skipped, with the reason in its name, where the Debian
 * packages are missing; failed instead where CI requires them (COPYDESK_REQUIRE_WORDPRESS=1).
 */
export const describeWithWordpress = (name: string, suite: () => void): void => {
  const reason = wordpressUnavailableReason();
  if (reason !== null && process.env.COPYDESK_REQUIRE_WORDPRESS === '1') {
    throw new Error(`${name}: ${reason}`);
  }
  describe.skipIf(reason !== null)(reason === null ? name : `${name} (skipped: ${reason})`, suite);
};
