import { execFileSync } from 'node:child_process';
import os from 'node:os';

const command = (file: string, args: string[]): string | null => {
  try {
    return execFileSync(file, args, {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return null;
  }
};

/** What the figures were measured on: they only compare within one run on one machine. */
export const machineInfo = (libraryFolder: string, sqliteVersion: string) => ({
  cpu: os.cpus()[0]?.model ?? 'unknown',
  cores: os.cpus().length,
  ramGiB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
  loadAverage: os.loadavg().map((value) => Math.round(value * 100) / 100),
  os: `${os.type()} ${os.release()} ${os.arch()}`,
  node: process.version,
  sqlite: sqliteVersion,
  ripgrep: command('rg', ['--version'])?.split('\n')[0] ?? null,
  disk:
    command('df', ['-h', '--output=source,fstype,size,avail', libraryFolder])
      ?.split('\n')[1]
      ?.trim() ?? null,
  commit: command('git', ['rev-parse', 'HEAD']),
  uncommittedChanges: (command('git', ['status', '--porcelain'])?.length ?? 0) > 0,
});
export type MachineInfo = ReturnType<typeof machineInfo>;
