// React access to the command context (store, host, reading view) for toolbar and dialogs.
import { createContext, useContext } from 'react';
import type { CommandContext } from '../commands/types';

export const CommandContextReact = createContext<CommandContext | null>(null);

export function useCommandContext(): CommandContext {
  const context = useContext(CommandContextReact);
  if (!context) throw new Error('useCommandContext: no CommandContextReact provider.');
  return context;
}
