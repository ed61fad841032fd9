import type { Role } from '../../../shared/model/role';
import { main } from '../main';

export interface CliProfile {
  author?: string;
  role?: Role;
  env?: Record<string, string>;
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
  });
  return { code, stdout, stderr };
};
