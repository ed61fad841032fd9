import { describe, expect, it } from 'vitest';
import type { Handoff } from '../../../../shared/model/handoff';
import { comparePackage } from './compare-package';

const hash = (letter: string) => letter.repeat(64);
const handoff = (id: number, content: string, direction: Handoff['direction']): Handoff => ({
  id: `00000000-0000-4000-8000-${String(id).padStart(12, '0')}`,
  contentHash: hash(content),
  at: '2025-03-01T09:00:00.000Z',
  by: 'Awa Diop',
  direction,
});

describe('comparing a package with the library’s version', () => {
  // The reporter sends version a (1); the editor sends back b (2).
  const editor = {
    hash: hash('b'),
    handoffs: [handoff(1, 'a', 'received'), handoff(2, 'b', 'sent')],
  };

  it('is unchanged when both hold the same text and status', () => {
    expect(comparePackage(editor, { hash: hash('b'), handoffs: [handoff(9, 'b', 'sent')] })).toBe(
      'unchanged',
    );
  });

  it('fast-forwards when only the sender changed since the last handoff', () => {
    const reporter = { hash: hash('a'), handoffs: [handoff(1, 'a', 'sent')] };
    expect(comparePackage(reporter, editor)).toBe('fast_forwarded');
  });

  it('fast-forwards a resubmission that goes back to an earlier text (not mistaken for an old package)', () => {
    const resubmitted = {
      hash: hash('a'),
      handoffs: [handoff(1, 'a', 'sent'), handoff(2, 'b', 'received'), handoff(3, 'a', 'sent')],
    };
    expect(comparePackage(editor, resubmitted)).toBe('fast_forwarded');
  });

  it('keeps the library’s newer version when the package is one it already had', () => {
    const changedSince = { hash: hash('c'), handoffs: editor.handoffs };
    expect(
      comparePackage(changedSince, { hash: hash('a'), handoffs: [handoff(1, 'a', 'sent')] }),
    ).toBe('local_newer');
    expect(
      comparePackage(changedSince, { hash: hash('b'), handoffs: [handoff(7, 'b', 'sent')] }),
    ).toBe('local_newer');
  });

  it('is a conflict when both changed since they last met', () => {
    const changedSince = { hash: hash('c'), handoffs: editor.handoffs };
    const reporterEdited = {
      hash: hash('d'),
      handoffs: [handoff(1, 'a', 'sent'), handoff(2, 'b', 'received'), handoff(3, 'd', 'sent')],
    };
    expect(comparePackage(changedSince, reporterEdited)).toBe('conflict');
  });

  it('is a conflict when a package returns to an old text after seeing a later one that changed here', () => {
    const changedSince = { hash: hash('c'), handoffs: editor.handoffs };
    const backToA = {
      hash: hash('a'),
      handoffs: [handoff(1, 'a', 'sent'), handoff(2, 'b', 'received'), handoff(3, 'a', 'sent')],
    };
    expect(comparePackage(changedSince, backToA)).toBe('conflict');
  });
});
