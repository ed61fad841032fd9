import { Link } from '@tiptap/extension-link';
import { normaliseLinkUrl } from '../policy/link-policy';
import { linkRelationship } from './link-relationship';

const isPolicyUrl = (url: string | undefined): boolean =>
  url !== undefined && normaliseLinkUrl(url) !== null;

/**
 * StarterKit's Link, with attribute parsing tightened: StarterKit.configure cannot change how
 * `target`, `rel` and `class` are read, and pasted `target="_blank" rel="opener"` would survive.
 * The href is stored normalised, so what the policy checked is what is kept.
 */
export const NewsroomLink = Link.extend({
  addAttributes() {
    return {
      href: {
        default: null,
        parseHTML: (element) => normaliseLinkUrl(element.getAttribute('href') ?? ''),
      },
      target: { default: null, parseHTML: () => null, renderHTML: () => ({}) },
      rel: {
        default: linkRelationship,
        parseHTML: () => linkRelationship,
        renderHTML: () => ({ rel: linkRelationship }),
      },
      class: { default: null, parseHTML: () => null, renderHTML: () => ({}) },
      title: { default: null },
    };
  },
}).configure({
  protocols: [],
  autolink: true,
  linkOnPaste: true,
  openOnClick: false,
  defaultProtocol: 'https',
  HTMLAttributes: { target: null, rel: linkRelationship, class: null },
  isAllowedUri: (url) => isPolicyUrl(url),
  shouldAutoLink: (url) => isPolicyUrl(url),
});
