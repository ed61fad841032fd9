import { execFileSync } from 'node:child_process';

export const pandocVersion = (): string | null => {
  try {
    return execFileSync('pandoc', ['--version'], { encoding: 'utf8' }).split('\n')[0] ?? null;
  } catch {
    return null;
  }
};

const toMarkdown = ['--from', 'html', '--to', 'gfm', '--wrap', 'none'];

/** One pandoc process converting every file (its output concatenated into one Markdown file). */
export const pandocBatched = (files: readonly string[], output: string): void => {
  execFileSync('pandoc', [...toMarkdown, '--output', output, ...files], { stdio: 'ignore' });
};

/** One pandoc process for one file: the per-file baseline. */
export const pandocOneFile = (file: string, output: string): void => {
  execFileSync('pandoc', [...toMarkdown, '--output', output, file], { stdio: 'ignore' });
};
