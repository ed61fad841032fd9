import { describe, expect, it } from 'vitest';
import type { Status } from '../model/status';
import type { Role } from '../model/role';
import type { TransitionCheck } from './transitions';
import { allowedTransitions, checkTransition } from './transitions';

type Outcome = 'yes' | 'role' | 'none';
const verdicts: Record<Outcome, TransitionCheck> = {
  yes: { ok: true },
  role: { ok: false, reason: 'not_allowed_for_role' },
  none: { ok: false, reason: 'not_a_transition' },
};

/** Every from × to, with the outcome for reporter, editor, chief editor. Spiked rows: spiked from approved. */
const table: [Status, Status, Outcome, Outcome, Outcome][] = [
  ['draft', 'draft', 'none', 'none', 'none'],
  ['draft', 'submitted', 'yes', 'yes', 'yes'],
  ['draft', 'changes_requested', 'none', 'none', 'none'],
  ['draft', 'approved', 'none', 'none', 'none'],
  ['draft', 'published', 'none', 'none', 'none'],
  ['draft', 'spiked', 'role', 'yes', 'yes'],
  ['submitted', 'draft', 'yes', 'yes', 'yes'],
  ['submitted', 'submitted', 'none', 'none', 'none'],
  ['submitted', 'changes_requested', 'role', 'yes', 'yes'],
  ['submitted', 'approved', 'role', 'yes', 'yes'],
  ['submitted', 'published', 'none', 'none', 'none'],
  ['submitted', 'spiked', 'role', 'yes', 'yes'],
  ['changes_requested', 'draft', 'none', 'none', 'none'],
  ['changes_requested', 'submitted', 'yes', 'yes', 'yes'],
  ['changes_requested', 'changes_requested', 'none', 'none', 'none'],
  ['changes_requested', 'approved', 'none', 'none', 'none'],
  ['changes_requested', 'published', 'none', 'none', 'none'],
  ['changes_requested', 'spiked', 'role', 'yes', 'yes'],
  ['approved', 'draft', 'none', 'none', 'none'],
  ['approved', 'submitted', 'none', 'none', 'none'],
  ['approved', 'changes_requested', 'role', 'yes', 'yes'],
  ['approved', 'approved', 'none', 'none', 'none'],
  ['approved', 'published', 'role', 'yes', 'yes'],
  ['approved', 'spiked', 'role', 'yes', 'yes'],
  ['published', 'draft', 'none', 'none', 'none'],
  ['published', 'submitted', 'none', 'none', 'none'],
  ['published', 'changes_requested', 'none', 'none', 'none'],
  ['published', 'approved', 'none', 'none', 'none'],
  ['published', 'published', 'none', 'none', 'none'],
  ['published', 'spiked', 'role', 'yes', 'yes'],
  ['spiked', 'draft', 'none', 'none', 'none'],
  ['spiked', 'submitted', 'none', 'none', 'none'],
  ['spiked', 'changes_requested', 'none', 'none', 'none'],
  ['spiked', 'approved', 'role', 'yes', 'yes'],
  ['spiked', 'published', 'none', 'none', 'none'],
  ['spiked', 'spiked', 'none', 'none', 'none'],
];

const cases = table.flatMap(([from, to, reporter, editor, chief]) =>
  (
    [
      ['reporter', reporter],
      ['editor', editor],
      ['chief_editor', chief],
    ] as [Role, Outcome][]
  ).map(([role, outcome]) => ({ from, to, role, outcome })),
);

describe('checkTransition, the full table', () => {
  it('covers every from × to × role', () => {
    expect(cases).toHaveLength(108);
    expect(new Set(cases.map(({ from, to, role }) => `${from}>${to}>${role}`)).size).toBe(108);
  });

  it.each(cases)('$from → $to by $role: $outcome', ({ from, to, role, outcome }) => {
    expect(checkTransition(from, to, role, { previousStatus: 'approved' })).toEqual(
      verdicts[outcome],
    );
  });
});

describe('unspiking', () => {
  it('returns to the status before the spike, whichever it was', () => {
    expect(
      checkTransition('spiked', 'published', 'editor', { previousStatus: 'published' }),
    ).toEqual({ ok: true });
    expect(
      checkTransition('spiked', 'approved', 'editor', { previousStatus: 'published' }),
    ).toEqual(verdicts.none);
    expect(
      checkTransition('spiked', 'changes_requested', 'reporter', {
        previousStatus: 'changes_requested',
      }),
    ).toEqual(verdicts.role);
  });

  it('returns to draft when the status before the spike is unknown', () => {
    expect(allowedTransitions('spiked', 'chief_editor', {})).toEqual(['draft']);
    expect(allowedTransitions('spiked', 'editor', { previousStatus: 'spiked' })).toEqual(['draft']);
  });
});

describe('allowedTransitions', () => {
  it.each([
    ['draft', 'reporter', ['submitted']],
    ['draft', 'editor', ['submitted', 'spiked']],
    ['submitted', 'reporter', ['draft']],
    ['submitted', 'editor', ['draft', 'changes_requested', 'approved', 'spiked']],
    ['changes_requested', 'reporter', ['submitted']],
    ['changes_requested', 'chief_editor', ['submitted', 'spiked']],
    ['approved', 'reporter', []],
    ['approved', 'editor', ['changes_requested', 'published', 'spiked']],
    ['published', 'reporter', []],
    ['published', 'chief_editor', ['spiked']],
    ['spiked', 'reporter', []],
    ['spiked', 'editor', ['submitted']],
  ] as [Status, Role, Status[]][])('from %s, a %s may go to %j', (from, role, expected) => {
    expect(allowedTransitions(from, role, { previousStatus: 'submitted' })).toEqual(expected);
  });
});
