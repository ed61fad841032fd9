import { normaliseLinkUrl } from '../../../shared/editor/policy/link-policy';

export type LinkAddressCheck =
  { ok: true; href: string } | { ok: false; problem: 'empty' | 'refused' };

/** What the link dialog accepts: the newsroom allowlist (http, https, mailto), nothing else. */
export const checkLinkAddress = (raw: string): LinkAddressCheck => {
  if (raw.trim() === '') return { ok: false, problem: 'empty' };
  const href = normaliseLinkUrl(raw);
  return href === null ? { ok: false, problem: 'refused' } : { ok: true, href };
};
