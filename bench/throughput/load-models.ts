/**
 * Child process of the throughput bench: how long each asset takes to load in a fresh process,
 * in wall and CPU milliseconds (JSON on stdout). CPU time is the steadier figure on a shared machine.
 */
import { loadKb } from '../../src/stages/actors/kb.js';
import { loadParser } from '../../src/stages/deps/deps-model.js';
import { loadModel } from '../../src/stages/entities/model.js';
import { loadLexicon } from '../../src/stages/events/lexicon.js';
import { loadGazetteer } from '../../src/stages/places/gazetteer.js';
import { loadPosModel } from '../../src/stages/pos/pos-model.js';
import { loadThemeLexicon } from '../../src/stages/themes/lexicon.js';

const loaders: Record<string, () => unknown> = {
  'pos (models/syntax/pos.bin)': loadPosModel,
  'deps (models/syntax/deps.bin)': loadParser,
  'entities (models/entities/ner.bin.gz)': () => loadModel(),
  'actors (models/actors/kb.bin)': loadKb,
  'places (models/places/gazetteer.tsv)': loadGazetteer,
  'themes (models/themes/phoenix-lexicon.tsv)': loadThemeLexicon,
  'events (models/events/lexicon.json)': loadLexicon,
};
const ms: Record<string, number> = {};
const cpuMs: Record<string, number> = {};
for (const [name, load] of Object.entries(loaders)) {
  const started = performance.now();
  const cpu = process.cpuUsage();
  load();
  const spent = process.cpuUsage(cpu);
  ms[name] = performance.now() - started;
  cpuMs[name] = (spent.user + spent.system) / 1000;
}
process.stdout.write(JSON.stringify({ ms, cpuMs, rssMb: process.memoryUsage().rss / 2 ** 20 }));
