// Disk errors in words a person can act on, naming the file.
import { ContractError } from '../../../shared/contract/result';

const REASONS: Record<string, string> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the disk is read-only',
  EISDIR: 'a folder has that name',
  ENOTDIR: 'a file stands where a folder should be',
  // mkdir's answer when a file has the folder's name (mkdir is our only source of it)
  EEXIST: 'a file stands where a folder should be',
  EMFILE: 'too many files are open',
  EBUSY: 'the file is in use',
};

/** An `io` ContractError: "<path> <what failed>: <reason>". */
export function ioError(path: string, what: string, error: unknown): ContractError {
  const code = (error as { code?: string } | null)?.code;
  const reason =
    (code && REASONS[code]) ?? (error instanceof Error ? error.message : String(error));
  return new ContractError('io', `${path} ${what}: ${reason}`);
}
