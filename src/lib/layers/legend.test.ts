import { describe, expect, it } from 'vitest';
import type { LayerFeature } from '$lib/data/schema';
import type { Kind, Status } from '$lib/data/vocab';
import { layerSummary } from './legend';

const f = (id: string, kind: Kind, steps: [string, Status][], context = false) =>
	({
		type: 'Feature',
		id,
		geometry: { type: 'Point', coordinates: [131, 43] },
		properties: { kind, context, history: steps.map(([date, status]) => ({ date, status })) }
	}) as unknown as LayerFeature;

const features = [
	f('a', 'gas pipeline', [
		['1995', 'proposed'],
		['2009', 'operational']
	]),
	f('b', 'oil pipeline', [
		['2006', 'under construction'],
		['2012', 'operational']
	]),
	f('c', 'port', [['2014', 'proposed']]),
	f('bam', 'rail line', [['1984', 'operational']], true)
];

describe('layerSummary', () => {
	it('counts what the map shows in a year, with the filter, context lines included', () => {
		expect(layerSummary('pipelines', features, 2000, 'all').count).toBe(2);
		expect(layerSummary('pipelines', features, 2020, 'all').count).toBe(4);
		expect(layerSummary('pipelines', features, 2020, 'operational').count).toBe(3);
		expect(layerSummary('pipelines', features, 2020, 'suspended').count).toBe(0);
	});

	it('lists the statuses of the layer’s own features in legend order, not the context line’s', () => {
		expect(layerSummary('pipelines', features, 2007, 'all').present).toEqual(['proposed', 'under construction']);
		// Only the BAM is operational in 1990, and it is a context line.
		expect(layerSummary('pipelines', features, 1990, 'all').present).toEqual([]);
		expect(layerSummary('pipelines', features, 1990, 'all').hasContext).toBe(true);
	});

	it('gives energy kinds for pipelines only', () => {
		expect(layerSummary('pipelines', features, 2020, 'all').kinds).toEqual(['gas pipeline', 'oil pipeline']);
		expect(layerSummary('rail', features, 2020, 'all').kinds).toEqual([]);
		expect(layerSummary('rail', features.slice(0, 3), 2020, 'all').hasContext).toBe(false);
	});
});
