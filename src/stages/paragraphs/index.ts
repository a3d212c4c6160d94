/**
 * Stage `paragraphs`: reads the raw text, writes the `paragraphs` layer (spans of non-empty
 * paragraphs, trimmed). Method: when the text has blank lines they separate paragraphs and single
 * line breaks are hard wraps inside one, except before a list item ("- ", "* ", "• ") in a
 * list whose lead-in line ends a sentence (or that opens the paragraph), which opens a paragraph
 * of its own; otherwise every line is a paragraph. Limits: tables become one paragraph per line or
 * block.
 */
import { defineStage } from '../../core/stage.js';
import { splitParagraphs } from './split-paragraphs.js';
import './types.js';

export const paragraphs = () =>
  defineStage({ name: 'paragraphs', assigns: ['paragraphs'], requires: [], run: (doc) => splitParagraphs(doc.text) });
