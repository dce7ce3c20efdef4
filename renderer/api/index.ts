// The renderer's client of the host contract (see host-client.ts).
export { connectToHost, type HostClient } from './host-client';
export type { ExportOutcome } from './save-export';
