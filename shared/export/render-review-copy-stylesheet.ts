/** The review copy's additions to the print stylesheet: highlighted, numbered anchors and threads. */
export const reviewCopyStylesheet = `
.review-notice { font-family: system-ui, sans-serif; font-size: 0.9rem; padding: 0.5rem 0.75rem; border: 1px solid #c9a227; background: #fff8dc; }
mark.comment-anchor { background: #fde9a8; color: inherit; border-bottom: 2px solid #c9a227; }
mark.comment-anchor.is-resolved { background: #ececec; border-bottom-color: #999; }
.comment-number { font-family: system-ui, sans-serif; font-size: 0.7em; font-weight: bold; }
.review-comments { margin-top: 3rem; border-top: 2px solid #111; font-family: system-ui, sans-serif; font-size: 0.95rem; }
.comment-threads { padding-left: 1.5rem; }
.comment-thread { margin: 1.25rem 0; break-inside: avoid; }
.comment-thread.is-resolved { color: #555; }
.comment-quote { margin: 0 0 0.25rem; padding-left: 0.75rem; border-left: 3px solid #c9a227; font-family: Georgia, serif; font-style: italic; }
.comment-state, .comment-deleted { margin: 0.25rem 0; font-size: 0.85rem; color: #444; }
.comment-deleted { color: #8a2f2f; }
.comment-messages { list-style: none; padding: 0; }
.comment-meta { margin: 0.5rem 0 0; font-size: 0.8rem; color: #444; }
.comment-author { font-weight: bold; }
.comment-text { margin: 0.1rem 0 0; white-space: pre-wrap; }
`;
