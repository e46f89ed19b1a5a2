/**
 * The benchmark's baseline: a bare MapLibre page (no Svelte, no app code) that loads the same
 * basemap, the same six layers (pre-prepared by the benchmark into the same drawn form) and the same
 * style layers. It exposes the same signals as the app: the `map-idle` mark and data-idle-count.
 */
import * as maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';

maplibregl.setWorkerUrl(workerUrl);
const container = document.getElementById('map')!;
const panel = document.getElementById('panel')!;

const style = await (await fetch('/bench-style.json')).json();
const map = new maplibregl.Map({
	container,
	style,
	bounds: [
		[104, 32.5],
		[158, 50]
	],
	attributionControl: { compact: true }
});
let n = 0;
map.once('idle', () => performance.mark('map-idle'));
map.on('idle', () => (container.dataset.idleCount = String(++n)));

const w = window as unknown as Record<string, unknown>;
w.__toggle = (id: string, on: boolean) => {
	for (const l of map.getStyle().layers)
		if (l.id.startsWith(`${id}-`)) map.setLayoutProperty(l.id, 'visibility', on ? 'visible' : 'none');
};
w.__select = (layer: string, id: string) => {
	const f = map.querySourceFeatures(layer, { filter: ['==', ['get', 'fid'], id] })[0];
	map.setFeatureState({ source: layer, id }, { selected: true });
	panel.innerHTML = '';
	const h = document.createElement('h2');
	h.textContent = String(f?.properties?.name ?? id);
	panel.append(h);
	const pre = document.createElement('pre');
	pre.textContent = JSON.stringify(f?.properties ?? {}, null, 1);
	panel.append(pre);
};
