import { spawn } from 'node:child_process';

const openerFor = (platform: NodeJS.Platform, url: string): [string, string[]] => {
  if (platform === 'darwin') return ['open', [url]];
  if (platform === 'win32') return ['cmd', ['/c', 'start', '""', url]];
  return ['xdg-open', [url]];
};

/** Best effort: a machine without a desktop browser still has the printed address. */
export function openInBrowser(url: string, report: (message: string) => void): void {
  const [command, args] = openerFor(process.platform, url);
  const child = spawn(command, args, { detached: true, stdio: 'ignore' });
  child.on('error', (error) =>
    report(`Could not open a browser (${error.message}); open the address above.`),
  );
  child.unref();
}
