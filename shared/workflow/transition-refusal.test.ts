import { describe, expect, it } from 'vitest';
import { transitionRefusal } from './transition-refusal';

describe('transitionRefusal', () => {
  it('names the role and the transition', () => {
    expect(transitionRefusal('submitted', 'approved', 'reporter', 'not_allowed_for_role')).toBe(
      'A reporter may not move an article from submitted to approved.',
    );
    expect(transitionRefusal('draft', 'published', 'chief_editor', 'not_a_transition')).toBe(
      'An article cannot go from draft to published.',
    );
  });
});
