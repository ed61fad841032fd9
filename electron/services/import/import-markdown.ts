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

/** A Markdown file: headline from front matter `title:`, else the first `# ` heading (taken out). */
export const importMarkdown = (markdown: string): ImportedDraft => {
  const { title, body: source } = splitFrontMatter(markdown);
  assertMarkdownComplexity(source);
  const content = parseMarkdown(source).content ?? [];
  if (title !== null) return { headline: cleanHeadline(title), body: cleanDocument({ content }) };
  const index = content.findIndex((node) => node.type === 'heading' && node.attrs?.level === 1);
  const headline = index < 0 ? '' : cleanHeadline(inlineText(content[index]!));
  const rest = content.filter((_node, position) => position !== index);
  return { headline, body: cleanDocument({ content: rest }) };
};
