// Types for electron-binary.mjs (a plain Node script, imported by its test).
export type ElectronBinaryLookup =
  { found: true; path: string } | { found: false; lookedIn: string[] };

export function findElectronBinary(options: {
  electronDir: string;
  env?: Readonly<Record<string, string | undefined>>;
  platform?: string;
  exists?: (path: string) => boolean;
}): ElectronBinaryLookup;
