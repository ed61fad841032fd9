import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { suggestionMarkNames } from '../../shared/editor/marks/suggestion-kind';
import { dictionaryFor } from './dictionary-id';
import { tokenizeWords } from './tokenize-words';

/** A word of the document, in the language it is written in (the article's, or a passage's). */
export interface DocumentWord {
  word: string;
  from: number;
  to: number;
  language: string;
}

interface TextRun {
  text: string;
  start: number;
  language: string;
  struck: boolean;
}

const languageOf = (node: ProseMirrorNode, articleLanguage: string): string => {
  const mark = node.marks.find((candidate) => candidate.type.name === 'language');
  const lang: unknown = mark?.attrs.lang;
  return typeof lang === 'string' && lang !== '' ? lang : articleLanguage;
};

const isCode = (node: ProseMirrorNode): boolean =>
  node.marks.some((mark) => mark.type.name === 'code');

/** Text suggested out: never joined with the text around it, or "samedi" + "vendredi" is one word. */
const isStruck = (node: ProseMirrorNode): boolean =>
  node.marks.some((mark) => mark.type.name === suggestionMarkNames.deletion);

/**
 * Reads the words of one textblock at `blockPosition`. Adjacent text in the same language is
 * joined first, so a word half in bold stays one word; links' text is checked, never their href.
 * Text suggested out is read apart from the text around it.
 */
export function collectBlockWords(
  block: ProseMirrorNode,
  blockPosition: number,
  articleLanguage: string,
): DocumentWord[] {
  const runs: TextRun[] = [];
  let current: TextRun | null = null;
  block.forEach((child, offset) => {
    const start = blockPosition + 1 + offset;
    if (!child.isText || isCode(child)) {
      current = null;
      return;
    }
    const language = languageOf(child, articleLanguage);
    const struck = isStruck(child);
    if (
      current !== null &&
      current.language === language &&
      current.struck === struck &&
      current.start + current.text.length === start
    ) {
      current.text += child.text ?? '';
    } else {
      current = { text: child.text ?? '', start, language, struck };
      runs.push(current);
    }
  });
  return runs.flatMap((run) =>
    tokenizeWords(run.text, dictionaryFor(run.language) === 'fr').map((token) => ({
      word: token.word,
      from: run.start + token.from,
      to: run.start + token.to,
      language: run.language,
    })),
  );
}
