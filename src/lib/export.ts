/**
 * Map image export: the rendered map (MapView's capture) with a title, the legend of the visible
 * layers and the attribution drawn onto one PNG, so an image that travels keeps its key and credits.
 */
import { LAYERS } from '$lib/layers/registry';
import { layerColor, statusStyle } from '$lib/layers/palette';
import { STATUSES, type LayerId } from '$lib/data/vocab';

const LEGEND_W = 260;

function loadImage(src: string): Promise<HTMLImageElement> {
	return new Promise((resolve, reject) => {
		const img = new Image();
		img.onload = () => resolve(img);
		img.onerror = () => reject(new Error('map image could not be decoded'));
		img.src = src;
	});
}

export async function composeMapPng(opts: {
	mapDataUrl: string;
	visible: LayerId[];
	title: string;
	subtitle: string;
	attribution: string;
}): Promise<Blob> {
	const map = await loadImage(opts.mapDataUrl);
	const header = 56;
	const footer = 30;
	const canvas = document.createElement('canvas');
	canvas.width = map.width + LEGEND_W;
	canvas.height = Math.max(map.height, 420) + header + footer;
	const ctx = canvas.getContext('2d')!;
	ctx.fillStyle = '#ffffff';
	ctx.fillRect(0, 0, canvas.width, canvas.height);
	ctx.fillStyle = '#1d1d1f';
	ctx.font = '600 20px "Noto Sans", sans-serif';
	ctx.fillText(opts.title, 16, 26);
	ctx.font = '13px "Noto Sans", sans-serif';
	ctx.fillStyle = '#5c5f66';
	ctx.fillText(opts.subtitle, 16, 46);
	ctx.drawImage(map, 0, header);

	// Legend: the visible layers' colours, then the status line styles (from the same scales as the map).
	let y = header + 24;
	const x = map.width + 16;
	ctx.fillStyle = '#1d1d1f';
	ctx.font = '600 14px "Noto Sans", sans-serif';
	ctx.fillText('Layers', x, y);
	ctx.font = '13px "Noto Sans", sans-serif';
	for (const def of LAYERS.filter((l) => opts.visible.includes(l.id))) {
		y += 24;
		ctx.strokeStyle = layerColor(def.id);
		ctx.lineWidth = 4;
		ctx.setLineDash([]);
		ctx.beginPath();
		ctx.moveTo(x, y - 4);
		ctx.lineTo(x + 30, y - 4);
		ctx.stroke();
		ctx.fillStyle = '#1d1d1f';
		ctx.fillText(def.title.en, x + 40, y);
	}
	y += 36;
	ctx.font = '600 14px "Noto Sans", sans-serif';
	ctx.fillText('Status', x, y);
	ctx.font = '13px "Noto Sans", sans-serif';
	for (const s of STATUSES) {
		y += 22;
		const st = statusStyle(s);
		ctx.strokeStyle = '#444';
		ctx.globalAlpha = st.opacity;
		ctx.lineWidth = 3;
		ctx.setLineDash(st.dash[1] === 0 ? [] : [st.dash[0] * 3, st.dash[1] * 3]);
		ctx.beginPath();
		ctx.moveTo(x, y - 4);
		ctx.lineTo(x + 30, y - 4);
		ctx.stroke();
		ctx.globalAlpha = 1;
		ctx.fillStyle = '#1d1d1f';
		ctx.fillText(s, x + 40, y);
	}
	ctx.setLineDash([]);
	ctx.font = '11px "Noto Sans", sans-serif';
	ctx.fillStyle = '#5c5f66';
	ctx.fillText(opts.attribution, 16, canvas.height - 11);
	return new Promise((resolve, reject) =>
		canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png')
	);
}
