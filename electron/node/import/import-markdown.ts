import { parseMarkdownArticle } from '../../../shared/export/parse-markdown-article';
import type { TiptapNode } from '../../../shared/model/tiptap-document';
import { cleanHeadline } from './clean-headline';
import type { ImportedDraft } from './imported-draft';
import { splitFrontMatter } from './front-matter';
import { cleanDocument } from './clean-document';
import { assertMarkdownComplexity } from './markdown-complexity';
import { parseMarkdown } from './parse-markdown';

const inlineText = (node: TiptapNode): string =>
  node.type === 'hardBreak'
    ? ' '
    : (node.text ?? '') + (node.content ?? []).map(inlineText).join('');

/**
 * A Markdown file: front matter fields as Copydesk writes them (parseMarkdownArticle checks each
 * one), headline from `title:`, else the first `# ` heading (taken out).
 */
export const importMarkdown = (markdown: string): ImportedDraft => {
  const { title, body: source } = splitFrontMatter(markdown);
  const metadata =
    source.length === markdown.length
      ? {}
      : parseMarkdownArticle(markdown.slice(0, markdown.length - source.length)).draft;
  delete metadata.body;
  assertMarkdownComplexity(source);
  const content = parseMarkdown(source).content ?? [];
  const fromFrontMatter = metadata.headline ?? title;
  if (fromFrontMatter !== null && fromFrontMatter !== undefined) {
    return {
      ...metadata,
      headline: cleanHeadline(fromFrontMatter),
      body: cleanDocument({ content }),
    };
  }
  const index = content.findIndex((node) => node.type === 'heading' && node.attrs?.level === 1);
  const headline = index < 0 ? '' : cleanHeadline(inlineText(content[index]!));
  const rest = content.filter((_node, position) => position !== index);
  return { ...metadata, headline, body: cleanDocument({ content: rest }) };
};
