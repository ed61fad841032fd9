import { z } from 'zod';
import { channels, type Channel } from '../../shared/ipc/channels';
import { contract, type Request, type Response } from '../../shared/ipc/contract';
import { AppError } from '../../shared/errors/error-code';
import type { Result } from '../../shared/ipc/result';

export type Handler<C extends Channel> = (
  request: Request<C>,
) => Response<C> | Promise<Response<C>>;
export type HandlerTable = { [C in Channel]: Handler<C> };

const knownChannels: ReadonlySet<string> = new Set(channels);

export const isChannel = (name: string): name is Channel => knownChannels.has(name);

export const toErrorResult = (error: unknown): Result<never> => {
  if (error instanceof AppError)
    return { ok: false, error: { code: error.code, message: error.message } };
  if (error instanceof z.ZodError) {
    return { ok: false, error: { code: 'invalid', message: z.prettifyError(error) } };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { ok: false, error: { code: 'internal', message } };
};

/**
 * The one path for every call, from IPC and from HTTP alike: parse the payload with the
 * contract, run the handler, and return a result object. Nothing throws past this function.
 */
export async function dispatch(
  handlers: HandlerTable,
  channel: string,
  payload: unknown,
): Promise<Result<unknown>> {
  if (!isChannel(channel)) {
    return { ok: false, error: { code: 'invalid', message: `Unknown channel: ${channel}` } };
  }
  try {
    const request = contract[channel].request.parse(payload ?? {});
    const handler = handlers[channel] as (request: unknown) => unknown;
    const value = await handler(request);
    return { ok: true, value };
  } catch (error) {
    return toErrorResult(error);
  }
}
