/** A plain static file server for measuring the built site (no compression, so sizes compare fairly). */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.mjs': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.geojson': 'application/geo+json',
	'.woff2': 'font/woff2',
	'.svg': 'image/svg+xml',
	'.md': 'text/markdown; charset=utf-8'
};

/** Serves the first of `dirs` that has the path (also `path.html` and `path/index.html`, as prerendered). */
export function serveStatic(dirs: string[], port: number): Promise<Server> {
	return new Promise((resolve) => {
		const s = createServer((req, res) => {
			const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(
				/^(\.\.[/\\])+/,
				''
			);
			for (const dir of dirs)
				for (const candidate of [path, `${path}.html`, join(path, 'index.html')]) {
					const file = join(dir, candidate);
					if (existsSync(file) && statSync(file).isFile()) {
						res.writeHead(200, {
							'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
							'x-content-type-options': 'nosniff',
							'referrer-policy': 'strict-origin-when-cross-origin'
						});
						res.end(readFileSync(file));
						return;
					}
				}
			res.writeHead(404).end('not found');
		}).listen(port, '127.0.0.1', () => resolve(s));
	});
}
