import type { Command } from 'commander';
import type { Document } from '../core/document.js';
import { createPipeline, type Pipeline } from '../core/pipeline.js';
import { defaultStages } from '../pipeline.js';
import type { Format } from '../readers/types.js';
import { dates } from '../stages/dates/index.js';
import type { DateMention } from '../stages/dates/types.js';
import { places } from '../stages/places/index.js';
import type { Place } from '../stages/places/types.js';
import { formatOption, jsonOption } from './options.js';
import { annotateInputs } from './annotate-inputs.js';

type Layer = 'places' | 'dates';

/** `dyad places <article>` and `dyad dates <article>`: each mention, its resolution and why. */
export function register(program: Command): void {
  program
    .command('places')
    .description('geocode the places an article names: GeoNames place or country, coordinates, confidence and why')
    .argument('<inputs...>', 'files, folders, globs, http(s) URLs, or - for stdin')
    .addOption(formatOption())
    .addOption(jsonOption())
    .action((inputs: string[], opts: { format?: Format; json?: boolean }) => show('places', inputs, opts));
  program
    .command('dates')
    .description('normalise the dates an article names against its publication date (ISO 8601)')
    .argument('<inputs...>', 'files, folders, globs, http(s) URLs, or - for stdin')
    .addOption(formatOption())
    .addOption(jsonOption())
    .action((inputs: string[], opts: { format?: Format; json?: boolean }) => show('dates', inputs, opts));
}

async function show(layer: Layer, inputs: string[], opts: { format?: Format; json?: boolean }): Promise<void> {
  const { pipeline, note } = pipelineFor(layer);
  if (note && !opts.json) process.stderr.write(`note: ${note}\n`);
  for await (const doc of annotateInputs(inputs, pipeline, opts.format)) {
    if (opts.json) process.stdout.write(JSON.stringify(layer === 'places' ? placesJson(doc) : datesJson(doc)) + '\n');
    else process.stdout.write(layer === 'places' ? formatPlaces(doc) : formatDates(doc));
  }
}

/** The default pipeline, plus this command's stage when the default does not run it yet. */
function pipelineFor(layer: Layer): { pipeline: Pipeline; note?: string } {
  const stages = defaultStages();
  if (stages.some((stage) => stage.name === layer)) return { pipeline: createPipeline(stages) };
  if (layer === 'dates') return { pipeline: createPipeline([...stages, dates()]) };
  if (stages.some((stage) => stage.name === 'entities')) return { pipeline: createPipeline([...stages, places()]) };
  return {
    pipeline: createPipeline([...stages, places({ mentions: 'names' })]),
    note: 'no entity stage in this build: place names are found by gazetteer lookup of capitalised words',
  };
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
  const published = doc.layers.dateline?.published ?? doc.meta.date ?? 'no publication date';
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
