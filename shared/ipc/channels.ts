/**
 * Every invoke channel, `domain:verb`. The preload imports only this list (no zod in the
 * sandbox bundle); `contract.ts` must give each one its schemas, checked by the compiler.
 */
export const channels = [
  'app:info',
  'settings:get',
  'settings:update',
  'library:info',
  'library:stats',
  'library:facets',
  'library:recent',
  'library:open',
  'library:create',
  'library:backup',
  'articles:list',
  'articles:get',
  'articles:create',
  'articles:save',
  'articles:document',
  'articles:update',
  'articles:setStatus',
  'articles:trash',
  'articles:restore',
  'articles:emptyTrash',
  'articles:statusLog',
  'articles:resolveConflict',
  'articles:heldMoves',
  'articles:confirmMove',
  'keys:list',
  'keys:trust',
  'keys:revoke',
  'revisions:list',
  'revisions:get',
  'revisions:name',
  'revisions:restore',
  'shell:openExternal',
  'assets:add',
  'export:start',
  'export:progress',
  'export:cancel',
  'export:showFolder',
  'export:pdf',
  'import:files',
  'import:choose',
  'packages:send',
  'wire:list',
  'wire:get',
  'wire:markRead',
  'wire:take',
  'wire:source',
] as const;

export type Channel = (typeof channels)[number];

/** Main → renderer notifications; each subscription in the preload returns its unsubscribe. */
export const events = [
  'menu:command',
  'library:changed',
  'article:updated',
  'export:updated',
] as const;
export type EventName = (typeof events)[number];
