import { getSchema } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import type { TiptapDocument, TiptapNode } from '../../model/tiptap-document';
import { createExtensions } from '../extensions';
import { fitToSchema } from './fit-to-schema';

const schema = getSchema(createExtensions());
const fit = (...content: TiptapNode[]) => fitToSchema({ type: 'doc', content }, schema);
const text = (value: string, ...marks: string[]): TiptapNode => ({
  type: 'text',
  text: value,
  ...(marks.length > 0 ? { marks: marks.map((type) => ({ type })) } : {}),
});
const paragraph = (...content: TiptapNode[]): TiptapNode => ({ type: 'paragraph', content });
const heading = (value: string): TiptapNode => ({
  type: 'heading',
  attrs: { level: 2 },
  content: [text(value)],
});
const item = (...content: TiptapNode[]): TiptapNode => ({ type: 'listItem', content });
const list = (...items: TiptapNode[]): TiptapNode => ({ type: 'bulletList', content: items });

describe('fitToSchema', () => {
  it('merges repeated marks on one text node', () => {
    const document = fit(paragraph(text('strong', 'bold', 'italic', 'bold')));
    expect(document.firstChild!.firstChild!.marks.map((mark) => mark.type.name)).toEqual([
      'bold',
      'italic',
    ]);
  });

  it('turns a heading opening a list item into its paragraph, and keeps later headings', () => {
    const document = fit(
      list(item(heading('Opening')), item(paragraph(text('a')), heading('Later'))),
    );
    expect(document.toJSON()).toMatchObject({
      content: [
        {
          type: 'bulletList',
          content: [
            { content: [{ type: 'paragraph', content: [{ text: 'Opening' }] }] },
            { content: [{ type: 'paragraph' }, { type: 'heading', content: [{ text: 'Later' }] }] },
          ],
        },
      ],
    });
  });

  it('keeps a quote opening a list item behind an empty paragraph', () => {
    const quote = { type: 'blockquote', content: [paragraph(text('Quoted'))] };
    const document = fit(list(item(quote)));
    expect(document.child(0).child(0).toString()).toBe(
      'listItem(paragraph, blockquote(paragraph("Quoted")))',
    );
  });

  it('wraps stray text and list items, and lifts blocks out of running text', () => {
    const document = fit(
      text('Loose '),
      text('words'),
      item(paragraph(text('item'))),
      paragraph(text('Before'), paragraph(text('inside')), list(item(paragraph(text('deep'))))),
    );
    expect(document.toString()).toBe(
      'doc(paragraph("Loose words"), bulletList(listItem(paragraph("item"))), paragraph("Before inside deep"))',
    );
  });

  it('drops unknown nodes and marks but keeps their words', () => {
    const document = fit(
      { type: 'codeBlock', content: [text('code', 'code', 'bold')] },
      paragraph({ type: 'mention', content: [text('kept')] }),
    );
    expect(document.toString()).toBe('doc(paragraph(bold("code")), paragraph("kept"))');
  });

  it('drops empty text, lists and quotes, but keeps empty table cells', () => {
    const cell = { type: 'tableCell' };
    const document = fit(
      paragraph(text('')),
      { type: 'bulletList', content: [] },
      { type: 'blockquote' },
      {
        type: 'table',
        content: [{ type: 'tableRow', content: [cell, cell] }, { type: 'tableRow' }],
      },
    );
    expect(document.toString()).toBe(
      'doc(paragraph, table(tableRow(tableCell(paragraph), tableCell(paragraph))))',
    );
  });

  it('gives an empty document one paragraph', () => {
    expect(fitToSchema({ type: 'doc' }, schema).toString()).toBe('doc(paragraph)');
  });

  it('leaves a document that already fits unchanged', () => {
    const body: TiptapDocument = {
      type: 'doc',
      content: [
        heading('Title'),
        paragraph(text('Some '), text('bold', 'bold'), { type: 'hardBreak' }, text('x')),
        list(item(paragraph(text('a')), heading('b'))),
        { type: 'figure', attrs: { caption: 'Légende', credit: 'AFP' } },
      ],
    };
    const expected = schema.nodeFromJSON(body).toJSON() as unknown;
    expect(fitToSchema(body, schema).toJSON()).toEqual(expected);
  });

  it('fits deep misplaced nesting in one pass', () => {
    let nested: TiptapNode = paragraph(text('deep'));
    for (let depth = 0; depth < 200; depth += 1) {
      nested = { type: 'blockquote', content: [{ type: 'listItem', content: [nested] }] };
    }
    expect(fit(paragraph(text('Start'), nested)).textContent).toBe('Start deep');
  });
});
