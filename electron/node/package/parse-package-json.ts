import type { z } from 'zod';
import { AppError } from '../../../shared/errors/error-code';
import { jsonDepth } from '../../../shared/package/json-depth';
import { packageLimits } from '../../../shared/package/package-limits';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The entry's JSON as plain data, refused when not UTF-8, too deep or not JSON at all. */
export const parseJsonEntry = (name: string, bytes: Uint8Array): unknown => {
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new AppError('invalid', `The package's ${name} is not UTF-8 text.`);
  }
  if (jsonDepth(text) > packageLimits.maximumJsonDepth) {
    throw new AppError('invalid', `The package's ${name} is nested too deeply.`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new AppError('invalid', `The package's ${name} is not valid JSON.`);
  }
};

/** `data` checked against the package schema; the first problem is named in the message. */
export const parseWithSchema = <T>(name: string, schema: z.ZodType<T>, data: unknown): T => {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const where = issue === undefined || issue.path.length === 0 ? '' : ` at ${issue.path.join('.')}`;
  throw new AppError(
    'invalid',
    `The package's ${name} does not match the package format${where}: ${issue?.message ?? 'invalid'}.`,
  );
};
