import { describe, expect, it } from 'vitest';
import { formatCameraHash, parseCameraHash } from './camera';

describe('parseCameraHash', () => {
	it('parseCameraHash("#map=6/43.1/131.9") reads zoom, latitude and longitude', () => {
		expect(parseCameraHash('#map=6/43.1/131.9')).toEqual({ zoom: 6, lat: 43.1, lon: 131.9 });
	});
	it('parseCameraHash ignores other hash parts', () => {
		expect(parseCameraHash('#x=1&map=5.5/40/128')).toEqual({ zoom: 5.5, lat: 40, lon: 128 });
	});
	it.each([
		'#map=abc/1/2',
		'#map=5/NaN/130',
		'#map=5/43',
		'#map=99/43/131',
		'#map=5/95/131',
		'#map=5/43/-200',
		'#map=1e3/4/5',
		'',
		'#'
	])('parseCameraHash(%s) is null', (h) => expect(parseCameraHash(h)).toBeNull());
});

describe('formatCameraHash', () => {
	it('formatCameraHash round-trips through parseCameraHash', () => {
		const c = { zoom: 7.25, lat: 42.3456, lon: 130.7891 };
		const back = parseCameraHash(formatCameraHash(c))!;
		expect(back.zoom).toBe(7.25);
		expect(back.lat).toBeCloseTo(c.lat, 3);
		expect(back.lon).toBeCloseTo(c.lon, 3);
	});
});
