/**
 * MapLibre style layers for one project layer, built from the shared scales.
 * Spec: https://maplibre.org/maplibre-style-spec/layers/ — expressions read the flat properties made
 * by prepare.ts; hover and selection are feature-state (https://maplibre.org/maplibre-style-spec/expressions/#feature-state)
 * so that highlighting never rewrites data.
 */
import type { DataDrivenPropertyValueSpecification, ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { STATUSES } from '$lib/data/vocab';
import { statusStyle } from './palette';

export type LayerSpec = Exclude<LayerSpecification, { type: 'background' }> & { source: string };

/** Per-status dash pattern, from the one status scale the legend also uses. */
export function dashExpression(): DataDrivenPropertyValueSpecification<number[]> {
	const cases = STATUSES.flatMap((s) => [s, ['literal', statusStyle(s).dash]]);
	return ['match', ['get', 'st'], ...cases, ['literal', [1, 0]]] as unknown as ExpressionSpecification;
}

/** Width grows with zoom so the Far East reads at zoom 4 and at zoom 10. */
export const zoomWidth = (w: ExpressionSpecification | number, extra = 0): ExpressionSpecification => [
	'interpolate',
	['exponential', 1.4],
	['zoom'],
	3,
	['+', extra * 0.6, ['*', 0.5, w]],
	7,
	['+', extra, w],
	11,
	['+', extra * 1.4, ['*', 1.8, w]]
];

const hovered: ExpressionSpecification = ['boolean', ['feature-state', 'hover'], false];
const selected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];
const isLine: ExpressionSpecification = ['==', ['geometry-type'], 'LineString'];
const isPolygon: ExpressionSpecification = ['==', ['geometry-type'], 'Polygon'];
const isPoint: ExpressionSpecification = ['==', ['geometry-type'], 'Point'];
/** Schematic geometry is drawn lighter, so an approximate line never looks surveyed. */
const opacity: ExpressionSpecification = ['*', ['get', 'o'], ['case', ['==', ['get', 'prec'], 'schematic'], 0.75, 1]];

export function layerSpecs(id: string): LayerSpec[] {
	const src = id;
	return [
		{
			id: `${id}-fill`,
			type: 'fill',
			source: src,
			filter: isPolygon,
			paint: {
				'fill-color': ['get', 'c'],
				'fill-opacity': [
					'case',
					selected,
					['+', ['get', 'fo'], 0.15],
					hovered,
					['+', ['get', 'fo'], 0.1],
					['get', 'fo']
				]
			}
		},
		{
			id: `${id}-halo`,
			type: 'line',
			source: src,
			filter: ['any', isLine, isPolygon],
			layout: { 'line-cap': 'round', 'line-join': 'round' },
			paint: {
				'line-color': ['get', 'c'],
				'line-width': zoomWidth(['get', 'w'], 9),
				'line-blur': 2,
				'line-opacity': ['case', selected, 0.38, hovered, 0.22, 0]
			}
		},
		{
			id: `${id}-casing`,
			type: 'line',
			source: src,
			filter: isLine,
			layout: { 'line-cap': 'round', 'line-join': 'round' },
			paint: {
				'line-color': '#ffffff',
				'line-width': zoomWidth(['get', 'w'], 2),
				'line-opacity': ['*', 0.7, ['get', 'o']]
			}
		},
		{
			id: `${id}-outline`,
			type: 'line',
			source: src,
			filter: isPolygon,
			layout: { 'line-join': 'round' },
			paint: {
				'line-color': ['get', 'c'],
				'line-width': ['interpolate', ['linear'], ['zoom'], 3, 1, 9, 2],
				'line-opacity': opacity,
				'line-dasharray': dashExpression()
			}
		},
		{
			id: `${id}-line`,
			type: 'line',
			source: src,
			filter: isLine,
			layout: { 'line-join': 'round' },
			paint: {
				'line-color': ['get', 'c'],
				'line-width': zoomWidth(['get', 'w']),
				'line-opacity': opacity,
				'line-dasharray': dashExpression()
			}
		},
		{
			id: `${id}-subsea`,
			type: 'line',
			source: src,
			filter: ['all', isLine, ['==', ['get', 'sub'], true]],
			paint: {
				'line-color': '#ffffff',
				'line-width': zoomWidth(['*', 0.35, ['get', 'w']]),
				'line-dasharray': [2, 2]
			}
		},
		{
			id: `${id}-point-halo`,
			type: 'circle',
			source: src,
			filter: isPoint,
			paint: {
				'circle-color': ['get', 'c'],
				'circle-radius': ['interpolate', ['linear'], ['zoom'], 3, 9, 10, 15],
				'circle-blur': 0.6,
				'circle-opacity': ['case', selected, 0.45, hovered, 0.3, 0]
			}
		},
		{
			id: `${id}-point`,
			type: 'circle',
			source: src,
			filter: isPoint,
			paint: {
				'circle-color': ['get', 'c'],
				'circle-radius': ['interpolate', ['linear'], ['zoom'], 3, 3.5, 7, 5, 10, 7],
				'circle-stroke-color': '#ffffff',
				'circle-stroke-width': 1.5,
				'circle-opacity': ['get', 'o'],
				'circle-stroke-opacity': ['get', 'o']
			}
		},
		{
			id: `${id}-label`,
			type: 'symbol',
			source: src,
			minzoom: 5.5,
			filter: ['any', isPoint, isPolygon],
			layout: {
				'text-field': ['get', 'name'],
				'text-font': ['Noto Sans Regular'],
				'text-size': ['interpolate', ['linear'], ['zoom'], 5.5, 10.5, 10, 13],
				'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
				'text-radial-offset': 0.8,
				'text-max-width': 10,
				'text-optional': true
			},
			paint: {
				'text-color': ['get', 'c'],
				'text-halo-color': 'rgba(255,255,255,0.92)',
				'text-halo-width': 1.4
			}
		}
	];
}

/** The layers that answer hover and click, in top-to-bottom priority. */
export const interactiveLayerIds = (id: string) => [`${id}-point`, `${id}-line`, `${id}-outline`, `${id}-fill`];
