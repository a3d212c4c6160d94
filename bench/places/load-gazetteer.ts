/** Child process of bench.ts: load the gazetteer and the theme lexicon in a fresh process and print what it cost. */
import { loadGazetteer } from '../../src/stages/places/gazetteer.js';
import { loadThemeLexicon } from '../../src/stages/themes/lexicon.js';

const gc = (globalThis as { gc?: () => void }).gc;
gc?.();
const before = process.memoryUsage();
let started = performance.now();
const gazetteer = loadGazetteer();
const gazetteerMs = performance.now() - started;
gc?.();
const after = process.memoryUsage();
started = performance.now();
loadThemeLexicon();
const lexiconMs = performance.now() - started;
process.stdout.write(JSON.stringify({
  gazetteerMs,
  gazetteerHeapMb: (after.heapUsed - before.heapUsed) / 2 ** 20,
  gazetteerRssMb: (after.rss - before.rss) / 2 ** 20,
  names: gazetteer.size,
  lexiconMs,
}));
