import { createRequire } from 'node:module';

/**
 * linkedom is loaded on the first page parsed, not at start-up: importing it costs about half a
 * second of CPU, which every command paid even for plain-text input (`dyad code` on one article).
 * `require` keeps the readers synchronous; it resolves linkedom's CommonJS build.
 */
let linkedom: typeof import('linkedom') | undefined;
const requireModule = createRequire(import.meta.url);

/**
 * Text of an HTML fragment with one paragraph per block element, separated by blank lines, and
 * white space inside a paragraph collapsed as a browser would.
 */
const BLOCKS = new Set([
  'P', 'DIV', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE', 'SECTION', 'ARTICLE', 'HEADER',
  'FOOTER', 'TR', 'TABLE', 'UL', 'OL', 'DL', 'DT', 'DD', 'FIGURE', 'FIGCAPTION', 'ASIDE', 'MAIN', 'ADDRESS', 'HR',
]);
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'BUTTON', 'FORM', 'NAV']);

interface NodeLike {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<NodeLike>;
}

/** The part of a parsed page the readers use. linkedom's own typings need the DOM lib, which the product does not load. */
export interface HtmlDocument {
  body: NodeLike;
  querySelector(selector: string): { getAttribute(name: string): string | null } | null;
}

/** Parse an HTML page (or a fragment wrapped as one) into a document the readers can walk. */
export function parseHtmlDocument(html: string): HtmlDocument {
  // linkedom's typings name DOM types that the product's lib leaves out, so its result is typed here.
  linkedom ??= requireModule('linkedom') as typeof import('linkedom');
  const parse = linkedom.parseHTML as (markup: string) => { document: HtmlDocument };
  return parse(html).document;
}

/** Parse a fragment of HTML as the body of an empty page. */
export function parseHtmlFragment(html: string): HtmlDocument {
  return parseHtmlDocument(`<!doctype html><html><body>${html}</body></html>`);
}

export function htmlNodeToText(root: NodeLike): string {
  const paragraphs: string[] = [];
  let current = '';
  const flush = () => {
    const text = current.replace(/\s+/g, ' ').trim();
    if (text) paragraphs.push(text);
    current = '';
  };
  const walk = (node: NodeLike) => {
    if (node.nodeType === 3) {
      current += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const name = node.nodeName.toUpperCase();
    if (SKIPPED.has(name)) return;
    if (name === 'BR') {
      flush();
      return;
    }
    const block = BLOCKS.has(name);
    if (block) flush();
    for (let i = 0; i < node.childNodes.length; i++) walk(node.childNodes[i]);
    if (block) flush();
  };
  walk(root);
  flush();
  return paragraphs.join('\n\n');
}
