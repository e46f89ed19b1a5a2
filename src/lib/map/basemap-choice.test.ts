import { describe, expect, it } from 'vitest';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chooseBasemap } from './basemap-choice';

function serve(body: string, status = 200) {
	return new Promise<{ url: string; close: () => void }>((resolve) => {
		const s = createServer((_req, res) => {
			res.writeHead(status, { 'content-type': 'application/json' });
			res.end(body);
		}).listen(0, '127.0.0.1', () => {
			const { port } = s.address() as AddressInfo;
			resolve({ url: `http://127.0.0.1:${port}/style.json`, close: () => s.close() });
		});
	});
}

describe('chooseBasemap', () => {
	it('chooseBasemap("") uses the embedded basemap without a notice', async () => {
		const r = await chooseBasemap('en', '');
		expect(typeof r.style).toBe('object');
		expect(r.notice).toBeNull();
		expect(r.embedded).toBe(true);
	});
	it('chooseBasemap(online style that answers) uses it', async () => {
		const srv = await serve(JSON.stringify({ version: 8, sources: {}, layers: [] }));
		const r = await chooseBasemap('en', srv.url);
		srv.close();
		expect(r.style).toEqual({ version: 8, sources: {}, layers: [] });
		expect(r.notice).toBeNull();
		expect(r.embedded).toBe(false);
	});
	it('chooseBasemap(unreachable or broken online style) falls back to the embedded one and says so', async () => {
		const down = await chooseBasemap('en', 'http://127.0.0.1:9/style.json');
		expect((down.style as { name: string }).name).toMatch(/Embedded/);
		expect(down.notice).toMatch(/could not be loaded.*embedded offline basemap/);
		expect(down.embedded).toBe(true);
		const srv = await serve('<html>not a style</html>', 500);
		const bad = await chooseBasemap('en', srv.url);
		srv.close();
		expect(bad.notice).toMatch(/HTTP 500/);
	});
});
