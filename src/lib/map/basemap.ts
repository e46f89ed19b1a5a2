/**
 * The embedded basemap: Natural Earth land and borders (scripts/build-basemap.ts) and our own place
 * labels, drawn with self-hosted Noto Sans through the style's `font-faces`
 * (https://maplibre.org/maplibre-style-spec/root/#font-faces), so no tile or glyph server is needed.
 * It recedes on purpose: warm grey land, pale sea, thin dark borders, a dashed inter-Korean line.
 */
import type { ExpressionSpecification, StyleSpecification } from 'maplibre-gl';
import type { Lang } from '$lib/data/vocab';

export const NATURAL_EARTH =
	'<a href="https://www.naturalearthdata.com/" target="_blank" rel="noopener noreferrer">Natural Earth</a> (public domain) · project data: see Sources';

/** Russia, the two Koreas: the countries the atlas is about are drawn a shade warmer. */
const FOCUS = ['643', '410', '408'];

export const labelField = (lang: Lang): ExpressionSpecification => [
	'coalesce',
	['get', `name_${lang}`],
	['get', 'name_en']
];

/** `fontFaces` is static/fonts/font-faces.json (made by scripts/copy-fonts.ts). */
export function embeddedStyle(lang: Lang, fontFaces: StyleSpecification['font-faces'] = {}): StyleSpecification {
	return {
		version: 8,
		name: 'Embedded Natural Earth basemap',
		'font-faces': fontFaces,
		sources: {
			countries: { type: 'geojson', data: '/basemap/countries.geojson', attribution: NATURAL_EARTH },
			borders: { type: 'geojson', data: '/basemap/borders.geojson' },
			places: { type: 'geojson', data: '/geo/places.geojson' }
		},
		layers: [
			{ id: 'sea', type: 'background', paint: { 'background-color': '#dbe6ec' } },
			{
				id: 'land',
				type: 'fill',
				source: 'countries',
				paint: {
					'fill-color': ['match', ['get', 'iso'], FOCUS, '#ece8e1', '#f3f1ed'],
					'fill-outline-color': '#b7c4cc'
				}
			},
			{
				id: 'coast',
				type: 'line',
				source: 'countries',
				paint: { 'line-color': '#a9bac4', 'line-width': ['interpolate', ['linear'], ['zoom'], 3, 0.4, 9, 1] }
			},
			{
				id: 'border',
				type: 'line',
				source: 'borders',
				filter: ['==', ['get', 'kind'], 'international'],
				layout: { 'line-join': 'round' },
				paint: { 'line-color': '#6e6e6e', 'line-width': ['interpolate', ['linear'], ['zoom'], 3, 0.6, 9, 1.4] }
			},
			{
				id: 'border-mdl',
				type: 'line',
				source: 'borders',
				filter: ['==', ['get', 'kind'], 'mdl'],
				paint: {
					'line-color': '#4a4a4a',
					'line-width': ['interpolate', ['linear'], ['zoom'], 3, 0.8, 9, 1.8],
					'line-dasharray': [3, 2]
				}
			},
			{
				id: 'label-sea',
				type: 'symbol',
				source: 'places',
				filter: ['match', ['get', 'kind'], ['sea', 'bay', 'strait', 'lake'], true, false],
				layout: {
					'text-field': labelField(lang),
					'text-font': ['Noto Sans Italic'],
					'text-size': ['match', ['get', 'kind'], 'sea', 14, 11],
					'text-letter-spacing': 0.18,
					'text-max-width': 8
				},
				paint: { 'text-color': '#5d7d92', 'text-halo-color': 'rgba(219,230,236,0.8)', 'text-halo-width': 1 }
			},
			{
				id: 'label-region',
				type: 'symbol',
				source: 'places',
				minzoom: 5,
				filter: ['==', ['get', 'kind'], 'region'],
				layout: {
					'text-field': labelField(lang),
					'text-font': ['Noto Sans Regular'],
					'text-size': 11,
					'text-letter-spacing': 0.12,
					'text-transform': 'uppercase',
					'text-max-width': 8
				},
				paint: { 'text-color': '#9a948a', 'text-halo-color': '#f3f1ed', 'text-halo-width': 1 }
			},
			{
				id: 'label-country',
				type: 'symbol',
				source: 'places',
				filter: ['==', ['get', 'kind'], 'country'],
				layout: {
					'text-field': labelField(lang),
					'text-font': ['Noto Sans Bold'],
					'text-size': 13,
					'text-letter-spacing': 0.2,
					'text-transform': 'uppercase',
					'text-max-width': 8
				},
				paint: { 'text-color': '#8d877d', 'text-halo-color': '#f3f1ed', 'text-halo-width': 1.2 }
			},
			{
				id: 'label-city-dot',
				type: 'circle',
				source: 'places',
				filter: ['match', ['get', 'kind'], ['capital', 'city', 'port', 'town'], true, false],
				minzoom: 3,
				paint: {
					'circle-radius': ['match', ['get', 'rank'], 1, 3.2, 2, 2.6, 2],
					'circle-color': '#4d4d4d',
					'circle-stroke-color': '#fff',
					'circle-stroke-width': 1,
					'circle-opacity': [
						'step',
						['zoom'],
						['case', ['<=', ['get', 'rank'], 2], 1, 0],
						5,
						['case', ['<=', ['get', 'rank'], 3], 1, 0],
						6.5,
						1
					],
					'circle-stroke-opacity': [
						'step',
						['zoom'],
						['case', ['<=', ['get', 'rank'], 2], 1, 0],
						5,
						['case', ['<=', ['get', 'rank'], 3], 1, 0],
						6.5,
						1
					]
				}
			},
			{
				id: 'label-city',
				type: 'symbol',
				source: 'places',
				filter: [
					'all',
					['match', ['get', 'kind'], ['capital', 'city', 'port', 'town'], true, false],
					['<=', ['get', 'rank'], ['step', ['zoom'], 2, 5, 3, 6.5, 4]]
				],
				layout: {
					'text-field': labelField(lang),
					'text-font': [
						'match',
						['get', 'rank'],
						1,
						['literal', ['Noto Sans Bold']],
						['literal', ['Noto Sans Regular']]
					],
					'text-size': ['match', ['get', 'rank'], 1, 14, 2, 12.5, 3, 11.5, 10.5],
					'text-variable-anchor': ['top-left', 'bottom-left', 'top-right', 'bottom-right'],
					'text-radial-offset': 0.45,
					'text-max-width': 9,
					'symbol-sort-key': ['get', 'rank']
				},
				paint: { 'text-color': '#333333', 'text-halo-color': 'rgba(255,255,255,0.9)', 'text-halo-width': 1.3 }
			}
		]
	};
}

/** Ids of the basemap's label layers, whose text follows the interface language. */
export const LABEL_LAYERS = ['label-sea', 'label-region', 'label-country', 'label-city'];
