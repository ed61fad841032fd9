import { z } from 'zod';

/** What an approved or published article becomes on the site. */
export const WordpressStatusMapping = z.object({
  published: z.enum(['publish', 'pending', 'draft']),
  approved: z.enum(['pending', 'draft']),
});
export type WordpressStatusMapping = z.infer<typeof WordpressStatusMapping>;

/**
 * A WordPress site the desk publishes to. Its application password is not here: settings are a
 * plain file, the password lives in the site secrets (electron/node/wordpress/site-secrets.ts).
 */
export const WordpressSite = z.object({
  /** The site's name on the desk, unique; `copydesk publish --site NAME`. */
  name: z.string().trim().min(1).max(80),
  /** The site's address, e.g. https://example.com (its REST API is found from there). */
  address: z.url({ protocol: /^https?$/ }).max(500),
  userName: z.string().trim().min(1).max(200),
  statusMapping: WordpressStatusMapping,
});
export type WordpressSite = z.infer<typeof WordpressSite>;

export const defaultStatusMapping: WordpressStatusMapping = {
  published: 'publish',
  approved: 'pending',
};
