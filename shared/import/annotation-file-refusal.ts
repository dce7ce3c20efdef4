// An annotation file opened as an article is refused with what it is, the format as data: the
// host's loader and the renderer's fake host say the same.
import { ContractError } from '../contract/result';
import { formatName, recogniseFormat } from './recognise';

/** Throws `bad-source` naming the format when `text` (of the file `name`) is annotations. */
export function refuseAnnotationFile(text: string, name: string): void {
  const format = recogniseFormat(text);
  if (format === null) return;
  throw new ContractError(
    'bad-source',
    `${name}: this is a ${formatName(format)} file of annotations, not an article`,
    undefined,
    format,
  );
}
