import { spawn } from 'node:child_process';

const openerFor = (platform: NodeJS.Platform, target: string): [string, string[]] => {
  if (platform === 'darwin') return ['open', [target]];
  if (platform === 'win32') return ['cmd', ['/c', 'start', '""', target]];
  return ['xdg-open', [target]];
};

/** Best effort: a machine without a desktop browser still has the printed address. */
export function openInBrowser(target: string, report: (message: string) => void): void {
  const [command, args] = openerFor(process.platform, target);
  const child = spawn(command, args, { detached: true, stdio: 'ignore' });
  child.on('error', (error) =>
    report(`Could not open a browser (${error.message}); open the address above.`),
  );
  child.unref();
}
