// Opening what was dropped on the window (see components/DropZone.tsx): each file through the
// host, tracked so a long PDF shows its progress, or the link as a URL.
import type { DropPayload } from './drop-payload';
import type { CommandContext } from './types';

/** Opens what was dropped: files one after another, or the link. */
export async function openDropped(
  { store, host }: Pick<CommandContext, 'store' | 'host'>,
  payload: DropPayload,
): Promise<void> {
  const state = store.getState();
  if (payload.kind === 'unsupported') {
    state.notify('error', payload.message);
    return;
  }
  if (state.opening !== null) {
    state.notify('error', `Still opening ${state.opening}: drop again once it is open.`);
    return;
  }
  if (payload.kind === 'url') {
    await state.openUrl(payload.url);
    return;
  }
  for (const file of payload.files) {
    await store.getState().openTracked(file.name, (jobId) => host.openDroppedFile(file, jobId));
  }
}
