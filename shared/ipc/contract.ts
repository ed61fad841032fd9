import { z } from 'zod';
import { Article, ArticleFields, ArticleId, IsoDateTime } from '../model/article';
import { Counts } from '../model/counts';
import { LibraryCompaction, LibraryInfo, LibraryStats } from '../model/library';
import {
  ExportJobRequest,
  ExportProgress,
  ExportStartRequest,
  ExportStartResult,
} from '../model/export-job';
import { ImportFilesRequest, ImportOutcome } from '../model/import-files';
import { ArticlePage, Facets, ListQuery } from '../model/list-query';
import { RevisionSnapshot, RevisionSummary, StatusChange } from '../model/revision';
import { Settings, SettingsPatch } from '../model/settings';
import { Status } from '../model/status';
import { HeldMove } from '../trust/held-move';
import { PublicKeyText } from '../model/move-signature';
import { TrustedKey } from '../model/trusted-key';
import { NewsroomState } from '../newsroom/newsroom-state';
import { publishingContract } from '../wordpress/publishing-contract';
import { PublishJob } from '../wordpress/publish-job';
import { WireEntry, WireQuery, WireSummary } from '../model/wire-entry';
import { ArticleSource } from '../model/article-source';
import type { Channel, EventName } from './channels';

const Empty = z.object({}).strict();
const ById = z.object({ id: ArticleId }).strict();
const WireId = z.number().int().positive();
const ByWireId = z.object({ id: WireId }).strict();

export const AppInfo = z.object({
  version: z.string(),
  host: z.enum(['electron', 'web']),
  platform: z.string(),
  /**
   * Browser mode: the one folder it saves exports, packages and backups into (`--export-dir`),
   * null when it was started without one. Electron: null (it asks with its dialogs).
   */
  saveFolder: z.string().nullable(),
  /** One-off messages for the user at start (a settings file reset, a library opened read-only …). */
  notices: z.array(z.object({ code: z.string(), message: z.string() })),
});
export type AppInfo = z.infer<typeof AppInfo>;

export const ArticleDraft = ArticleFields.partial();
export type ArticleDraft = z.infer<typeof ArticleDraft>;

export const SaveRequest = z
  .object({
    id: ArticleId,
    /** The revision the editor's text is based on; a different current revision is a conflict. */
    baseRevision: z.number().int().positive(),
    changes: ArticleFields.partial(),
  })
  .strict();
export type SaveRequest = z.infer<typeof SaveRequest>;

export const SaveResult = z.object({
  id: ArticleId,
  revision: z.number().int().positive(),
  updatedAt: IsoDateTime,
  slug: z.string(),
  counts: Counts,
});
export type SaveResult = z.infer<typeof SaveResult>;

/** A Yjs update as base64: the editor's own small binary changes (at most 32 MB of text). */
export const DocumentUpdate = z
  .string()
  .max(32 * 1024 * 1024)
  .regex(/^[A-Za-z0-9+/]*={0,2}$/);

/** A window's or another desk's presence in an article: a y-protocols awareness update, base64. */
const AwarenessUpdate = z
  .string()
  .max(1024 * 1024)
  .regex(/^[A-Za-z0-9+/]*={0,2}$/);

const AwarenessMessage = z.object({ id: ArticleId, update: AwarenessUpdate }).strict();

export const ArticleDocumentState = z.object({
  id: ArticleId,
  /** The whole document as one Yjs update, base64. */
  state: DocumentUpdate,
  revision: z.number().int().positive(),
});
export type ArticleDocumentState = z.infer<typeof ArticleDocumentState>;

export const ArticleUpdateRequest = z
  .object({
    id: ArticleId,
    update: DocumentUpdate,
    /** Which editor sent it: that editor skips its own update when it comes back as an event. */
    origin: z.string().min(1).max(100),
  })
  .strict();
export type ArticleUpdateRequest = z.infer<typeof ArticleUpdateRequest>;

export const ArticleUpdateResult = z.object({
  id: ArticleId,
  /** Durable once this answer arrives. */
  stored: z.literal(true),
});
export type ArticleUpdateResult = z.infer<typeof ArticleUpdateResult>;

export const SetStatusRequest = z
  .object({
    id: ArticleId,
    baseRevision: z.number().int().positive(),
    status: Status,
    note: z.string().max(2_000).default(''),
    /** Approve or publish despite failed readiness checks; editors and chief editors only. */
    override: z
      .object({ reason: z.string().trim().min(1).max(2_000) })
      .strict()
      .optional(),
  })
  .strict();

/**
 * An opaque id the host handed out for a path it chose (a recent library); the renderer never
 * sends a path, so a page cannot make the host open or write anywhere else.
 */
export const PathHandle = z.string().min(1).max(100);

export const LibraryOpenRequest = z.object({ handle: PathHandle.optional() }).strict();

export const RecentLibrary = z.object({
  /** What `library:open` takes to open it again. */
  handle: PathHandle,
  /** For display only. */
  path: z.string(),
});
export type RecentLibrary = z.infer<typeof RecentLibrary>;

/** The host keeps the library history itself: a page cannot plant a path in it. */
export const SettingsUpdateRequest = SettingsPatch.omit({
  lastLibrary: true,
  recentLibraries: true,
  wireDropFolder: true,
}).strict();

/** 40 MB of image as base64 (4 characters per 3 bytes). */
export const maximumAssetBase64Length = Math.ceil((40 * 1024 * 1024) / 3) * 4;

export const AddAssetRequest = z
  .object({
    name: z.string().max(1_024),
    mimeType: z.string().max(200),
    dataBase64: z.string().min(1).max(maximumAssetBase64Length),
  })
  .strict();

export const MenuCommand = z.enum([
  'article:new',
  'article:delete',
  'article:save',
  'article:saveVersion',
  'article:export',
  'article:print',
  'article:sendForReview',
  'article:publishCorrection',
  'library:open',
  'library:create',
  'library:backup',
  'library:connectNewsroom',
  'library:shareNewsroom',
  'library:outbox',
  'view:focusSearch',
  'view:toggleSidePanel',
  'help:shortcuts',
]);
export type MenuCommand = z.infer<typeof MenuCommand>;

export const contract = {
  'app:info': { request: Empty, response: AppInfo },
  'settings:get': { request: Empty, response: Settings },
  'settings:update': { request: SettingsUpdateRequest, response: Settings },
  'library:info': { request: Empty, response: LibraryInfo },
  'library:stats': { request: Empty, response: LibraryStats },
  'library:facets': { request: Empty, response: Facets },
  'library:recent': { request: Empty, response: z.array(RecentLibrary) },
  /** A recent library's handle, or without one the host's folder dialog; null when they cancel. */
  'library:open': { request: LibraryOpenRequest, response: LibraryInfo.nullable() },
  /** Always asks with the host's folder dialog. */
  'library:create': { request: Empty, response: LibraryInfo.nullable() },
  /** Always asks with the host's save dialog; never replaces an existing file. */
  'library:backup': {
    request: Empty,
    response: z.object({ path: z.string() }).nullable(),
  },
  /** A backup beside the library, then its old rows rewritten compactly and the file rebuilt. */
  'library:compact': { request: Empty, response: LibraryCompaction },
  'articles:list': { request: ListQuery, response: ArticlePage },
  'articles:get': { request: ById, response: Article },
  'articles:create': { request: ArticleDraft.strict(), response: Article },
  'articles:save': { request: SaveRequest, response: SaveResult },
  /** The article's Yjs document, for an editor to start from (the library seeds it; editors never do). */
  'articles:document': { request: ById, response: ArticleDocumentState },
  /** Appends an editor's Yjs update durably; other windows receive it as `article:updated`. */
  'articles:update': { request: ArticleUpdateRequest, response: ArticleUpdateResult },
  'articles:setStatus': { request: SetStatusRequest, response: Article },
  'articles:trash': { request: ById, response: z.object({ id: ArticleId }) },
  'articles:restore': { request: ById, response: Article },
  'articles:emptyTrash': { request: Empty, response: z.object({ deleted: z.number().int() }) },
  'articles:statusLog': { request: ById, response: z.array(StatusChange) },
  /** Clears the import-conflict marker once the user has compared and kept what they want. */
  'articles:resolveConflict': {
    request: z.object({ id: ArticleId, baseRevision: z.number().int().positive() }).strict(),
    response: Article,
  },
  /** Received status moves held because they could not be verified ("claimed, not verified"). */
  'articles:heldMoves': { request: ById, response: z.array(HeldMove) },
  /** An editor or chief editor makes a held move again as their own signed move. */
  'articles:confirmMove': {
    request: z
      .object({
        id: ArticleId,
        moveId: z.number().int().positive(),
        baseRevision: z.number().int().positive(),
      })
      .strict(),
    response: Article,
  },
  /** This profile's key fingerprint, and the keys the library met in packages. */
  'keys:list': {
    request: Empty,
    response: z.object({ ownFingerprint: z.string(), keys: z.array(TrustedKey) }),
  },
  /** Trusts a key met in a package; its held moves that now verify are applied. */
  'keys:trust': { request: z.object({ publicKey: PublicKeyText }).strict(), response: TrustedKey },
  /** Stops trusting a key: the moves it signs from now on are held. */
  'keys:revoke': { request: z.object({ publicKey: PublicKeyText }).strict(), response: TrustedKey },
  'revisions:list': { request: ById, response: z.array(RevisionSummary) },
  'revisions:get': {
    request: z.object({ id: ArticleId, revisionId: z.number().int().positive() }).strict(),
    response: RevisionSnapshot,
  },
  'revisions:name': {
    request: z.object({ id: ArticleId, name: z.string().trim().min(1).max(200) }).strict(),
    response: RevisionSummary,
  },
  'revisions:restore': {
    request: z
      .object({
        id: ArticleId,
        revisionId: z.number().int().positive(),
        baseRevision: z.number().int().positive(),
      })
      .strict(),
    response: Article,
  },
  'shell:openExternal': {
    request: z.object({ url: z.string().max(8_192) }).strict(),
    response: z.object({ opened: z.boolean() }),
  },
  /** Stores an image in the library's assets; `src` is `copydesk-asset:<sha256>.<extension>`. */
  'assets:add': {
    request: AddAssetRequest,
    response: z.object({ src: z.string(), width: z.number().int(), height: z.number().int() }),
  },
  /**
   * Starts a batch export off the UI thread, or names the files already in the chosen folder;
   * null when the user cancels the folder dialog.
   */
  'export:start': { request: ExportStartRequest, response: ExportStartResult.nullable() },
  'export:progress': { request: ExportJobRequest, response: ExportProgress },
  'export:cancel': { request: ExportJobRequest, response: z.object({ cancelled: z.boolean() }) },
  /** Shows a finished job's files in the system's file manager; Electron only. */
  'export:showFolder': { request: ExportJobRequest, response: z.object({ shown: z.boolean() }) },
  /** Prints the window (showing the print view) to a PDF file the user chooses; Electron only. */
  'export:pdf': {
    request: z.object({ suggestedName: z.string().min(1).max(255) }).strict(),
    response: z.object({ path: z.string() }).nullable(),
  },
  /** Imports files sent as bytes (browser mode, drag and drop). */
  'import:files': { request: ImportFilesRequest, response: ImportOutcome },
  /** Asks with the host's open-file dialog, then imports; null when the user cancels. */
  'import:choose': { request: Empty, response: ImportOutcome.nullable() },
  /** "Send for review…": writes `<slug>.copydesk` where the user chooses; null when they cancel. */
  'packages:send': {
    request: z
      .object({
        id: ArticleId,
        /** Who the package is for: the version kept is named after them ("Sent to …"). */
        recipient: z.string().trim().max(200).default(''),
      })
      .strict(),
    response: z.object({ path: z.string() }).nullable(),
  },
  /** Joins a newsroom server with a one-time invitation: the library becomes its replica. */
  'newsroom:connect': {
    request: z
      .object({
        address: z.string().trim().min(1).max(500),
        invitation: z.string().trim().min(10).max(200),
      })
      .strict(),
    response: NewsroomState,
  },
  /** Serves the open library to the newsroom (`copydesk serve` in the app); Electron only. */
  'newsroom:share': {
    request: z
      .object({
        host: z.enum(['127.0.0.1', '0.0.0.0']),
        port: z.number().int().min(0).max(65_535),
      })
      .strict(),
    response: z.object({ url: z.string() }),
  },
  /** Stops replicating: the library keeps every article, the credential is forgotten. */
  'newsroom:disconnect': { request: Empty, response: NewsroomState },
  'newsroom:state': { request: Empty, response: NewsroomState },
  /** This window's presence in an article, for the other desks; `shared` is false when no newsroom connection relays it. */
  'newsroom:awareness': {
    request: AwarenessMessage,
    response: z.object({ shared: z.boolean() }),
  },
  ...publishingContract,
  /** Wire items (agency copy) newest first, or best match first when searching. */
  'wire:list': { request: WireQuery, response: z.array(WireSummary) },
  'wire:get': { request: ByWireId, response: WireEntry },
  'wire:markRead': { request: ByWireId, response: z.object({ id: WireId }) },
  /** "Write from this wire": a new draft linked to the item, typeset by the house profile. */
  'wire:take': { request: ByWireId, response: Article },
  /** The wire item an article was written from, flagged when killed or corrected since. */
  'wire:source': { request: ById, response: ArticleSource.nullable() },
  /** Chooses the drop folder in a native dialog (or stops watching: `clear`); the folder chosen. */
  'wire:dropFolder': {
    request: z.object({ clear: z.boolean() }).strict(),
    response: z.object({ folder: z.string().nullable() }),
  },
} as const satisfies Record<Channel, { request: z.ZodType; response: z.ZodType }>;

export const eventContract = {
  'menu:command': z.object({ command: MenuCommand }),
  /** Articles written by any window; an empty list means the whole library (another one opened). */
  'library:changed': z.object({ articleIds: z.array(ArticleId) }),
  /** A Yjs update the library stored for an article (from any window, import or restore). */
  'article:updated': z.object({
    id: ArticleId,
    update: DocumentUpdate,
    origin: z.string().nullable(),
  }),
  /** A batch export moved on (at most every 250 ms while running) or finished. */
  'export:updated': ExportProgress.extend({ jobId: z.string() }),
  /** The newsroom connection, or an article's changes waiting for the server, changed. */
  'newsroom:changed': NewsroomState,
  /** Wire items were stored from the drop folder (the Wires view reloads). */
  'wire:changed': z.object({ stored: z.number().int().nonnegative() }),
  /** Other desks' presence in an article (who, their caret, which field they edit). */
  'newsroom:awareness': AwarenessMessage,
  /** A publishing job was queued or moved on (sending step, published, failed, cancelled). */
  'outbox:changed': z.object({ job: PublishJob }),
} as const satisfies Record<EventName, z.ZodType>;

export type Contract = typeof contract;
export type RequestInput<C extends Channel> = z.input<Contract[C]['request']>;
export type Request<C extends Channel> = z.output<Contract[C]['request']>;
export type Response<C extends Channel> = z.output<Contract[C]['response']>;
export type EventPayload<E extends EventName> = z.output<(typeof eventContract)[E]>;
