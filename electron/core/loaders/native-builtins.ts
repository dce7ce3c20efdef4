// Keeps the process's own JSON and Array.prototype.push after pdfjs-dist loads. Its legacy
// build (the one for Node) carries core-js polyfills that replace them, process-wide, with
// JavaScript versions: after the first PDF, JSON.stringify ran about 15× slower (a 10,000-claim
// export: 1.5 s instead of 50 ms) and push about 3×, in every export, save and host answer.

/** The built-ins as they were before any PDF: this module loads before pdfjs-dist does. */
const NATIVE = {
  parse: JSON.parse,
  stringify: JSON.stringify,
  push: Array.prototype.push,
};

/** Puts the built-ins back if a library replaced them; cheap enough to call after every PDF. */
export function restoreNativeBuiltins(): void {
  if (JSON.parse !== NATIVE.parse) JSON.parse = NATIVE.parse;
  if (JSON.stringify !== NATIVE.stringify) JSON.stringify = NATIVE.stringify;
  if (Array.prototype.push !== NATIVE.push) {
    Object.defineProperty(Array.prototype, 'push', {
      value: NATIVE.push,
      writable: true,
      enumerable: false,
      configurable: true,
    });
  }
}
