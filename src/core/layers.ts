/**
 * The layer registry. Each stage adds its key by declaration merging, like vfile's `DataMap`:
 *
 * ```ts
 * declare module '../../core/layers.js' { interface Layers { tokens: Token[] } }
 * ```
 *
 * Layers are plain JSON data (no classes, Maps or Dates) so the store, the API and fixtures
 * share one shape.
 */
// Empty here on purpose: stages fill it by declaration merging.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface Layers {}

/** The name of a registered layer. */
export type LayerName = Extract<keyof Layers, string>;
