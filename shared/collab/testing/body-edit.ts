import fc from 'fast-check';
import type { TiptapMark } from '../../model/tiptap-document';
import { markArbitrary, wordArbitrary } from './article-body-arbitrary';

/**
 * One change a writer makes to the body. Positions are free numbers, read modulo what the
 * replica's document offers when the edit is applied, so the same edit fits any document.
 */
export type BodyEdit =
  | { kind: 'insert'; at: number; text: string; marks: TiptapMark[] }
  | { kind: 'delete'; from: number; to: number }
  | { kind: 'addMark'; from: number; to: number; mark: TiptapMark }
  | { kind: 'removeMark'; from: number; to: number; mark: TiptapMark }
  | { kind: 'split'; at: number; depth: number }
  | { kind: 'join'; at: number }
  | { kind: 'wrap'; from: number; to: number; list: 'bulletList' | 'orderedList' }
  | { kind: 'lift'; from: number; to: number }
  | { kind: 'heading'; at: number; level: 2 | 3 };

const at = fc.nat();

export const bodyEditArbitrary: fc.Arbitrary<BodyEdit> = fc.oneof(
  fc.record({
    kind: fc.constant('insert' as const),
    at,
    text: wordArbitrary,
    marks: fc.array(markArbitrary, { maxLength: 1 }),
  }),
  fc.record({ kind: fc.constant('delete' as const), from: at, to: at }),
  fc.record({ kind: fc.constant('addMark' as const), from: at, to: at, mark: markArbitrary }),
  fc.record({ kind: fc.constant('removeMark' as const), from: at, to: at, mark: markArbitrary }),
  fc.record({ kind: fc.constant('split' as const), at, depth: fc.constantFrom(1, 2) }),
  fc.record({ kind: fc.constant('join' as const), at }),
  fc.record({
    kind: fc.constant('wrap' as const),
    from: at,
    to: at,
    list: fc.constantFrom('bulletList' as const, 'orderedList' as const),
  }),
  fc.record({ kind: fc.constant('lift' as const), from: at, to: at }),
  fc.record({
    kind: fc.constant('heading' as const),
    at,
    level: fc.constantFrom(2 as const, 3 as const),
  }),
);
