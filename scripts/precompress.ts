/**
 * adapter-static pre-compresses .html/.js/.json/.css/.svg but not .geojson; the layers and basemap
 * are the biggest text files the site serves, so write their .gz and .br beside them too.
 */
import { readdirSync, readFileSync, writeFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

function walk(dir: string): string[] {
	return readdirSync(dir).flatMap((n) => {
		const p = join(dir, n);
		return statSync(p).isDirectory() ? walk(p) : [p];
	});
}

let n = 0;
for (const file of walk('build').filter((f) => f.endsWith('.geojson'))) {
	const body = readFileSync(file);
	writeFileSync(`${file}.gz`, gzipSync(body, { level: 9 }));
	writeFileSync(`${file}.br`, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
	n++;
}
console.log(`precompressed ${n} GeoJSON files`);
