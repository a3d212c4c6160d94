import type { Span } from '../../core/span.js';

declare module '../../core/layers.js' {
  interface Layers {
    /** Non-empty paragraphs, trimmed of surrounding white space. */
    paragraphs: Span[];
  }
}
