import { parse } from 'yaml';
import { AppError } from '../errors/error-code';
import type { ArticleDraft } from '../ipc/contract';
import type { Status } from '../model/status';
import type { TiptapDocument } from '../model/tiptap-document';
import { validateFrontMatter } from './markdown-front-matter-schema';
import { markdownManager } from './markdown-manager';
import { normaliseDocument } from './to-schema-document';

export const markdownMaxLength = 20 * 1024 * 1024;
export const frontMatterMaxLength = 64 * 1024;

export interface ParsedMarkdownArticle {
  draft: ArticleDraft;
  /** Front matter fields that are not article fields a draft can carry. */
  status: Status | null;
  createdAt: string | null;
  updatedAt: string | null;
}

const frontMatterBlock = /^---\n([\s\S]*?)\n?(?:---|\.\.\.)[ \t]*(?:\n|$)/;

const readYaml = (yaml: string): unknown => {
  if (yaml.length > frontMatterMaxLength) {
    throw new AppError('invalid', 'The front matter is larger than 64 KB; it was not imported.');
  }
  try {
    return parse(yaml, { maxAliasCount: 0, uniqueKeys: true, schema: 'core', prettyErrors: false });
  } catch {
    throw new AppError('invalid', 'The front matter is not valid YAML (aliases are not accepted).');
  }
};

/**
 * A Markdown file as Copydesk writes it (renderArticleMarkdown), or any CommonMark/GFM file:
 * front matter → metadata (checked field by field), body → schema-checked Tiptap JSON with links
 * and images through the allowlists. Raw HTML stays literal text.
 */
export const parseMarkdownArticle = (input: string): ParsedMarkdownArticle => {
  if (input.length > markdownMaxLength) {
    throw new AppError('invalid', 'The Markdown file is larger than 20 MB; it was not imported.');
  }
  const text = input
    .replace(/^\ufeff/, '')
    .replace(/\r\n?/g, '\n')
    .replaceAll('\u0000', '');
  const block = frontMatterBlock.exec(text);
  const fields = validateFrontMatter(block === null ? {} : readYaml(block[1] ?? ''));
  const source = block === null ? text : text.slice(block[0].length);
  const body: TiptapDocument = normaliseDocument(markdownManager().parse(source) as TiptapDocument);
  const draft: ArticleDraft = { body };
  if (fields.title !== undefined) draft.headline = fields.title;
  if (fields.standfirst !== undefined) draft.standfirst = fields.standfirst;
  if (fields.seo_title !== undefined) draft.seoTitle = fields.seo_title;
  if (fields.social_title !== undefined) draft.socialTitle = fields.social_title;
  if (fields.description !== undefined) draft.metaDescription = fields.description;
  if (fields.slug !== undefined) draft.slug = fields.slug;
  if (fields.authors !== undefined) draft.bylines = fields.authors;
  if (fields.section !== undefined) draft.section = fields.section;
  if (fields.tags !== undefined) draft.tags = fields.tags;
  if (fields.language !== undefined) draft.language = fields.language;
  if (fields.dateline !== undefined) draft.dateline = fields.dateline;
  if (fields.embargo !== undefined) draft.embargo = fields.embargo;
  return {
    draft,
    status: fields.status ?? null,
    createdAt: fields.date ?? null,
    updatedAt: fields.updated ?? null,
  };
};
