// `Stop collecting evidence` (Shift+V): forgets the linking target; links made stay.
import type { Command } from './types';

export const stopCollecting: Command<'stop-collecting'> = {
  name: 'stop-collecting',
  label: 'Stop collecting evidence',
  keys: [{ key: 'v', shift: true }],
  isEnabled: (state) => state.linkingTarget !== null,
  run: ({ store }) => store.getState().stopCollecting(),
};
