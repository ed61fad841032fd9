import { UsageError } from './usage-error';

/** A --database or --redis address: a URL with one of the given schemes. */
export const parseServiceUrl = (option: string, value: string, schemes: string[]): string => {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UsageError(`--${option} is not a URL: ${value}`);
  }
  if (!schemes.includes(url.protocol.replace(/:$/, ''))) {
    throw new UsageError(
      `--${option} must start with ${schemes.map((s) => `${s}://`).join(' or ')}`,
    );
  }
  return value;
};
