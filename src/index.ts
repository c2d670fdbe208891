/** Public API: the pure extractor, its types, and the writers. */
export { extract } from './extract.js';
export type * from './types.js';
