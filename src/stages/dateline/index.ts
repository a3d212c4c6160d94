/**
 * Stage `dateline`: reads `paragraphs` and the reader's metadata, writes the `dateline` layer:
 * publication date, dateline place, agency, headline, section headings and the body span.
 * Method: anchored patterns for agency datelines (`MOSCOW, June 26. /TASS/.`,
 * `WASHINGTON, March 3 -`, `PARIS (Reuters) -`, `LONDON (AP) —`), Wikinews date lines, and
 * shape rules for headlines and headings. A dateline date without a year takes the year that puts
 * it closest before the publication date. Limits: datelines in mixed case (`Moscow, June 26`) are
 * not recognised, to keep ordinary first sentences out.
 */
import { defineStage } from '../../core/stage.js';
import '../paragraphs/types.js';
import { readDateline } from './read-dateline.js';
import './types.js';

export const dateline = () =>
  defineStage({
    name: 'dateline',
    assigns: ['dateline'],
    requires: ['paragraphs'],
    run: (doc, ctx) => readDateline(doc, doc.layers.paragraphs, ctx),
  });
