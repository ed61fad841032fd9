import type { Node } from '@tiptap/pm/model';
import type { Transaction } from '@tiptap/pm/state';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { missingCaseError } from '../../../shared/errors/missing-case';
import type { FindOptions } from './find-in-text';
import type { TextMatch } from './find-matches';
import { findInBlock, findMatches, textblocksBetween } from './find-matches';

export interface FindState {
  options: FindOptions;
  matches: readonly TextMatch[];
  /** Index of the current match, or -1. */
  current: number;
  decorations: DecorationSet;
}

export type FindMeta =
  | { kind: 'search'; options: FindOptions; near: number }
  | { kind: 'current'; index: number }
  /** After a replacement: the current match is the first one from `position` on. */
  | { kind: 'replaced'; position: number };

export const findReplaceKey = new PluginKey<FindState>('findReplace');

const closedOptions: FindOptions = { query: '', matchCase: false, wholeWord: false };
const matchDecoration = (match: TextMatch) =>
  Decoration.inline(match.from, match.to, { class: 'find-match' });

const firstFrom = (matches: readonly TextMatch[], position: number): number => {
  if (matches.length === 0) return -1;
  const index = matches.findIndex((match) => match.from >= position);
  return index === -1 ? 0 : index;
};

const fullSearch = (doc: Node, options: FindOptions, near: number): FindState => {
  const matches = findMatches(doc, options);
  return {
    options,
    matches,
    current: firstFrom(matches, near),
    decorations: DecorationSet.create(doc, matches.map(matchDecoration)),
  };
};

/** The ranges of the new document that the transaction's steps touched. */
const changedRanges = (tr: Transaction): { from: number; to: number }[] => {
  const ranges: { from: number; to: number }[] = [];
  tr.mapping.maps.forEach((map, index) => {
    const rest = tr.mapping.slice(index + 1);
    map.forEach((_oldStart, _oldEnd, newStart, newEnd) => {
      ranges.push({ from: rest.map(newStart, -1), to: rest.map(newEnd, 1) });
    });
  });
  return ranges;
};

/**
 * Typing with the find bar open: matches are mapped through the change and only the textblocks
 * the change touched are searched again, so the cost follows the edit, not the article.
 */
const updateAfterEdit = (previous: FindState, tr: Transaction): FindState => {
  const { doc } = tr;
  const rescanned = changedRanges(tr).flatMap(({ from, to }) =>
    textblocksBetween(doc, Math.max(0, from - 1), Math.min(doc.content.size, to + 1)),
  );
  const unique = [...new Map(rescanned.map((entry) => [entry.position, entry])).values()];
  const spans = unique.map(({ block, position }) => ({
    from: position,
    to: position + block.nodeSize,
  }));
  const inRescanned = (match: TextMatch) =>
    spans.some((span) => match.from >= span.from && match.to <= span.to);

  const kept = previous.matches.flatMap((match) => {
    const from = tr.mapping.mapResult(match.from, 1);
    const to = tr.mapping.mapResult(match.to, -1);
    if (from.deleted || to.deleted || to.pos - from.pos !== match.to - match.from) return [];
    const mapped = { from: from.pos, to: to.pos };
    return inRescanned(mapped) ? [] : [mapped];
  });
  const found = unique.flatMap(({ block, position }) =>
    findInBlock(block, position, previous.options),
  );
  const matches = [...kept, ...found].sort((left, right) => left.from - right.from);

  const mapped = previous.decorations.map(tr.mapping, doc);
  const stale = spans.flatMap((span) => mapped.find(span.from, span.to));
  const decorations = mapped.remove(stale).add(doc, found.map(matchDecoration));
  const current =
    matches.length === 0 ? -1 : Math.min(Math.max(previous.current, 0), matches.length - 1);
  return { options: previous.options, matches, current, decorations };
};

const withMeta = (state: FindState, meta: FindMeta | undefined, doc: Node): FindState => {
  if (meta === undefined) return state;
  switch (meta.kind) {
    case 'search':
      return fullSearch(doc, meta.options, meta.near);
    case 'current':
      return { ...state, current: state.matches.length === 0 ? -1 : meta.index };
    case 'replaced':
      return { ...state, current: firstFrom(state.matches, meta.position) };
    default:
      throw missingCaseError(meta);
  }
};

/** Search state and highlights; does nothing at all while the query is empty. */
export const findReplacePlugin = (): Plugin<FindState> =>
  new Plugin<FindState>({
    key: findReplaceKey,
    state: {
      init: () => ({
        options: closedOptions,
        matches: [],
        current: -1,
        decorations: DecorationSet.empty,
      }),
      apply: (tr, previous) => {
        const meta = tr.getMeta(findReplaceKey) as FindMeta | undefined;
        const edited =
          tr.docChanged && previous.options.query !== '' ? updateAfterEdit(previous, tr) : previous;
        return withMeta(edited, meta, tr.doc);
      },
    },
    props: {
      decorations(state) {
        const find = findReplaceKey.getState(state);
        const current = find?.matches[find.current];
        if (find === undefined || current === undefined)
          return find?.decorations ?? DecorationSet.empty;
        return find.decorations.add(state.doc, [
          Decoration.inline(current.from, current.to, { class: 'find-match-current' }),
        ]);
      },
    },
  });
