import { extname } from 'node:path';
import type { Format } from './types.js';

const BY_EXTENSION: Record<string, Format> = {
  '.txt': 'text', '.text': 'text', '.jsonl': 'jsonl', '.ndjson': 'jsonl', '.html': 'html', '.htm': 'html',
  '.xhtml': 'html', '.rss': 'feed', '.atom': 'feed', '.sgm': 'reuters', '.sgml': 'reuters',
};

/** Extensions read when walking a folder; anything else there is passed over. */
export const KNOWN_EXTENSIONS = new Set([...Object.keys(BY_EXTENSION), '.xml']);

/**
 * The format of an input, from its first bytes (which win over a misleading extension for
 * markup), then its extension; plain text when nothing else fits.
 */
export function detectFormat(location: string, head: string): Format {
  const start = head.replace(/^\uFEFF/, '').trimStart().slice(0, 2000).toLowerCase();
  if (start.startsWith('<!doctype lewis') || start.startsWith('<reuters')) return 'reuters';
  if (/^(?:<\?xml[^>]*>\s*(?:<!--[\s\S]*?-->\s*)*)?<(?:rss|feed|rdf:rdf)\b/.test(start)) return 'feed';
  if (/^(?:<!doctype html|<html|<head|<body|<article)/.test(start)) return 'html';
  const byExtension = BY_EXTENSION[extname(location.replace(/[?#].*$/, '')).toLowerCase()];
  if (byExtension && byExtension !== 'text') return byExtension;
  if (start.startsWith('{') && /^\{[^\n]*\}\s*(?:\n|$)/.test(start)) return 'jsonl';
  return 'text';
}
