import createHunspellModule from 'hunspell-asm/dist/cjs/lib/browser/hunspell';
import type { HunspellModule } from 'hunspell-asm/dist/cjs/lib/browser/hunspell';

export type { HunspellModule };

/**
 * The glue embeds its WebAssembly as a `data:` URI and first tries `fetch()` on it, which the
 * CSP's `connect-src 'self'` refuses with a console error; with no `fetch` it decodes the URI
 * itself. Its probe of `typeof fetch` happens synchronously inside the factory call.
 */
function withoutFetch<T>(run: () => T): T {
  const descriptor = Object.getOwnPropertyDescriptor(globalThis, 'fetch');
  if (descriptor === undefined || descriptor.configurable !== true) return run();
  Object.defineProperty(globalThis, 'fetch', {
    value: undefined,
    configurable: true,
    writable: true,
  });
  try {
    return run();
  } finally {
    Object.defineProperty(globalThis, 'fetch', descriptor);
  }
}

/**
 * Compiles Hunspell's WebAssembly (needs `'wasm-unsafe-eval'` in the CSP's script-src).
 * The module object is a thenable resolving to itself, which would make any promise of it spin
 * forever: its `then` is removed before it is handed over.
 */
export async function loadHunspellRuntime(): Promise<HunspellModule> {
  await assertWebAssemblyAllowed();
  return new Promise((resolve, reject) => {
    const module: HunspellModule = withoutFetch(() =>
      createHunspellModule({
        onRuntimeInitialized: () => {
          Reflect.deleteProperty(module, 'then');
          resolve(module);
        },
        onAbort: (reason) => reject(reason instanceof Error ? reason : new Error(String(reason))),
        print: () => undefined,
        printErr: () => undefined,
      }),
    );
  });
}

const emptyModule = new Uint8Array([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]);

/** Fails cleanly where the CSP forbids WebAssembly, before the glue would abort with an uncaught error. */
async function assertWebAssemblyAllowed(): Promise<void> {
  try {
    await WebAssembly.compile(emptyModule);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Spellcheck is unavailable: WebAssembly is not allowed here (${reason})`, {
      cause: error,
    });
  }
}
