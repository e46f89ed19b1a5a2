/**
 * The app's shared state: one runes class, one instance. Components read and write it; only
 * MapView talks to MapLibre, and +page.svelte mirrors it to and from the URL.
 */
import { LAYER_IDS, type Lang, type LayerId, type Status } from '$lib/data/vocab';
import type { LayerLoad } from '$lib/data/load';
import type { Citation, LayerFeature, MapEvent, TourChapterMeta } from '$lib/data/schema';
import { currentYear } from '$lib/data/time';
import type { Camera } from '$lib/map/camera';
import type { Widths } from '$lib/layers/widths';
import { shownIn, type LayerSummary } from '$lib/layers/legend';
import { STRINGS, ensureLang } from '$lib/i18n';
import { loadKoreanFonts } from '$lib/fonts';
import { fetchNote } from '$lib/content/client';

export interface Hover {
	id: string;
	name: string;
	x: number;
	y: number;
}

export interface Candidate {
	id: string;
	layer: LayerId;
	name: string;
}

export type TourChapter = TourChapterMeta & { html: string; cited: (Citation & { n: number })[] };

export class AppState {
	lang = $state<Lang>('en');
	visible = $state<LayerId[]>([...LAYER_IDS]);
	selected = $state<string | null>(null);
	/** The layer whose overview note the panel shows when nothing is selected. */
	focusLayer = $state<LayerId | null>(null);
	/** null means "today". */
	year = $state<number | null>(null);
	camera = $state<Camera | null>(null);
	hover = $state<Hover | null>(null);
	/** Several features under one click: the reader chooses. */
	candidates = $state<{ x: number; y: number; items: Candidate[] } | null>(null);
	// The layer files, milestones, tour and routes are replaced whole, never changed in place: raw state,
	// so that reading a feature's properties or coordinates does not wrap each object it touches in a
	// reactive proxy (selecting a feature spent hundreds of milliseconds doing that).
	loads = $state.raw<Record<LayerId, LayerLoad>>(
		Object.fromEntries(LAYER_IDS.map((id) => [id, { state: 'loading' }])) as Record<LayerId, LayerLoad>
	);
	/** Whether the map could start: 'missing' when MapLibre got no WebGL context, 'failed' otherwise. */
	webgl = $state<'ok' | 'missing' | 'failed'>('ok');
	/** Magnitude line widths made at build time (static/generated/widths.json), from the page's data. */
	widths = $state.raw<Widths | null>(null);
	/**
	 * Each layer's count and legend for today with every status, made at build time (+page.server.ts):
	 * the layer list shows them until the layer files have loaded, so it does not change when they have.
	 */
	firstSummaries = $state.raw<Record<LayerId, LayerSummary> | null>(null);
	/** The open analysis tool, and the measuring path ([lon, lat] points). */
	tool = $state<'measure' | 'compare' | 'cite' | null>(null);
	measurePoints = $state<[number, number][]>([]);
	/** Set by MapView: renders a frame and returns the map as a PNG data URL (for export and print). */
	capture: (() => Promise<string>) | null = null;
	/** Routes of the open corridor comparison, drawn on the map (index = colour), and the one hovered. */
	corridorRoutes = $state.raw<{ id: string; coordinates: [number, number][][] }[]>([]);
	corridorFocus = $state<string | null>(null);
	/** The map image placed in the printed dossier. */
	printImage = $state<string | null>(null);
	/** Resolves after the map's first full render (or at once without WebGL): work that can wait, waits for it. */
	rendered: Promise<void>;
	markRendered!: () => void;

	constructor() {
		this.rendered = new Promise((r) => (this.markRendered = r));
	}

	/** The feature list's expanded layers and status filter: kept here so they survive panel re-renders. */
	listOpen = $state<Partial<Record<LayerId, boolean>>>({});
	statusFilter = $state<Status | 'all'>('all');
	/** Dated milestones (static/geo/events.json) and the one the reader opened, if any. */
	events = $state.raw<MapEvent[]>([]);
	activeEvent = $state<MapEvent | null>(null);
	/** The guided tour: its chapters once fetched, and the open chapter (null: free exploration). */
	tourChapters = $state.raw<TourChapter[]>([]);
	tour = $state<number | null>(null);
	/** A place chosen in search: the map flies there. */
	flyTo = $state<{ lon: number; lat: number; zoom: number } | null>(null);
	/** A request to frame one layer's features on the map (its own case note's 'show all' button). */
	frameLayer = $state<LayerId | null>(null);
	/** Set when a permalink restores both a camera and a selection: keep the link's camera. */
	keepCamera = false;
	/** Where focus was before a selection, so closing the note can put it back. */
	private returnFocus: HTMLElement | null = null;
	basemapNotice = $state<string | null>(null);
	/** A language whose interface strings could not be loaded, until the reader dismisses it or it loads. */
	langFailed = $state<Lang | null>(null);

	t = $derived(STRINGS[this.lang]);
	effectiveYear = $derived(this.year ?? currentYear());

	/** Every loaded feature by id, with its layer. */
	index = $derived.by(() => {
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- rebuilt whole by $derived, never mutated
		const m = new Map<string, { layer: LayerId; feature: LayerFeature }>();
		for (const id of LAYER_IDS) {
			const l = this.loads[id];
			if (l.state === 'ready') for (const f of l.data.features) m.set(f.id, { layer: id, feature: f });
		}
		return m;
	});

	settled = $derived(this.widths !== null && LAYER_IDS.every((id) => this.loads[id].state !== 'loading'));

	/** Features highlighted on the map: the selection, or every feature of the open milestone. */
	highlighted = $derived(
		(this.selected
			? [this.selected]
			: this.tour !== null
				? (this.tourChapters[this.tour]?.highlight ?? [])
				: (this.activeEvent?.features ?? [])
		).filter((f) => this.index.has(f))
	);

	/** Opens tour chapter n: its layers, year, camera and highlighted features. */
	openChapter(n: number | null) {
		if (n === null || !this.tourChapters.length) {
			this.tour = null;
			return;
		}
		const c = this.tourChapters[Math.max(0, Math.min(n, this.tourChapters.length - 1))];
		this.tour = c.n;
		this.selected = null;
		this.activeEvent = null;
		this.candidates = null;
		this.visible = LAYER_IDS.filter((l) => c.layers.includes(l));
		this.year = c.year ?? null;
		this.flyTo = { lon: c.camera.lon, lat: c.camera.lat, zoom: c.camera.zoom };
	}

	/** Opens a milestone: the year moves to it and its features are highlighted. */
	openEvent(e: MapEvent | null) {
		this.activeEvent = e;
		if (!e) return;
		this.tour = null;
		this.selected = null;
		this.year = Number(e.date.slice(0, 4));
		for (const f of e.features) {
			const layer = this.index.get(f)?.layer;
			if (layer && !this.visible.includes(layer)) this.toggle(layer, true);
		}
	}

	/** Turns a layer on and asks the map to frame what it shows in the current year and filter. */
	showLayer(id: LayerId) {
		if (!this.visible.includes(id)) this.toggle(id, true);
		this.frameLayer = id;
	}

	/** A layer's features that exist in the chosen year and pass the status filter (list, count, framing). */
	shownFeatures(id: LayerId) {
		const l = this.loads[id];
		return l.state === 'ready' ? shownIn(l.data.features, this.effectiveYear, this.statusFilter) : [];
	}

	isVisible(id: LayerId) {
		return this.visible.includes(id);
	}

	toggle(id: LayerId, on: boolean) {
		this.visible = on
			? LAYER_IDS.filter((l) => l === id || this.visible.includes(l))
			: this.visible.filter((l) => l !== id);
	}

	private langRequest = 0;
	/**
	 * Switches the interface language once its strings have loaded (Korean and Russian load on demand);
	 * the latest request wins. If they cannot load, the interface stays in the language it has, says so
	 * (`langFailed`), and this resolves false.
	 */
	async setLang(lang: Lang): Promise<boolean> {
		const n = ++this.langRequest;
		// The Hangul faces download while the strings do, so Korean text is drawn in them from the start.
		if (lang === 'ko' && typeof document !== 'undefined') loadKoreanFonts();
		try {
			await ensureLang(lang);
		} catch (e) {
			console.error(e);
			if (n === this.langRequest) this.langFailed = lang;
			return false;
		}
		if (n === this.langRequest) {
			this.lang = lang;
			this.langFailed = null;
		}
		return true;
	}

	select(id: string | null) {
		this.candidates = null;
		if (id !== null && !this.index.has(id)) return;
		if (typeof document !== 'undefined') {
			if (id && !this.selected) this.returnFocus = document.activeElement as HTMLElement | null;
			if (!id && this.selected) {
				const back = this.returnFocus;
				this.returnFocus = null;
				// After the panel re-renders, return focus to where the reader was (if it still exists).
				queueMicrotask(() => setTimeout(() => back?.isConnected && back.focus(), 0));
			}
		}
		this.selected = id;
		if (id) {
			// Now, not once the note's component mounts; a new selection asks again for a note that failed.
			if (typeof document !== 'undefined') void fetchNote(id, { retry: true });
			this.activeEvent = null;
			this.tour = null;
			const layer = this.index.get(id)!.layer;
			// Selecting a feature of a hidden layer turns that layer on, or the selection would be invisible.
			if (!this.visible.includes(layer)) this.toggle(layer, true);
			this.focusLayer = layer;
		}
	}
}

export const app = new AppState();
