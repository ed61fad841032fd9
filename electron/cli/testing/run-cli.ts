import type { Role } from '../../../shared/model/role';
import { main } from '../main';

export interface CliProfile {
  author?: string;
  role?: Role;
  env?: Record<string, string>;
  /** For `serve`: resolves when the command should stop (default: at once). */
  untilStopped?: () => Promise<void>;
}

/** Runs the CLI in-process with captured output and a fixed settings profile. */
export const runCli = async (args: string[], profile: CliProfile = {}) => {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    env: profile.env ?? {},
    isTerminal: false,
    defaultAuthor: () => profile.author ?? 'Aminata Diallo',
    defaultRole: () => profile.role ?? 'reporter',
    untilStopped: profile.untilStopped ?? (() => Promise.resolve()),
  });
  return { code, stdout, stderr };
};
