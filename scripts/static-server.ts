/**
 * A plain static file server for measuring the built site (no compression, so sizes compare fairly).
 * It sends the response headers of the site's `_headers` file (as Netlify and Cloudflare Pages do),
 * caching included, so that a file the page and the map both load is fetched once, as in production.
 */
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

/** `_headers` rules: a path pattern (`*` matches anything) and the headers it adds. */
export function parseHeaders(text: string): { pattern: RegExp; headers: Record<string, string> }[] {
	const rules: { pattern: RegExp; headers: Record<string, string> }[] = [];
	for (const line of text.split('\n')) {
		if (!line.trim() || line.trim().startsWith('#')) continue;
		if (!/^\s/.test(line)) {
			const re = line
				.trim()
				.replace(/[.+?^${}()|[\]\\]/g, '\\$&')
				.replace(/\*/g, '.*');
			rules.push({ pattern: new RegExp(`^${re}$`), headers: {} });
		} else if (rules.length) {
			const i = line.indexOf(':');
			if (i > 0) rules[rules.length - 1].headers[line.slice(0, i).trim().toLowerCase()] = line.slice(i + 1).trim();
		}
	}
	return rules;
}

/** Serves the first of `dirs` that has the path (also `path.html` and `path/index.html`, as prerendered). */
export function serveStatic(dirs: string[], port: number): Promise<Server> {
	const headersFile = dirs.map((d) => join(d, '_headers')).find((f) => existsSync(f));
	const rules = headersFile ? parseHeaders(readFileSync(headersFile, 'utf8')) : [];
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
						const extra = rules.filter((r) => r.pattern.test(path)).map((r) => r.headers);
						res.writeHead(200, {
							'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
							'x-content-type-options': 'nosniff',
							'referrer-policy': 'strict-origin-when-cross-origin',
							...Object.assign({}, ...extra)
						});
						res.end(readFileSync(file));
						return;
					}
				}
			res.writeHead(404).end('not found');
		}).listen(port, '127.0.0.1', () => resolve(s));
	});
}
