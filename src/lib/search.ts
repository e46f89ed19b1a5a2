/**
 * Finds features and places by any of their names (English, Korean, Russian, variants), tolerant
 * of case, accents, punctuation and small misspellings (edit distance scaled to word length).
 */
export interface SearchItem {
	id: string;
	type: 'feature' | 'place';
	label: string;
	names: string[];
	detail: string;
	lon?: number;
	lat?: number;
}

export const normalize = (s: string) =>
	s
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/ё/g, 'е')
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();

/** Optimal string alignment distance (Levenshtein plus transpositions), capped for speed. */
export function editDistance(a: string, b: string, cap = 3): number {
	if (Math.abs(a.length - b.length) > cap) return cap + 1;
	const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
	for (let j = 1; j <= b.length; j++) d[0][j] = j;
	for (let i = 1; i <= a.length; i++) {
		let rowMin = Infinity;
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
				d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
			rowMin = Math.min(rowMin, d[i][j]);
		}
		if (rowMin > cap) return cap + 1;
	}
	return d[a.length][b.length];
}

const allowed = (len: number) => (len <= 3 ? 0 : len <= 6 ? 1 : 2);

/** Lower is better; null when the name does not match. */
function score(query: string, name: string): number | null {
	if (!query) return null;
	if (name === query) return 0;
	if (name.startsWith(query)) return 1;
	if (name.split(' ').some((w) => w.startsWith(query))) return 2;
	if (name.includes(query)) return 3;
	// Fuzzy: each query word must be close to the start of some word of the name.
	const words = name.split(' ');
	const qWords = query.split(' ');
	// A close match on a short name beats the same match buried in a long one.
	let total = Math.max(0, words.length - qWords.length) * 0.3;
	for (const q of qWords) {
		let best = Infinity;
		for (const w of words)
			best = Math.min(
				best,
				editDistance(q, w.slice(0, Math.max(q.length, w.length)), 2),
				editDistance(q, w.slice(0, q.length), 2)
			);
		if (best > allowed(q.length)) return null;
		total += best;
	}
	return 4 + total;
}

export function search(items: SearchItem[], raw: string, limit = 8): SearchItem[] {
	const q = normalize(raw);
	if (!q) return [];
	const scored: { item: SearchItem; s: number }[] = [];
	for (const item of items) {
		let best: number | null = null;
		for (const n of item.names) {
			const s = score(q, normalize(n));
			if (s !== null && (best === null || s < best)) best = s;
		}
		// Project features rank above places of the same quality.
		if (best !== null) scored.push({ item, s: best + (item.type === 'place' ? 0.5 : 0) });
	}
	return scored
		.sort((a, b) => a.s - b.s || a.item.label.localeCompare(b.item.label))
		.slice(0, limit)
		.map((x) => x.item);
}
