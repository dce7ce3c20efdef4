// Types for free-port.mjs (a plain Node script, imported by its test).
export function findFreePort(
  preferred: number,
  options?: { host?: string; attempts?: number },
): Promise<number>;
