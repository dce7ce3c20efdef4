// `Export`: the dialog with a format choice and `Save`.
import type { Command } from './types';

export const exportAnnotations: Command<'export'> = {
  name: 'export',
  label: 'Export',
  keys: [{ key: 'e', mod: true, shift: true }],
  isEnabled: (state) => state.article !== null || state.summaries.length > 0,
  run: ({ store }) => store.getState().openDialog({ kind: 'export' }),
};
