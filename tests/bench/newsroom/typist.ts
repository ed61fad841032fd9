import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';

export interface Typist {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  /** The desk's socket: disconnect and connect it to go offline and back. */
  socket: HocuspocusProviderWebsocket;
  /** Types one character at a random place in the body's first paragraph. */
  type: (random: () => number) => void;
  synced: Promise<void>;
  destroy: () => void;
}

export interface TypistOptions {
  url: string;
  documentName: string;
  token: string | null;
  /** The article's document as the library stores it, applied before connecting (idempotent). */
  seed: Uint8Array;
}

/** The first text node under the body's first paragraph, where the typist types. */
const firstText = (doc: Y.Doc): Y.XmlText => {
  const body = doc.getXmlFragment('body');
  const paragraph = body.toArray().find((node) => node instanceof Y.XmlElement);
  if (!(paragraph instanceof Y.XmlElement))
    throw new Error('The article has no paragraph to type in.');
  const text = paragraph.toArray().find((node) => node instanceof Y.XmlText);
  if (text instanceof Y.XmlText) return text;
  const created = new Y.XmlText();
  paragraph.insert(0, [created]);
  return created;
};

/** One simulated desk with its own socket, as a reporter's app would have. */
export const startTypist = (options: TypistOptions): Typist => {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, options.seed);
  const socket = new HocuspocusProviderWebsocket({
    url: options.url,
    WebSocketPolyfill: WebSocket,
  });
  let markSynced: () => void = () => undefined;
  const synced = new Promise<void>((resolve) => {
    markSynced = resolve;
  });
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: options.documentName,
    document: doc,
    token: options.token ?? 'anchor',
    onSynced: () => markSynced(),
  });
  provider.attach();
  return {
    doc,
    provider,
    socket,
    synced,
    type: (random) => {
      const text = firstText(doc);
      text.insert(Math.floor(random() * (text.length + 1)), 'e');
    },
    destroy: () => {
      provider.destroy();
      socket.destroy();
    },
  };
};
