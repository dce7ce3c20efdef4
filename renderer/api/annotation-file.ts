// An annotation export opened as an article: the host refuses it, naming the format it
// recognised; the refusal keeps the file the page read, so it can be imported instead.
import { ContractError } from '../../shared/contract/result';

/** A file's name and bytes as the contract carries them. */
export interface EncodedFile {
  fileName: string;
  dataBase64: string;
}

export class AnnotationFileRefusal extends ContractError {
  constructor(
    refusal: ContractError,
    override readonly format: string,
    readonly file: EncodedFile,
  ) {
    super(refusal.code, refusal.message, refusal.host, format);
  }
}

/** `error` with `file` kept, when it is the refusal of an annotation file; else `error`. */
export function withRefusedFile(error: unknown, file: EncodedFile): unknown {
  if (error instanceof ContractError && error.format) {
    return new AnnotationFileRefusal(error, error.format, file);
  }
  return error;
}
