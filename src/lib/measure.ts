/** Great-circle path length for the measure tool, in kilometres and nautical miles. */
import length from '@turf/length';

export const KM_PER_NMI = 1.852;

export function pathLengthKm(points: [number, number][]): number {
	if (points.length < 2) return 0;
	return length(
		{ type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: points } },
		{ units: 'kilometers' }
	);
}

/** Reads "lat, lon" or "lat lon" in decimal degrees; null if it is not a valid position. */
export function parseLatLon(text: string): [number, number] | null {
	const m = /^\s*(-?\d{1,2}(?:\.\d+)?)\s*[,;\s]\s*(-?\d{1,3}(?:\.\d+)?)\s*$/.exec(text);
	if (!m) return null;
	const lat = Number(m[1]);
	const lon = Number(m[2]);
	if (lat < -90 || lat > 90 || lon < -180 || lon > 180) return null;
	return [lon, lat];
}
