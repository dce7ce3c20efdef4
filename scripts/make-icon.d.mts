// Types for make-icon.mjs (a plain Node script, imported by its test).
export const SIZE: number;
export function drawIcon(): Buffer;
export function encodePng(rgba: Buffer, width: number, height: number): Buffer;
