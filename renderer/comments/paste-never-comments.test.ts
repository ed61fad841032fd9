import { describe, expect, it } from 'vitest';
import { pastedHtml } from '../paste/testing/pasted-html';

const threadId = '3f2b8c1e-9a4d-4c6b-8e2f-1a2b3c4d5e6f';

describe('pasted HTML', () => {
  it('never keeps a comment anchor, even our own span: only the text', () => {
    const html = pastedHtml(
      `<p>Le <span class="comment-anchor" data-comment-thread="${threadId}">ministre</span> a parlé.</p>`,
      null,
    );
    expect(html).not.toContain('comment');
    expect(html).not.toContain(threadId);
    expect(html).toContain('ministre');
  });
});
