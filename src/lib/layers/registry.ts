/**
 * The six layers, as data. Adding a layer means adding a definition here, its
 * static/geo/<id>.geojson and its notes/<id>.md; no component changes.
 */
import type { Lang, LayerId } from '$lib/data/vocab';
import type { Figure } from '$lib/data/schema';

export interface Magnitude {
	/** Which figure drives line width. */
	key: Figure['key'];
	/** The common unit widths are computed in, shown in the legend. */
	unit: string;
	/** Converts a feature's figure to the common unit, or null if it cannot. */
	convert: (f: Figure, kind: string) => number | null;
	/** Reference values the legend draws. */
	legend: number[];
	/** Largest value the width scale expects. */
	max: number;
	label: Record<Lang, string>;
}

export interface LayerDef {
	id: LayerId;
	title: Record<Lang, string>;
	/** The book chapter the layer follows. */
	chapter: number;
	magnitude?: Magnitude;
}

/**
 * Pipelines compare in energy terms: 1 bcm of gas ≈ 0.9 Mtoe and 1 Mt of LNG ≈ 1.2 Mtoe (BP Statistical
 * Review conversion factors); crude oil is counted 1 Mt ≈ 1 Mtoe.
 */
const toMtoe = (f: Figure, kind: string): number | null => {
	const v = f.value_max ?? f.value;
	if (f.unit === 'bcm/y') return v * 0.9;
	if (f.unit === 'Mt/y') return kind.startsWith('LNG') ? v * 1.2 : v;
	return null;
};

const toUsdMillion = (f: Figure): number | null => {
	const v = f.value_max ?? f.value;
	if (f.unit === 'USD million') return v;
	if (f.unit === 'USD billion') return v * 1000;
	return null;
};

export const LAYERS: LayerDef[] = [
	{ id: 'rail', chapter: 4, title: { en: 'Rail corridors', ko: '철도 회랑', ru: 'Железнодорожные коридоры' } },
	{
		id: 'pipelines',
		chapter: 3,
		title: { en: 'Pipelines', ko: '파이프라인', ru: 'Трубопроводы' },
		magnitude: {
			key: 'capacity',
			unit: 'Mtoe/y',
			convert: toMtoe,
			legend: [10, 40, 80],
			max: 80,
			label: { en: 'Capacity (oil-equivalent)', ko: '수송 능력 (석유 환산)', ru: 'Мощность (нефт. экв.)' }
		}
	},
	{ id: 'fez', chapter: 5, title: { en: 'Nakhodka FEZ', ko: '나홋카 자유경제구역', ru: 'СЭЗ «Находка»' } },
	{ id: 'fishing', chapter: 6, title: { en: 'Fishing zones', ko: '어업 수역', ru: 'Районы рыболовства' } },
	{
		id: 'arms',
		chapter: 7,
		title: { en: 'Arms trade', ko: '무기 거래', ru: 'Торговля оружием' },
		magnitude: {
			key: 'value',
			unit: 'USD million',
			convert: toUsdMillion,
			legend: [100, 500],
			max: 600,
			label: { en: 'Transfer value', ko: '이전 금액', ru: 'Стоимость поставок' }
		}
	},
	{ id: 'dprk', chapter: 8, title: { en: 'North Korea factor', ko: '북한 요인', ru: 'Фактор КНДР' } }
];

export const layerById = (id: string) => LAYERS.find((l) => l.id === id);
export const geoUrl = (id: LayerId) => `/geo/${id}.geojson`;
