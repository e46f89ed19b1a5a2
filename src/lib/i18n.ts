/**
 * Interface strings. English is part of the first load; Korean and Russian ($lib/i18n-ko, -ru) load
 * when a reader chooses them (first-load budget, issue: performance): `app.setLang` waits for
 * `ensureLang`, so nothing reads a language's tables before they are filled in. Case-note bodies stay
 * in English (see the about note).
 */
import {
	CONFIDENCES,
	SOURCE_TYPES,
	type Confidence,
	type Kind,
	type Lang,
	type SourceType,
	type Status
} from '$lib/data/vocab';

const en = {
	title: 'Russia–Korea Cooperation Atlas',
	subtitle: 'Russian Far East and the Korean peninsula since 1990',
	layers: 'Layers',
	features: 'features',
	search: 'Search places and projects',
	searchLabel: 'Search',
	noResults: 'No match',
	close: 'Close',
	back: 'Back to overview',
	copyLink: 'Copy link',
	copied: 'Link copied',
	download: 'Download GeoJSON',
	sources: 'Sources',
	related: 'Related',
	figures: 'Key figures',
	computedLength: 'Length computed from the map geometry',
	publishedLength: 'published',
	status: 'Status',
	period: 'Period',
	actors: 'Actors',
	precision: 'Geometry',
	approximate: 'The line on the map is schematic: only the general course is known.',
	traced: 'Drawn through known stations and waypoints, or along a mapped boundary.',
	allFeatures: 'All features',
	filterStatus: 'Filter by status',
	all: 'All',
	chooseFeature: 'Several features here — choose one',
	language: 'Language',
	loading: 'Loading map data…',
	layerError: 'could not be loaded; the other layers are unaffected.',
	noWebgl:
		'The map needs WebGL, which this browser has turned off or does not support. The layer list, search and every case note still work.',
	mapFailed: 'The map could not start. The layer list, search and every case note still work.',
	noScript:
		'The map needs JavaScript, which is turned off in this browser. The case notes are pages of their own; start with a layer:',
	panel: 'Side panel',
	selected: 'Selected',
	legendWidth: 'Line width',
	sanctions: 'Sanctions',
	readNote: 'Open as a page',
	openPanel: 'Expand panel',
	collapsePanel: 'Collapse panel',
	subsea: 'Subsea section',
	context: 'Context line',
	year: 'Year',
	today: 'Today',
	startTour: 'Start the guided tour',
	milestones: 'Milestones',
	previous: 'Previous',
	next: 'Next',
	tools: 'Tools',
	measure: 'Measure',
	compareRoutes: 'Compare routes',
	citeView: 'Cite this view',
	exportPng: 'Export PNG',
	printDossier: 'Print dossier',
	preparingImage: 'Preparing image…',
	exportFailed: 'Export failed',
	measureTitle: 'Measure a distance',
	measureHint: 'Click points on the map, or add them here. Distances are great-circle.',
	pointCount: (n: number) => `${n} point${n === 1 ? '' : 's'}`,
	addPoint: 'Add point (lat, lon)',
	add: 'Add',
	addCentre: 'Add map centre',
	undo: 'Undo',
	clear: 'Clear',
	removePoint: (n: number) => `Remove point ${n}`,
	badLatLon: 'Enter a position as “latitude, longitude” in decimal degrees, e.g. 43.12, 131.89.',
	citationFormat: 'Citation format',
	citationIn: (f: string) => `Citation in ${f}`,
	copyCitation: 'Copy citation',
	copiedShort: 'Copied',
	from: 'From',
	to: 'To',
	transitDays: 'Estimated transit time, days',
	routesFromTo: (a: string, b: string) => `Routes from ${a} to ${b}`,
	route: 'Route',
	railKm: 'Rail km',
	seaKm: 'Sea km',
	days: 'Days',
	stops: 'Stops',
	borders: 'Borders',
	publishedFigure: 'Published',
	distancesNote:
		'Distances follow the map’s own lines. Rail lines are drawn straight between stations and measure short of the track (the Trans-Siberian by about 12 %), so each rail leg is scaled to its line’s published length; sea lanes and links without a published length are used as drawn. Times are estimates from the parameters below, not timetables.',
	parameters: 'Parameters (editable, sourced)',
	source: 'Source',
	resetParams: 'Reset to sourced values',
	loadingCorridors: 'Loading corridor data…',
	corridorError: (m: string) => `The corridor data could not be loaded (${m}).`,
	whereItRuns: 'Where it runs',
	nkShare: (part: string, total: string, pct: string) => `${part} of ${total} (${pct} %) through North Korea.`,
	noneNk: 'None of it runs through North Korea.',
	atSea: 'At sea or on the coastline (basemap scale)',
	computedBorders: 'Computed along the map geometry against Natural Earth borders.',
	nearby: 'Nearby',
	within: 'Within',
	touching: 'touching or inside',
	noneWithin: (r: number) => `No other feature within ${r} km.`,
	gauge: 'Gauge',
	history: 'History',
	play: 'Play the years',
	pause: 'Pause',
	chapterOf: (n: number, c: number) => `Chapter ${n} of ${c}`,
	/** A chapter of Ahn's book, as the layer notes cite it. */
	bookChapter: (n: number) => `ch. ${n}`,
	leaveTour: 'Leave tour',
	aboutAtlas: 'About this atlas and its sources',
	map: 'Map',
	noteFailed: 'The case note could not be loaded.',
	tryAgain: 'Try again',
	langFailed: (name: string) => `${name} could not be loaded. Check the connection and try again.`,
	showOnMap: 'Show all on the map',
	legend: 'legend'
};
export type Strings = typeof en;

const enStatus: Record<Status, string> = {
	proposed: 'Proposed',
	'under construction': 'Under construction',
	operational: 'Operational',
	suspended: 'Suspended',
	cancelled: 'Cancelled',
	historical: 'Historical / completed'
};

/** Feature kinds as the reader sees them (the data keeps the English vocabulary of vocab.ts). */
const enKind: Record<Kind, string> = {
	'rail line': 'rail line',
	'gauge break': 'gauge break',
	station: 'station',
	'oil pipeline': 'oil pipeline',
	'gas pipeline': 'gas pipeline',
	'LNG route': 'LNG route',
	'LNG plant': 'LNG plant',
	'oil terminal': 'oil terminal',
	port: 'port',
	'free port': 'free port',
	'economic zone': 'economic zone',
	'industrial park': 'industrial park',
	'fishing area': 'fishing area',
	'disputed fishing area': 'disputed fishing area',
	'arms transfer': 'arms transfer',
	'space cooperation': 'space cooperation',
	'nuclear site': 'nuclear site',
	'launch site': 'launch site',
	'special economic zone': 'special economic zone',
	'programme area': 'programme area',
	'industrial complex': 'industrial complex',
	boundary: 'boundary'
};

/** A source's kind and confidence, as the tags of a source list say them (in English, the data's own words). */
const enSourceType = Object.fromEntries(SOURCE_TYPES.map((t) => [t, t])) as Record<SourceType, string>;
const enConfidence = Object.fromEntries(CONFIDENCES.map((c) => [c, c])) as Record<Confidence, string>;

// Korean and Russian start as English and are filled in by ensureLang before the interface switches.
export const STRINGS: Record<Lang, Strings> = { en, ko: en, ru: en };
export const STATUS_LABEL: Record<Lang, Record<Status, string>> = { en: enStatus, ko: enStatus, ru: enStatus };
export const KIND_LABEL: Record<Lang, Record<Kind, string>> = { en: enKind, ko: enKind, ru: enKind };
export const SOURCE_TYPE_LABEL: Record<Lang, Record<SourceType, string>> = {
	en: enSourceType,
	ko: enSourceType,
	ru: enSourceType
};
export const CONFIDENCE_LABEL: Record<Lang, Record<Confidence, string>> = {
	en: enConfidence,
	ko: enConfidence,
	ru: enConfidence
};

const LOADERS: Record<Exclude<Lang, 'en'>, () => Promise<{ default: Tables }>> = {
	ko: () => import('./i18n-ko'),
	ru: () => import('./i18n-ru')
};
interface Tables {
	strings: Strings;
	status: Record<Status, string>;
	kind: Record<Kind, string>;
	sourceType: Record<SourceType, string>;
	confidence: Record<Confidence, string>;
}
const loaded = new Set<Lang>(['en']);
const failures: Partial<Record<Lang, number>> = {};

/**
 * After a failed attempt, the language's module is imported from its address with a query: some
 * browsers (Chromium 150, for one) keep a failed dynamic import's failure for the page's life, so
 * `import()` of the same module would fail again without asking the network. The map page lists the
 * addresses in its <head>, one `lang-module-<lang>` meta each ($lib/server/preload, `langModulesMeta`).
 */
function load(lang: Exclude<Lang, 'en'>): Promise<{ default: Tables }> {
	const n = failures[lang] ?? 0;
	if (!n || typeof document === 'undefined') return LOADERS[lang]();
	const url = document.querySelector<HTMLMetaElement>(`meta[name="lang-module-${lang}"]`)?.content;
	return url ? import(/* @vite-ignore */ `${url}?retry=${n}`) : LOADERS[lang]();
}

/** Loads a language's tables once. Rejects if its file cannot be fetched (the interface stays as it is). */
export async function ensureLang(lang: Lang): Promise<void> {
	if (loaded.has(lang)) return;
	const l = lang as Exclude<Lang, 'en'>;
	const { default: t } = await load(l).catch((e: unknown) => {
		failures[l] = (failures[l] ?? 0) + 1;
		throw e;
	});
	STRINGS[lang] = t.strings;
	STATUS_LABEL[lang] = t.status;
	KIND_LABEL[lang] = t.kind;
	SOURCE_TYPE_LABEL[lang] = t.sourceType;
	CONFIDENCE_LABEL[lang] = t.confidence;
	loaded.add(lang);
}

export const LANG_NAMES: Record<Lang, string> = { en: 'English', ko: '한국어', ru: 'Русский' };
