/**
 * Corridor comparison: overland through North Korea against the sea (book ch. 4). Each route is a
 * list of legs cut from the rail layer's own geometries (turf lineSlice between named nodes) and from
 * the connector and sea-lane lines of static/geo/corridors.json (rail legs scaled to their line's
 * published length, see lengthFactor); its time is distance ÷ the speed
 * parameter of each leg plus the dwell parameters at transshipments, gauge changes and borders.
 * Every number comes from the parameters, which the reader can edit.
 */
import length from '@turf/length';
import lineSlice from '@turf/line-slice';
import { point } from '@turf/helpers';
import type { Feature, LineString, MultiLineString, Position } from 'geojson';
import type { Citation, Figure } from '$lib/data/schema';
import { publishedLengthKm } from '$lib/data/geometry';

export interface CorridorNode {
	name: string;
	lon: number;
	lat: number;
}
export interface Connector {
	id: string;
	mode: 'sea' | 'rail';
	from: string;
	to: string;
	coordinates: Position[];
	precision: string;
	note: string;
	source?: string;
}
export interface Parameter {
	id: string;
	label: string;
	value: number;
	unit: string;
	min?: number;
	max?: number;
	source?: string;
	note?: string;
}
export interface CorridorData {
	citations: Citation[];
	nodes: Record<string, CorridorNode>;
	connectors: Connector[];
	parameters: Parameter[];
}

export const ORIGINS = ['busan', 'seoul-uiwang', 'incheon'] as const;
export const DESTINATIONS = ['vladivostok', 'khabarovsk', 'moscow', 'brest'] as const;
export type Origin = (typeof ORIGINS)[number];
export type Destination = (typeof DESTINATIONS)[number];

/** A leg is a stretch of one line: a rail feature of the map (sliced between two nodes) or a connector. */
type LegSpec =
	{ line: string; from: string; to: string; speed: string } | { connector: string; speed: string; reverse?: boolean };
/** A stop: a transshipment, gauge change or border, each costing its dwell parameter. */
export interface Stop {
	kind: 'port' | 'gauge' | 'border';
	/** A node id of corridors.json or a crossing's key; $lib/i18n-lazy CORRIDOR_PLACE names it. */
	at: string;
	dwell: string;
}

export interface Leg {
	mode: 'rail' | 'sea';
	/** Distance used for the route: as drawn, or for a rail leg scaled by its line's `lengthFactor`. */
	km: number;
	/** Length of the leg as drawn on the map. */
	drawnKm: number;
	days: number;
	coordinates: Position[];
	label: string;
}
export interface RouteResult {
	/** Also the key of the route's names in each language ($lib/i18n-lazy ROUTE_LABEL). */
	id: string;
	legs: Leg[];
	/** Each stop with its dwell; the interface words it ($lib/i18n-lazy STOP_WORDS). */
	stops: (Stop & { days: number })[];
	railKm: number;
	seaKm: number;
	km: number;
	days: number;
	/** Keys of the borders crossed, named by $lib/i18n-lazy CORRIDOR_PLACE. */
	borders: string[];
	/** Published costs that concern this kind of route (parameter ids), shown beside the estimate. */
	costs: string[];
}

type Params = Record<string, number>;

function sliceRail(feature: Feature<LineString | MultiLineString>, a: CorridorNode, b: CorridorNode): Position[] {
	const parts = feature.geometry.type === 'LineString' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
	// The part of a MultiLineString that passes closest to both nodes.
	let best: Position[] = parts[0];
	let bestD = Infinity;
	for (const p of parts) {
		const d =
			Math.min(...p.map((c) => Math.hypot(c[0] - a.lon, c[1] - a.lat))) +
			Math.min(...p.map((c) => Math.hypot(c[0] - b.lon, c[1] - b.lat)));
		if (d < bestD) {
			bestD = d;
			best = p;
		}
	}
	const line: Feature<LineString> = {
		type: 'Feature',
		properties: {},
		geometry: { type: 'LineString', coordinates: best }
	};
	const cut = lineSlice(point([a.lon, a.lat]), point([b.lon, b.lat]), line).geometry.coordinates;
	// lineSlice keeps the line's own direction; travel runs from a to b.
	const first = cut[0];
	const startsAtA = Math.hypot(first[0] - a.lon, first[1] - a.lat) <= Math.hypot(first[0] - b.lon, first[1] - b.lat);
	return startsAtA ? cut : [...cut].reverse();
}

const kmOf = (coords: Position[]) =>
	coords.length < 2
		? 0
		: length({ type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: coords } });

/**
 * Published ÷ drawn length of a rail line of the map. The lines run straight from station to station
 * and so measure shorter than the track (the Trans-Siberian about 12 %); a leg cut from a line is
 * scaled by its line's factor, so rail and sea distances compare fairly. 1 when no length in km is
 * published (a range counts at its middle). Cached per feature: the comparison reruns on every edit.
 */
export function lengthFactor(feature: Feature<LineString | MultiLineString>): number {
	let factor = factors.get(feature);
	if (factor === undefined) {
		const published = publishedLengthKm(feature.properties?.figures as Figure[] | undefined);
		const drawn = length(feature);
		factor =
			published && drawn
				? (published.value_max ? (published.value + published.value_max) / 2 : published.value) / drawn
				: 1;
		factors.set(feature, factor);
	}
	return factor;
}
const factors = new WeakMap<object, number>();

interface RouteSpec {
	id: string;
	legs: LegSpec[];
	stops: Stop[];
	borders: string[];
	costs: string[];
}

/** The rail path from a Korean origin to Gangneung, where the East Sea line continues north. */
function toGangneung(o: Origin): LegSpec[] {
	if (o === 'busan') return [{ line: 'tkr-donghae', from: 'busan', to: 'gangneung', speed: 'rail_speed_korea' }];
	const uiwang: LegSpec = { connector: 'rail-uiwang-gangneung', speed: 'rail_speed_korea' };
	return o === 'incheon' ? [{ connector: 'rail-incheon-uiwang', speed: 'rail_speed_korea' }, uiwang] : [uiwang];
}

/** The Korean port a sea route leaves from, and the rail legs that reach it. */
function toPort(o: Origin): { port: 'busan' | 'incheon'; legs: LegSpec[] } {
	if (o === 'busan') return { port: 'busan', legs: [] };
	if (o === 'incheon') return { port: 'incheon', legs: [] };
	return { port: 'busan', legs: [{ connector: 'rail-uiwang-busan', speed: 'rail_speed_korea' }] };
}

/** Along the Trans-Siberian (and on to Brest) from a node on it to the destination. */
function alongTsr(from: string, d: Destination): { legs: LegSpec[]; borders: string[] } {
	if (d === 'brest')
		return {
			legs: [
				{ line: 'tsr', from, to: 'moscow', speed: 'rail_speed_tsr' },
				{ connector: 'rail-moscow-brest', speed: 'rail_speed_tsr' }
			],
			borders: ['russia-belarus']
		};
	if (from === d) return { legs: [], borders: [] };
	return { legs: [{ line: 'tsr', from, to: d, speed: 'rail_speed_tsr' }], borders: [] };
}

export function routeSpecs(o: Origin, d: Destination): RouteSpec[] {
	const specs: RouteSpec[] = [];
	const tsrFromBaranovsky = alongTsr('baranovsky', d);
	const viaKhasan: LegSpec[] = [
		{ line: 'rajin-khasan', from: 'rajin', to: 'khasan', speed: 'rail_speed_dprk' },
		{ line: 'baranovsky-khasan', from: 'khasan', to: 'baranovsky', speed: 'rail_speed_tsr' }
	];
	// Baranovsky lies north of Vladivostok: for Vladivostok the TSR is followed south.
	specs.push({
		id: 'tkr-tsr',
		legs: [
			...toGangneung(o),
			{ line: 'donghae-bukbu', from: 'gangneung', to: 'jejin', speed: 'rail_speed_korea' },
			{ line: 'tkr-donghae', from: 'jejin', to: 'rajin', speed: 'rail_speed_dprk' },
			...viaKhasan,
			...tsrFromBaranovsky.legs
		],
		stops: [
			{ kind: 'border', at: 'jejin-mdl', dwell: 'border_dwell' },
			{ kind: 'gauge', at: 'tumangang-gauge', dwell: 'gauge_change_dwell' },
			{ kind: 'border', at: 'tumangang-khasan', dwell: 'border_dwell' },
			...tsrFromBaranovsky.borders.map((b) => ({ kind: 'border' as const, at: b, dwell: 'border_dwell' }))
		],
		borders: ['mdl', 'dprk-russia', ...tsrFromBaranovsky.borders],
		costs: []
	});
	const { port, legs: toPortLegs } = toPort(o);
	for (const [id, dest, costs] of [
		['sea-vladivostok', 'vladivostok', ['cost_feeder_busan_vladivostok_teu']],
		['sea-vostochny', 'vostochny', ['cost_tsr_busan_moscow_feu_2022', 'cost_tsr_feu_2004']]
	] as const) {
		const rail =
			dest === 'vladivostok'
				? alongTsr('vladivostok', d)
				: (() => {
						const t = alongTsr('ugolnaya', d);
						return {
							legs: [{ connector: 'rail-vostochny-ugolnaya', speed: 'rail_speed_tsr' } as LegSpec, ...t.legs],
							borders: t.borders
						};
					})();
		if (dest === 'vostochny' && d === 'vladivostok')
			rail.legs = [
				{ connector: 'rail-vostochny-ugolnaya', speed: 'rail_speed_tsr' },
				{ line: 'tsr', from: 'ugolnaya', to: 'vladivostok', speed: 'rail_speed_tsr' }
			];
		specs.push({
			id,
			legs: [...toPortLegs, { connector: `sea-${port}-${dest}`, speed: 'sea_speed_feeder' }, ...rail.legs],
			stops: [
				{ kind: 'port', at: port, dwell: 'port_dwell' },
				{ kind: 'port', at: dest, dwell: 'port_dwell' },
				...rail.borders.map((b) => ({ kind: 'border' as const, at: b, dwell: 'border_dwell' }))
			],
			borders: rail.borders,
			costs: [...costs]
		});
	}
	specs.push({
		id: 'sea-rajin',
		legs: [
			...toPortLegs,
			{ connector: `sea-${port}-rajin`, speed: 'sea_speed_feeder' },
			...viaKhasan,
			...tsrFromBaranovsky.legs
		],
		stops: [
			{ kind: 'port', at: port, dwell: 'port_dwell' },
			// The line to Rajin is dual gauge: Russian wagons load at the quay, so no gauge change.
			{ kind: 'port', at: 'rajin', dwell: 'port_dwell' },
			{ kind: 'border', at: 'tumangang-khasan', dwell: 'border_dwell' },
			...tsrFromBaranovsky.borders.map((b) => ({ kind: 'border' as const, at: b, dwell: 'border_dwell' }))
		],
		borders: ['dprk-russia', ...tsrFromBaranovsky.borders],
		costs: ['rajin_coal_cost_saving']
	});
	if (d === 'brest')
		specs.push({
			id: 'sea-suez',
			legs: [
				...toPortLegs,
				{ connector: `sea-${port}-rotterdam`, speed: 'sea_speed_mainline' },
				{ connector: 'rail-rotterdam-brest', speed: 'rail_speed_eu' }
			],
			stops: [
				{ kind: 'port', at: port, dwell: 'port_dwell' },
				{ kind: 'port', at: 'rotterdam', dwell: 'port_dwell' },
				{ kind: 'border', at: 'terespol-brest', dwell: 'border_dwell' }
			],
			borders: ['poland-belarus'],
			costs: ['cost_sea_korea_eu_feu_2024', 'cost_sea_asia_europe_feu_2004']
		});
	return specs;
}

export function evaluate(
	spec: RouteSpec,
	data: CorridorData,
	rail: Record<string, Feature<LineString | MultiLineString>>,
	params: Params
): RouteResult {
	const legs: Leg[] = spec.legs.map((l) => {
		let coordinates: Position[];
		let mode: 'rail' | 'sea';
		let label: string;
		let factor = 1;
		if ('line' in l) {
			coordinates = sliceRail(rail[l.line], data.nodes[l.from], data.nodes[l.to]);
			factor = lengthFactor(rail[l.line]);
			mode = 'rail';
			label = `${data.nodes[l.from].name} → ${data.nodes[l.to].name}`;
		} else {
			const c = data.connectors.find((x) => x.id === l.connector);
			if (!c) throw new Error(`corridors.json has no connector "${l.connector}"`);
			coordinates = l.reverse ? [...c.coordinates].reverse() : c.coordinates;
			mode = c.mode;
			label = `${data.nodes[c.from].name} → ${data.nodes[c.to].name}`;
		}
		const drawnKm = kmOf(coordinates);
		const km = drawnKm * factor;
		return { mode, km, drawnKm, days: km / params[l.speed], coordinates, label };
	});
	const stops = spec.stops.map((s) => ({ ...s, days: params[s.dwell] }));
	const extra = spec.id === 'sea-suez' ? params.sea_mainline_calls : 0;
	const railKm = legs.filter((l) => l.mode === 'rail').reduce((s, l) => s + l.km, 0);
	const seaKm = legs.filter((l) => l.mode === 'sea').reduce((s, l) => s + l.km, 0);
	return {
		id: spec.id,
		legs,
		stops,
		railKm,
		seaKm,
		km: railKm + seaKm,
		days: legs.reduce((s, l) => s + l.days, 0) + stops.reduce((s, x) => s + x.days, 0) + extra,
		borders: spec.borders,
		costs: spec.costs
	};
}

export const defaultParams = (data: CorridorData): Params =>
	Object.fromEntries(data.parameters.map((p) => [p.id, p.value]));

export function compare(
	o: Origin,
	d: Destination,
	data: CorridorData,
	rail: Record<string, Feature<LineString | MultiLineString>>,
	params: Params
): RouteResult[] {
	return routeSpecs(o, d).map((s) => evaluate(s, data, rail, params));
}
