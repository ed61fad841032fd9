import type { Mark, Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { IRunOptions, ParagraphChild } from 'docx';
import { ExternalHyperlink, TextRun } from 'docx';
import { normaliseLinkUrl } from '../../../shared/editor/policy/link-policy';

type RunStyle = Omit<IRunOptions, 'text' | 'children' | 'break'>;

const markStyle = (marks: readonly Mark[]): RunStyle => {
  const names = new Set(marks.map((mark) => mark.type.name));
  return {
    ...(names.has('bold') ? { bold: true } : {}),
    ...(names.has('italic') ? { italics: true } : {}),
    ...(names.has('underline') ? { underline: {} } : {}),
    ...(names.has('strike') ? { strike: true } : {}),
    ...(names.has('subscript') ? { subScript: true } : {}),
    ...(names.has('superscript') ? { superScript: true } : {}),
  };
};

const linkOf = (node: ProseMirrorNode): string | null => {
  const href = node.marks.find((mark) => mark.type.name === 'link')?.attrs.href as unknown;
  return typeof href === 'string' ? normaliseLinkUrl(href) : null;
};

const runOf = (node: ProseMirrorNode, linked: boolean): TextRun => {
  const style: RunStyle = { ...markStyle(node.marks), ...(linked ? { style: 'Hyperlink' } : {}) };
  return node.isText ? new TextRun({ ...style, text: node.text ?? '' }) : new TextRun({ break: 1 });
};

/**
 * The runs of a text block: marks become run properties, hard breaks line breaks, and
 * consecutive text under the same allowed link one ExternalHyperlink (others stay plain text).
 */
export const inlineRuns = (block: ProseMirrorNode): ParagraphChild[] => {
  const children: ParagraphChild[] = [];
  let link: { href: string; runs: TextRun[] } | null = null;
  const closeLink = () => {
    if (link !== null)
      children.push(new ExternalHyperlink({ link: link.href, children: link.runs }));
    link = null;
  };
  block.forEach((child) => {
    const href = child.isText ? linkOf(child) : null;
    if (href === null) {
      closeLink();
      children.push(runOf(child, false));
      return;
    }
    if (link?.href !== href) {
      closeLink();
      link = { href, runs: [] };
    }
    link.runs.push(runOf(child, true));
  });
  closeLink();
  return children;
};
