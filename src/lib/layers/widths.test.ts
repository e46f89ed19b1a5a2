import { describe, expect, it } from 'vitest';
import { computeWidths, widthScale } from './widths';
import { LAYERS } from './registry';
import type { LayerFile } from '$lib/data/schema';

describe('widthScale', () => {
	it('widthScale(max) is a square-root scale: four times the quantity is twice the width above the minimum', () => {
		const s = widthScale(80);
		expect((s(80) - 1.2) / (s(20) - 1.2)).toBeCloseTo(2, 5);
		expect(s(1000)).toBe(11);
	});
});

describe('computeWidths', () => {
	it('computeWidths(pipelines) converts gas bcm/y to oil-equivalent before scaling, and gives legend widths', () => {
		const def = LAYERS.find((l) => l.id === 'pipelines')!;
		const feature = (id: string, value: number, unit: string, kind: string) => ({
			type: 'Feature' as const,
			id,
			properties: {
				name_en: id,
				name_ko: id,
				name_ru: id,
				kind,
				status: 'operational',
				history: [{ date: '2010', status: 'operational', label: 'x' }],
				geometry_precision: 'traced',
				summary: 's',
				figures: [{ key: 'capacity', value, unit }]
			},
			geometry: {
				type: 'LineString' as const,
				coordinates: [
					[0, 0],
					[1, 1]
				]
			}
		});
		const file = {
			type: 'FeatureCollection',
			features: [feature('oil', 36, 'Mt/y', 'oil pipeline'), feature('gas', 40, 'bcm/y', 'gas pipeline')]
		} as unknown as LayerFile;
		const w = computeWidths([{ def, file }]).pipelines!;
		// 40 bcm/y of gas ≈ 36 Mtoe: the same width as 36 Mt/y of oil.
		expect(w.features.gas).toBeCloseTo(w.features.oil, 1);
		expect(w.legend.map(([v]) => v)).toEqual(def.magnitude!.legend);
	});
});
