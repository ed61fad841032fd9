import { AppError } from '../../../shared/errors/error-code';
import { addAsset } from '../../node/assets/asset-store';
import type { HandlerTable } from '../dispatch';
import type { HostContext } from './host-context';

type AssetHandlers = Pick<HandlerTable, 'assets:add'>;

export const createAssetHandlers = ({ session }: HostContext): AssetHandlers => ({
  'assets:add': ({ mimeType, dataBase64 }) => {
    const library = session.current();
    const { readOnly, readOnlyReason } = library.info();
    if (readOnly) {
      throw new AppError('read_only', readOnlyReason ?? 'The library cannot be written to.');
    }
    const { src, width, height } = addAsset(
      library.path,
      Buffer.from(dataBase64, 'base64'),
      mimeType,
    );
    return { src, width, height };
  },
});
