import { contextBridge, ipcRenderer } from 'electron';
import { buildCopydeskApi } from './build-copydesk-api';

contextBridge.exposeInMainWorld('copydesk', buildCopydeskApi(ipcRenderer));
