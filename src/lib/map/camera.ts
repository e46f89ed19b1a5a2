/**
 * The camera in the URL hash as `#map=ZOOM/LAT/LON`, the OpenStreetMap convention (MapLibre's own
 * hash option writes the same shape). Pure functions: parsing never throws and rejects anything
 * non-numeric or outside the region the embedded basemap covers, so the default view is used instead.
 */
export interface Camera {
	zoom: number;
	lat: number;
	lon: number;
}

/** The prerendered element the map is drawn in (src/routes/+page.svelte; src/lib/map/boot.ts). */
export const MAP_SELECTOR = '.map-area .map';

/** Zoom and extent the app allows; the embedded basemap covers 20–180°E, 15–78°N. */
export const LIMITS = { minZoom: 2, maxZoom: 12, minLat: 10, maxLat: 80, minLon: 15, maxLon: 180 };

/** Lake Baikal's longitude to Kamchatka's base, Jeju up to Khabarovsk. */
export const DEFAULT_BOUNDS: [[number, number], [number, number]] = [
	[104, 32.5],
	[158, 50]
];
/**
 * On a phone, Baikal-to-Kamchatka would open at the minimum zoom with the Korean peninsula a thumbnail:
 * the narrow default frames the peninsula, Primorye, the Amur and Sakhalin instead.
 */
export const NARROW_BOUNDS: [[number, number], [number, number]] = [
	[121, 33],
	[143, 50]
];
export const defaultBounds = (width: number) => (width <= 700 ? NARROW_BOUNDS : DEFAULT_BOUNDS);
export const DEFAULT_CAMERA: Camera = { zoom: 4, lat: 42.5, lon: 131 };

const NUM = /^-?\d{1,3}(\.\d{1,10})?$/;

export function isValidCamera(c: Camera): boolean {
	return (
		Number.isFinite(c.zoom) &&
		Number.isFinite(c.lat) &&
		Number.isFinite(c.lon) &&
		c.zoom >= LIMITS.minZoom &&
		c.zoom <= LIMITS.maxZoom &&
		c.lat >= LIMITS.minLat &&
		c.lat <= LIMITS.maxLat &&
		c.lon >= LIMITS.minLon &&
		c.lon <= LIMITS.maxLon
	);
}

/** Reads `map=Z/LAT/LON` from a hash such as `#map=5/43.1/131.9` (other `&` parts are ignored). */
export function parseCameraHash(hash: string): Camera | null {
	const body = hash.startsWith('#') ? hash.slice(1) : hash;
	for (const part of body.split('&')) {
		if (!part.startsWith('map=')) continue;
		const bits = part.slice(4).split('/');
		if (bits.length !== 3 || !bits.every((b) => NUM.test(b))) return null;
		const [zoom, lat, lon] = bits.map(Number);
		const c = { zoom, lat, lon };
		return isValidCamera(c) ? c : null;
	}
	return null;
}

/** Precision grows with zoom so that the URL stays short but a shared view lands within a pixel. */
export function formatCameraHash(c: Camera): string {
	const p = Math.max(2, Math.ceil(Math.log2(Math.max(c.zoom, 1)) + 1));
	const z = Math.round(c.zoom * 100) / 100;
	return `#map=${z}/${c.lat.toFixed(p)}/${c.lon.toFixed(p)}`;
}

/**
 * Room the map's overlays take, so framed features are not hidden under them: on a phone the
 * timeline above and the bottom sheet below (taller with a note open); on a desktop the timeline at
 * the bottom.
 */
export function framePadding(extra: number, view: { width: number; height: number; noteOpen: boolean }) {
	return view.width <= 700
		? { top: 110 + extra / 2, bottom: view.height * (view.noteOpen ? 0.55 : 0.25), left: extra / 2, right: extra / 2 }
		: { top: extra, bottom: 90 + extra, left: extra, right: extra };
}
