import type { Channel, EventName } from './channels';
import type { EventPayload, RequestInput, Response } from './contract';
import type { Result } from './result';

type DomainOf<C extends string> = C extends `${infer D}:${string}` ? D : never;
type VerbOf<C extends string, D extends string> = C extends `${D}:${infer V}` ? V : never;
type EventMethod<E extends string> = E extends `${infer D}:${infer V}`
  ? `on${Capitalize<D>}${Capitalize<V>}`
  : never;

/** `window.copydesk`: one method per channel, `api.articles.save(request)`, plus named subscriptions. */
export type CopydeskApi = {
  [D in DomainOf<Channel>]: {
    [V in VerbOf<Channel, D>]: (
      request: RequestInput<`${D}:${V}` & Channel>,
    ) => Promise<Result<Response<`${D}:${V}` & Channel>>>;
  };
} & {
  events: {
    [E in EventName as EventMethod<E>]: (
      listener: (payload: EventPayload<E>) => void,
    ) => () => void;
  };
};

export const splitChannel = (channel: string): [string, string] => {
  const at = channel.indexOf(':');
  return [channel.slice(0, at), channel.slice(at + 1)];
};

export const eventMethodName = (event: string): string => {
  const [domain, verb] = splitChannel(event);
  const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
  return `on${cap(domain)}${cap(verb)}`;
};
