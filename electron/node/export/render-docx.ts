import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import type { Article } from '../../../shared/model/article';
import { bylineLabelsFor } from '../../../shared/export/byline-html';
import { displayDate } from '../../../shared/export/dateline-html';
import { toSchemaDocument } from '../../../shared/export/to-schema-document';
import type { DocxBlock, DocxBlockContext } from './docx-blocks';
import { childBlocks } from './docx-blocks';
import { docxNumbering, docxStyles } from './docx-styles';

export type DocxArticle = Pick<
  Article,
  'headline' | 'standfirst' | 'bylines' | 'dateline' | 'language' | 'createdAt' | 'body'
>;

const bylineParagraph = (article: DocxArticle): Paragraph[] => {
  if (article.bylines.length === 0) return [];
  const labels = bylineLabelsFor(article.language);
  const text = article.bylines
    .map(
      ({ name, role, affiliation }) =>
        `${labels[role]}${name}${affiliation === undefined || affiliation === '' ? '' : ` (${affiliation})`}`,
    )
    .join(', ');
  return [new Paragraph({ style: 'Byline', text })];
};

const datelineParagraph = (article: DocxArticle): Paragraph[] => {
  const date =
    article.dateline.date !== '' ? article.dateline.date : article.createdAt.slice(0, 10);
  const parts = [
    article.dateline.place,
    /^\d{4}-\d{2}-\d{2}$/.test(date) ? displayDate(date, article.language) : '',
  ].filter((part) => part !== '');
  return parts.length === 0 ? [] : [new Paragraph({ style: 'Dateline', text: parts.join(', ') })];
};

const header = (article: DocxArticle): DocxBlock[] => [
  new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(article.headline)] }),
  ...(article.standfirst === ''
    ? []
    : [new Paragraph({ style: 'Standfirst', children: [new TextRun(article.standfirst)] })]),
  ...bylineParagraph(article),
  ...datelineParagraph(article),
];

/**
 * The article as a Word document (docx package): Title, standfirst, bylines with roles, dateline,
 * then the body with Word's own heading, list, quote, table and caption structures. Links keep
 * only allowlisted URLs; images come from the library's assets through `readAsset`.
 */
export const renderArticleDocx = async (
  article: DocxArticle,
  readAsset: (source: string) => Uint8Array | null,
): Promise<Uint8Array> => {
  const context: DocxBlockContext = { readAsset, orderedStarts: new Set(), listInstances: 0 };
  const body = childBlocks(toSchemaDocument(article.body), {}, context);
  const document = new Document({
    title: article.headline,
    description: article.standfirst,
    creator: article.bylines[0]?.name ?? 'Copydesk',
    styles: docxStyles,
    numbering: docxNumbering(context.orderedStarts),
    sections: [{ children: [...header(article), ...body] }],
  });
  return new Uint8Array(await Packer.toBuffer(document));
};
