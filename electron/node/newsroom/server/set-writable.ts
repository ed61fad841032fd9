import type { Document } from '@hocuspocus/server';
import { OutgoingMessage } from '@hocuspocus/server';

/**
 * Turns the open connections to an article read-only (it went to the trash) or writable again
 * (restored). A desk that typed while it was read-only had its updates refused; asking it to
 * sync again brings them in now, so nothing typed is lost.
 */
export const setWritable = (document: Document, writable: boolean): void => {
  for (const connection of document.getConnections()) {
    if (connection.readOnly === !writable) continue;
    connection.readOnly = !writable;
    if (writable) {
      const sync = new OutgoingMessage(connection.messageAddress)
        .createSyncMessage()
        .writeFirstSyncStepFor(document);
      connection.send(sync.toUint8Array());
    }
  }
};
