import type { ServerResponse } from 'node:http';
import { contentSecurityPolicy } from '../host/static/content-security-policy';

/** Sent on every response, errors included. The token travels in the URL: never leak it as a referrer. */
export const setSecurityHeaders = (response: ServerResponse): void => {
  response.setHeader('Content-Security-Policy', contentSecurityPolicy);
  response.setHeader('X-Content-Type-Options', 'nosniff');
  response.setHeader('Cache-Control', 'no-store');
  response.setHeader('Referrer-Policy', 'no-referrer');
  response.setHeader('X-Frame-Options', 'DENY');
  response.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  response.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
};
