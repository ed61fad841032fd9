/** The Emscripten build of Hunspell shipped inside hunspell-asm (a CommonJS module factory). */
declare module 'hunspell-asm/dist/cjs/lib/browser/hunspell' {
  export interface HunspellModule {
    cwrap(
      name: string,
      returns: 'number' | null,
      parameters: 'number'[],
    ): (...values: number[]) => number;
    allocateUTF8(text: string): number;
    UTF8ToString(pointer: number): string;
    getValue(pointer: number, type: '*'): number;
    _malloc(size: number): number;
    _free(pointer: number): void;
    FS: {
      mkdir(path: string): void;
      writeFile(path: string, data: Uint8Array, options: { encoding: 'binary' }): void;
      unlink(path: string): void;
    };
  }

  export interface HunspellModuleOptions {
    onRuntimeInitialized?: () => void;
    onAbort?: (reason: unknown) => void;
    print?: (text: string) => void;
    printErr?: (text: string) => void;
  }

  const createHunspellModule: (options: HunspellModuleOptions) => HunspellModule;
  export default createHunspellModule;
}
