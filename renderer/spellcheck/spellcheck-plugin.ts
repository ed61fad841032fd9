import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { EditorState, Transaction } from '@tiptap/pm/state';
import { Plugin } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import type { DocumentWord } from './collect-block-words';
import { collectBlockWords } from './collect-block-words';
import { openSpellingMenu } from './open-spelling-menu';
import type {
  MisspellingSpec,
  SpellcheckPluginOptions,
  SpellcheckState,
} from './spellcheck-plugin-key';
import { spellcheckPluginKey } from './spellcheck-plugin-key';
import type { DocumentRange } from './spelling-ranges';
import { changedRanges, mapRanges, textblocksIn } from './spelling-ranges';

/** Per language: the words the checker answered for, and those it found misspelled. */
export type CheckResults = Map<string, { checked: Set<string>; misspelled: Set<string> }>;

type SpellcheckMeta =
  { kind: 'recheck' } | { kind: 'results'; results: CheckResults; language: string };

export function createSpellcheckPlugin(options: SpellcheckPluginOptions): Plugin<SpellcheckState> {
  return new Plugin<SpellcheckState>({
    key: spellcheckPluginKey,
    state: {
      init: (_config, state) => ({
        decorations: DecorationSet.empty,
        dirty: [{ from: 0, to: state.doc.content.size }],
      }),
      apply: (transaction, previous) => nextState(transaction, previous),
    },
    props: {
      decorations: (state) => spellcheckPluginKey.getState(state)?.decorations,
      handleDOMEvents: {
        contextmenu: (view, event) => openSpellingMenu(view, event, options),
      },
    },
    view: (view) => new SpellcheckView(view, options),
  });
}

function nextState(transaction: Transaction, previous: SpellcheckState): SpellcheckState {
  const meta = transaction.getMeta(spellcheckPluginKey) as SpellcheckMeta | undefined;
  if (!transaction.docChanged && meta === undefined) return previous;
  let decorations = previous.decorations.map(transaction.mapping, transaction.doc);
  let dirty = mapRanges(previous.dirty, transaction);
  if (transaction.docChanged) {
    const changed = changedRanges(transaction);
    for (const range of changed)
      decorations = decorations.remove(decorations.find(range.from, range.to));
    dirty = [...dirty, ...changed];
  }
  if (meta?.kind === 'recheck') dirty = [{ from: 0, to: transaction.doc.content.size }];
  if (meta?.kind === 'results') return applyResults(transaction.doc, decorations, dirty, meta);
  return { decorations, dirty };
}

/** Redraws every dirty block whose words all have an answer; the others stay dirty. */
function applyResults(
  doc: ProseMirrorNode,
  decorations: DecorationSet,
  dirty: DocumentRange[],
  meta: Extract<SpellcheckMeta, { kind: 'results' }>,
): SpellcheckState {
  const stillDirty: DocumentRange[] = [];
  for (const [block, position] of textblocksIn(doc, dirty)) {
    const blockRange = { from: position, to: position + block.nodeSize };
    const words = collectBlockWords(block, position, meta.language);
    if (!words.every((word) => meta.results.get(word.language)?.checked.has(word.word) === true)) {
      stillDirty.push(blockRange);
      continue;
    }
    const misspelled = words.filter((word) =>
      meta.results.get(word.language)?.misspelled.has(word.word),
    );
    decorations = decorations
      .remove(decorations.find(blockRange.from, blockRange.to))
      .add(doc, misspelled.map(decorationFor));
  }
  return { decorations, dirty: stillDirty };
}

const decorationFor = (word: DocumentWord): Decoration =>
  Decoration.inline(word.from, word.to, { class: 'spelling-error', 'aria-invalid': 'spelling' }, {
    word: word.word,
    language: word.language,
  } satisfies MisspellingSpec);

/** Checks dirty blocks once typing pauses, in the background; typing never waits for it. */
class SpellcheckView {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private destroyed = false;
  private readonly unsubscribe: () => void;

  constructor(
    private readonly view: EditorView,
    private readonly options: SpellcheckPluginOptions,
  ) {
    this.unsubscribe = options.checker.onChange(() => this.recheck());
    this.schedule();
  }

  update(view: EditorView, previous: EditorState): void {
    const state = spellcheckPluginKey.getState(view.state);
    if (
      state !== spellcheckPluginKey.getState(previous) &&
      state !== undefined &&
      state.dirty.length > 0
    ) {
      this.schedule();
    }
  }

  destroy(): void {
    this.destroyed = true;
    clearTimeout(this.timer);
    this.unsubscribe();
  }

  private recheck(): void {
    if (!this.destroyed)
      this.view.dispatch(this.view.state.tr.setMeta(spellcheckPluginKey, { kind: 'recheck' }));
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.check(), this.options.debounceMs);
  }

  private async check(): Promise<void> {
    const state = spellcheckPluginKey.getState(this.view.state);
    if (this.destroyed || state === undefined || state.dirty.length === 0) return;
    const language = this.options.language();
    const wordsByLanguage = new Map<string, Set<string>>();
    for (const [block, position] of textblocksIn(this.view.state.doc, state.dirty)) {
      for (const word of collectBlockWords(block, position, language)) {
        const words = wordsByLanguage.get(word.language) ?? new Set<string>();
        wordsByLanguage.set(word.language, words.add(word.word));
      }
    }
    const results: CheckResults = new Map();
    try {
      for (const [wordLanguage, words] of wordsByLanguage) {
        const misspelled = await this.options.checker.check([...words], wordLanguage);
        results.set(wordLanguage, { checked: words, misspelled });
      }
    } catch {
      return;
    }
    if (this.destroyed) return;
    const meta: SpellcheckMeta = { kind: 'results', results, language };
    this.view.dispatch(
      this.view.state.tr.setMeta(spellcheckPluginKey, meta).setMeta('addToHistory', false),
    );
  }
}
