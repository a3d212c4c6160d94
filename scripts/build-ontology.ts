/**
 * `npm run build:ontology`: check the PLOVER ontology data (`src/ontology/plover.json`) and
 * write it as the TypeScript module `src/ontology/plover.ts` that the events stage, the themes
 * stage, the API and the store read (literal types need a module, not a JSON file read at run
 * time). `src/ontology/plover.test.ts` fails when the module is out of date.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../src/core/assets.js';
import { ontologyModule, ontologyProblems, type OntologyData } from './ontology-module.js';

const dir = join(packageRoot(), 'src', 'ontology');
const data = JSON.parse(readFileSync(join(dir, 'plover.json'), 'utf8')) as OntologyData;
const problems = ontologyProblems(data);
if (problems.length) {
  console.error(`src/ontology/plover.json:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
writeFileSync(join(dir, 'plover.ts'), ontologyModule(data));
console.log(`src/ontology/plover.ts: ${Object.keys(data.events).length} event types, ${data.contexts.length} contexts`);
