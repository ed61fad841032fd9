import { bridgeCall } from '../bridge/copydesk-bridge';
import { useMessageStore } from '../state/message-store';
import { blobToBase64 } from './blob-to-base64';
import { prepareImage } from './prepare-image';

export interface UploadedImage {
  src: string;
  width: number;
  height: number;
}

const showError = (reason: 'tooLarge' | 'notImage' | 'failed', name: string, detail?: string) =>
  useMessageStore
    .getState()
    .show({ tone: 'error', key: `figures:errors.${reason}`, values: { name }, detail });

/**
 * Prepares an image file (checks, downscales, strips metadata) and stores it in the open library.
 * Failures are shown to the user; the result is null then.
 */
export async function uploadImage(file: File): Promise<UploadedImage | null> {
  const prepared = await prepareImage(file);
  if (!prepared.ok) {
    showError(prepared.reason, file.name);
    return null;
  }
  let dataBase64: string;
  try {
    dataBase64 = await blobToBase64(prepared.blob);
  } catch (error) {
    showError('failed', file.name, error instanceof Error ? error.message : String(error));
    return null;
  }
  const result = await bridgeCall('assets:add', {
    name: file.name,
    mimeType: prepared.blob.type,
    dataBase64,
  });
  if (!result.ok) {
    showError('failed', file.name, result.error.message);
    return null;
  }
  return result.value;
}
