import { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { bodyEditorOptions } from '../testing/body-editor-options';
import {
  findCounts,
  goToMatch,
  replaceAll,
  replaceCurrent,
  setSearch,
} from './find-replace-actions';
import { findReplaceKey } from './find-replace-plugin';
import { findMatches } from './find-matches';

let editor: Editor | undefined;
afterEach(() => editor?.destroy());

const newEditor = (content: string) => {
  editor = new Editor({
    element: document.createElement('div'),
    extensions: bodyEditorOptions(content).extensions,
    injectCSS: false,
  });
  return editor;
};
const search = (
  target: Editor,
  query: string,
  options: { matchCase?: boolean; wholeWord?: boolean } = {},
) =>
  setSearch(target, {
    query,
    matchCase: options.matchCase ?? false,
    wholeWord: options.wholeWord ?? false,
  });
const matchedTexts = (target: Editor) =>
  (findReplaceKey.getState(target.state)?.matches ?? []).map(({ from, to }) =>
    target.state.doc.textBetween(from, to),
  );
const highlighted = (target: Editor) =>
  [...target.view.dom.querySelectorAll('.find-match')].map((node) => node.textContent);

describe('find and replace', () => {
  it('maps matches to document positions across marks, lists and tables', () => {
    const target = newEditor(
      '<p>Le <strong>Ma</strong><em>li</em> vote.</p><ul><li><p>Mali</p></li></ul><table><tbody><tr><th><p>mali</p></th></tr></tbody></table>',
    );
    search(target, 'mali');
    expect(matchedTexts(target)).toEqual(['Mali', 'Mali', 'mali']);
    expect(findCounts(target)).toEqual({ current: 1, total: 3 });
    expect(highlighted(target).join('')).toBe('MaliMalimali');
  });

  it('a hard break is not a letter: a query never matches across it', () => {
    const target = newEditor('<p>Ma<br>li Mali</p>');
    search(target, 'mali');
    expect(matchedTexts(target)).toEqual(['Mali']);
  });

  it('whole word finds État in « l’État » but not in « États »', () => {
    const target = newEditor('<p>l’État, les États et l’<em>État</em>.</p>');
    search(target, 'État', { wholeWord: true });
    expect(matchedTexts(target)).toEqual(['État', 'État']);
  });

  it('next and previous wrap around and select the match', () => {
    const target = newEditor('<p>un deux un trois un</p>');
    target.commands.setTextSelection(1);
    search(target, 'un');
    expect(findCounts(target)).toEqual({ current: 1, total: 3 });
    goToMatch(target, -1);
    expect(findCounts(target).current).toBe(3);
    expect(
      target.state.doc.textBetween(target.state.selection.from, target.state.selection.to),
    ).toBe('un');
    expect(target.state.selection.from).toBe(18);
    goToMatch(target, 1);
    expect(findCounts(target).current).toBe(1);
  });

  it('replace changes the current match, keeps its marks and moves on', () => {
    const target = newEditor('<p><strong>Bamako</strong> et Bamako</p>');
    target.commands.setTextSelection(1);
    search(target, 'bamako');
    expect(replaceCurrent(target, 'Dakar')).toBe(true);
    expect(target.getHTML()).toBe('<p><strong>Dakar</strong> et Bamako</p>');
    expect(findCounts(target)).toEqual({ current: 1, total: 1 });
  });

  it('replace never loops when the replacement contains the query', () => {
    const target = newEditor('<p>an an</p>');
    target.commands.setTextSelection(1);
    search(target, 'an');
    replaceCurrent(target, 'plan');
    expect(target.getText()).toBe('plan an');
    expect(findCounts(target)).toEqual({ current: 2, total: 2 });
  });

  it('replace all is one undo step', () => {
    const target = newEditor('<p>Le Mali et le <em>Mali</em>.</p><p>MALI</p>');
    target.commands.insertContentAt(1, 'Oui. ');
    search(target, 'mali');
    expect(replaceAll(target, 'Sénégal')).toBe(3);
    expect(target.getHTML()).toBe('<p>Oui. Le Sénégal et le <em>Sénégal</em>.</p><p>Sénégal</p>');
    expect(findCounts(target).total).toBe(0);
    target.commands.undo();
    expect(target.getHTML()).toBe('<p>Oui. Le Mali et le <em>Mali</em>.</p><p>MALI</p>');
    expect(findCounts(target).total).toBe(3);
  });

  it('replace all with an empty replacement deletes the matches', () => {
    const target = newEditor('<p>très très bien</p>');
    search(target, 'très ');
    replaceAll(target, '');
    expect(target.getText()).toBe('bien');
  });

  it('typing keeps the matches right: new ones appear, broken ones go', () => {
    const target = newEditor('<p>Mali</p><p>autre</p><p>Mali</p>');
    search(target, 'mali');
    expect(findCounts(target).total).toBe(2);
    target.commands.insertContentAt(3, 'x');
    expect(matchedTexts(target)).toEqual(['Mali']);
    target.commands.insertContentAt(target.state.doc.content.size - 1, ' et le Mali');
    expect(matchedTexts(target)).toEqual(['Mali', 'Mali']);
    expect(findReplaceKey.getState(target.state)?.matches).toEqual(
      findMatches(target.state.doc, { query: 'mali', matchCase: false, wholeWord: false }),
    );
    target.commands.setContent('<p>rien</p>');
    expect(findCounts(target).total).toBe(0);
  });

  it('searches a 20,000-word article', () => {
    const paragraph = `<p>${'Les élus de Bamako ont voté la loi de finances au Mali. '.repeat(20)}</p>`;
    const target = newEditor(paragraph.repeat(90));
    search(target, 'mali', { wholeWord: true });
    expect(findCounts(target).total).toBe(1800);
    target.commands.insertContentAt(5, 'Mali ');
    expect(findCounts(target).total).toBe(1801);
  });
});
