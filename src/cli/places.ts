import type { Command } from 'commander';
import { articleDate } from '../core/days.js';
import type { Document } from '../core/document.js';
import { stagesFor } from '../core/spec.js';
import type { Format } from '../readers/types.js';
import type { DateMention } from '../stages/dates/types.js';
import { places } from '../stages/places/index.js';
import type { Place } from '../stages/places/types.js';
import { annotateInputs } from './annotate-inputs.js';
import { formatOption, jsonOption } from './options.js';
import { commandPipeline, pipelineOption } from './pipeline-option.js';

type Layer = 'places' | 'dates';

/** `dyad places <article>` and `dyad dates <article>`: each mention, its resolution and why. */
export function register(program: Command): void {
  program
    .command('places')
    .description('geocode the places an article names: GeoNames place or country, coordinates, confidence and why')
    .argument('<inputs...>', 'files, folders, globs, http(s) URLs, or - for stdin')
    .addOption(formatOption())
    .addOption(jsonOption())
    .addOption(pipelineOption())
    .option('--names', 'find place names by gazetteer lookup of capitalised words instead of the entity recogniser', false)
    .action((inputs: string[], opts: Options) => show('places', inputs, opts));
  program
    .command('dates')
    .description('normalise the dates an article names against its publication date (ISO 8601)')
    .argument('<inputs...>', 'files, folders, globs, http(s) URLs, or - for stdin')
    .addOption(formatOption())
    .addOption(jsonOption())
    .addOption(pipelineOption())
    .action((inputs: string[], opts: Options) => show('dates', inputs, opts));
}

interface Options {
  readonly format?: Format;
  readonly json?: boolean;
  readonly names?: boolean;
  readonly pipeline?: string;
}

async function show(layer: Layer, inputs: string[], opts: Options): Promise<void> {
  // The stages the layer needs (later ones would only cost time); `--names` swaps the entity
  // recogniser for gazetteer lookup of capitalised words, on the stages up to tokens.
  const pipeline = await commandPipeline(opts.pipeline, {
    command: `dyad ${layer}`,
    layers: [layer],
    ...(opts.names ? { select: (stages) => [...stagesFor(stages, ['tokens']), places({ mentions: 'names' })] } : {}),
  });
  for await (const doc of annotateInputs(inputs, pipeline, opts.format)) {
    if (opts.json) process.stdout.write(JSON.stringify(layer === 'places' ? placesJson(doc) : datesJson(doc)) + '\n');
    else process.stdout.write(layer === 'places' ? formatPlaces(doc) : formatDates(doc));
  }
}

/** `dyad places --json`: one array per article. */
export function placesJson(doc: Document): Record<string, unknown>[] {
  return (doc.layers.places ?? []).map((p) => ({
    text: doc.text.slice(p.start, p.end),
    start: p.start,
    end: p.end,
    name: p.name,
    geonameid: p.geonameid ?? null,
    country: p.country ?? null,
    admin1: p.admin1 ?? null,
    lat: p.lat ?? null,
    lon: p.lon ?? null,
    kind: p.kind,
    confidence: p.confidence,
    why: p.why,
    ...(p.role && { role: p.role }),
    ...(p.countries && { countries: p.countries }),
  }));
}

/** `dyad dates --json`: one array per article. */
export function datesJson(doc: Document): Record<string, unknown>[] {
  return (doc.layers.dates ?? []).map((d) => ({
    text: doc.text.slice(d.start, d.end),
    start: d.start,
    end: d.end,
    type: d.type,
    value: d.value,
    granularity: d.granularity,
    ...(d.relative && { relative: true }),
    ...(d.background && { background: true }),
    ...(d.why && { why: d.why }),
  }));
}

function heading(doc: Document, count: number, what: string): string {
  const published = articleDate(doc) ?? 'no publication date';
  return `${doc.meta.sourceId ?? doc.id}  ${doc.meta.title ?? doc.meta.origin.location}\n  ${count} ${what}, published ${published}${doc.layers.dateline?.placeName ? `, dateline ${doc.layers.dateline.placeName}` : ''}\n`;
}

export function formatPlaces(doc: Document): string {
  const list: readonly Place[] = doc.layers.places ?? [];
  const lines = list.map((p) => {
    const where = [p.country ?? p.countries?.join('/') ?? '—', p.admin1].filter(Boolean).join(', ');
    const at = p.lat !== undefined ? `  ${p.lat.toFixed(2)}, ${p.lon!.toFixed(2)}` : '';
    const id = p.geonameid !== undefined ? `  geonames:${p.geonameid}` : '';
    return `  ${doc.text.slice(p.start, p.end)} [${p.start},${p.end})${p.role ? ` (${p.role})` : ''} → ${p.name} (${p.kind}; ${where})${at}${id}  confidence ${p.confidence.toFixed(2)}\n      why: ${p.why}`;
  });
  const unresolved = doc.diagnostics.filter((d) => d.ruleId === 'places/unknown-name').map((d) => `  ? ${d.reason}`);
  return heading(doc, list.length, 'places') + [...lines, ...unresolved].join('\n') + '\n\n';
}

export function formatDates(doc: Document): string {
  const list: readonly DateMention[] = doc.layers.dates ?? [];
  const lines = list.map((d) => {
    const flags = [d.relative && 'relative', d.background && 'background'].filter(Boolean).join(', ');
    return `  ${doc.text.slice(d.start, d.end)} [${d.start},${d.end}) → ${d.value} (${d.type}, ${d.granularity}${flags ? `; ${flags}` : ''})${d.why ? `\n      why: ${d.why}` : ''}`;
  });
  return heading(doc, list.length, 'dates') + lines.join('\n') + '\n\n';
}
