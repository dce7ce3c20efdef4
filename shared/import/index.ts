// The importers and the merge planner, for the core and the command line.
export { parseFactmarkExport } from './factmark';
export { parseW3cAnnotations, type W3cImportOptions } from './w3c';
export { parseBrat, parseBratConf, type BratConf } from './brat';
export { parseDoccanoLines } from './doccano';
export { parseLabelStudioTasks } from './label-studio';
export {
  planMerge,
  type MergeConflict,
  type MergeIncoming,
  type MergeLibrary,
  type MergePlan,
} from './merge';
export { blocksFromText } from './blocks-from-text';
export { ImportError } from './errors';
export type { ImportedAnnotations, ImportedDocument, ImportOptions } from './types';
