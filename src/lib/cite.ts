/**
 * "Cite this view": one citation of what the reader sees (title, dataset version and date, permalink,
 * access date) in plain text, BibTeX, RIS and CSL-JSON. Pure functions, so they are unit-tested.
 */
export interface ViewCitation {
	/** What is shown: the selected feature's name, or a description of the view. */
	title: string;
	url: string;
	version: string;
	/** The dataset's date (YYYY-MM-DD). */
	datasetDate: string;
	accessed: Date;
}

export const PUBLISHER = 'Russia–Korea Cooperation Atlas';

const iso = (d: Date) => d.toISOString().slice(0, 10);
const bibEscape = (s: string) => s.replace(/([{}%&$#_\\])/g, '\\$1');

export function plainText(c: ViewCitation): string {
	return `${PUBLISHER} (version ${c.version}, ${c.datasetDate}). “${c.title}.” Interactive map. ${c.url} (accessed ${iso(c.accessed)}).`;
}

export function bibtex(c: ViewCitation): string {
	const key = `rukratlas${c.datasetDate.replace(/-/g, '')}`;
	return [
		`@misc{${key},`,
		`  title = {${bibEscape(c.title)}},`,
		`  author = {{${PUBLISHER}}},`,
		`  year = {${c.datasetDate.slice(0, 4)}},`,
		`  version = {${bibEscape(c.version)}},`,
		`  howpublished = {Interactive map},`,
		`  url = {${c.url}},`,
		`  urldate = {${iso(c.accessed)}},`,
		`  note = {Dataset of ${c.datasetDate}}`,
		`}`
	].join('\n');
}

export function ris(c: ViewCitation): string {
	return [
		'TY  - MAP',
		`TI  - ${c.title}`,
		`AU  - ${PUBLISHER}`,
		`PY  - ${c.datasetDate.slice(0, 4)}`,
		`DA  - ${c.datasetDate.replace(/-/g, '/')}`,
		`ET  - ${c.version}`,
		`UR  - ${c.url}`,
		`Y2  - ${iso(c.accessed).replace(/-/g, '/')}`,
		`PB  - ${PUBLISHER}`,
		'ER  - '
	].join('\r\n');
}

export function cslJson(c: ViewCitation): string {
	const parts = (s: string) => [s.split('-').map(Number)];
	return JSON.stringify(
		[
			{
				id: `rukratlas-${c.datasetDate}`,
				type: 'map',
				title: c.title,
				author: [{ literal: PUBLISHER }],
				publisher: PUBLISHER,
				version: c.version,
				issued: { 'date-parts': parts(c.datasetDate) },
				accessed: { 'date-parts': parts(iso(c.accessed)) },
				URL: c.url,
				medium: 'Interactive map'
			}
		],
		null,
		2
	);
}

export const FORMATS = { 'Plain text': plainText, BibTeX: bibtex, RIS: ris, 'CSL-JSON': cslJson } as const;
