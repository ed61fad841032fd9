import { AppError } from '../../../shared/errors/error-code';

export const frontMatterMaxLength = 64 * 1024;

export interface FrontMatter {
  /** `title:` when it is a plain or quoted scalar; null otherwise. */
  title: string | null;
  body: string;
}

const quotedStrings = /"(?:[^"\\\n]|\\.)*"|'(?:[^'\n]|'')*'/g;
const anchorOrAlias = /(?:^|[\s,[{:-])[&*][^\s,[\]{}]+/m;

const scalarValue = (raw: string): string | null => {
  const value = raw.trim();
  if (value.startsWith('"')) {
    try {
      const parsed: unknown = JSON.parse(value);
      return typeof parsed === 'string' ? parsed : null;
    } catch {
      return null;
    }
  }
  if (value.startsWith("'")) {
    return value.endsWith("'") && value.length > 1 ? value.slice(1, -1).replace(/''/g, "'") : null;
  }
  if (/^[|>[{!%@`]/.test(value)) return null;
  return value.replace(/\s+#.*$/, '');
};

/**
 * Splits a leading `---` YAML block off Markdown without a YAML parser: only a top-level `title:` is
 * read; anchors and aliases (the "billion laughs" bomb) and oversized blocks are refused.
 */
export const splitFrontMatter = (markdown: string): FrontMatter => {
  if (!markdown.startsWith('---\n')) return { title: null, body: markdown };
  const end = /^(?:---|\.\.\.)[ \t]*$/m.exec(markdown.slice(4));
  if (!end) return { title: null, body: markdown };
  const yaml = markdown.slice(4, 4 + end.index);
  if (yaml.length > frontMatterMaxLength) {
    throw new AppError('invalid', 'The front matter is larger than 64 KB; it was not imported.');
  }
  if (anchorOrAlias.test(yaml.replace(quotedStrings, '""'))) {
    throw new AppError(
      'invalid',
      'The front matter uses YAML anchors or aliases, which Copydesk does not accept.',
    );
  }
  const titleLine = /^title:(.*)$/m.exec(yaml);
  const body = markdown.slice(4 + end.index + end[0].length).replace(/^\n/, '');
  return { title: titleLine ? scalarValue(titleLine[1] ?? '') : null, body };
};
