/**
 * The URL is the shareable state: `?layers=&feature=&lang=&year=&tour=` plus the `#map=` camera.
 * Parsing never throws: an unknown or malformed value is dropped and the rest still applies.
 * Values are only ever compared against known ids or turned into numbers; nothing from the URL is
 * rendered as HTML.
 */
import { LANGS, LAYER_IDS, ID_RE, type Lang, type LayerId } from '$lib/data/vocab';
import { FIRST_YEAR, currentYear } from '$lib/data/time';
import { parseCameraHash, formatCameraHash, type Camera } from '$lib/map/camera';

export interface UrlState {
	camera: Camera | null;
	/** null: the parameter is absent, so every layer is on. */
	layers: LayerId[] | null;
	feature: string | null;
	lang: Lang | null;
	year: number | null;
	tour: number | null;
}

export const EMPTY_STATE: UrlState = { camera: null, layers: null, feature: null, lang: null, year: null, tour: null };

const MAX_TOUR = 50;

export function parseUrlState(url: URL): UrlState {
	const q = url.searchParams;
	const state: UrlState = { ...EMPTY_STATE, camera: parseCameraHash(url.hash) };

	const layers = q.get('layers');
	if (layers !== null) {
		if (layers.trim() === '') state.layers = [];
		else {
			const known = layers
				.split(',')
				.map((s) => s.trim())
				.filter((s): s is LayerId => (LAYER_IDS as readonly string[]).includes(s));
			// Nothing recognisable: treat the parameter as absent rather than hiding everything.
			state.layers = known.length ? LAYER_IDS.filter((id) => known.includes(id)) : null;
		}
	}
	const feature = q.get('feature');
	if (feature && feature.length <= 80 && ID_RE.test(feature)) state.feature = feature;
	const lang = q.get('lang');
	if (lang && (LANGS as readonly string[]).includes(lang)) state.lang = lang as Lang;
	const year = q.get('year');
	if (year && /^\d{4}$/.test(year) && +year >= FIRST_YEAR && +year <= currentYear()) state.year = +year;
	const tour = q.get('tour');
	if (tour && /^\d{1,2}$/.test(tour) && +tour <= MAX_TOUR) state.tour = +tour;
	return state;
}

/** Builds `?…#map=…` for a state; defaults are left out so that links stay short. */
export function formatUrlState(s: UrlState): string {
	const q = new URLSearchParams();
	if (s.layers !== null && s.layers.length !== LAYER_IDS.length) q.set('layers', s.layers.join(','));
	if (s.feature) q.set('feature', s.feature);
	if (s.lang && s.lang !== 'en') q.set('lang', s.lang);
	if (s.year !== null) q.set('year', String(s.year));
	if (s.tour !== null) q.set('tour', String(s.tour));
	const search = q.toString().replace(/%2C/g, ',');
	return `${search ? `?${search}` : ''}${s.camera ? formatCameraHash(s.camera) : ''}`;
}
