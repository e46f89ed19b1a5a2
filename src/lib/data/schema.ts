/**
 * One schema for the data, used by the build-time validator (scripts/validate-data.ts) and by the
 * app when it loads a layer, so a hand-edited file fails the same way in both places.
 * zod/mini keeps the runtime cost small: https://zod.dev/packages/mini
 */
import * as z from 'zod/mini';
import {
	CONFIDENCES,
	DATE_RE,
	EVENT_CATEGORIES,
	FIGURE_KEYS,
	ID_RE,
	KINDS,
	LAYER_IDS,
	PLACE_KINDS,
	PRECISIONS,
	SOURCE_TYPES,
	STATUSES
} from './vocab';

const id = z.string().check(z.regex(ID_RE, 'must be kebab-case (a-z, 0-9, -)'));
const date = z.string().check(z.regex(DATE_RE, 'must be YYYY, YYYY-MM or YYYY-MM-DD'));
const text = z.string().check(z.minLength(1, 'must not be empty'));

export const citationSchema = z.object({
	key: id,
	type: z.enum(SOURCE_TYPES),
	title: text,
	author: z.optional(text),
	publisher: z.optional(text),
	date,
	url: z.optional(z.url()),
	locator: z.optional(text),
	confidence: z.enum(CONFIDENCES)
});
export type Citation = z.infer<typeof citationSchema>;

export const historyStepSchema = z.object({
	date,
	status: z.enum(STATUSES),
	label: text
});
export type HistoryStep = z.infer<typeof historyStepSchema>;

export const figureSchema = z.object({
	key: z.enum(FIGURE_KEYS),
	value: z.number(),
	value_max: z.optional(z.number()),
	unit: text,
	label: z.optional(text),
	year: z.optional(z.number()),
	source: z.optional(id),
	approx: z.optional(z.boolean()),
	note: z.optional(text)
});
export type Figure = z.infer<typeof figureSchema>;

export const featurePropsSchema = z.object({
	name_en: text,
	name_ko: text,
	name_ru: text,
	aliases: z.optional(z.array(text)),
	kind: z.enum(KINDS),
	status: z.enum(STATUSES),
	history: z.array(historyStepSchema).check(z.minLength(1, 'needs at least one dated step')),
	figures: z.optional(z.array(figureSchema)),
	actors: z.optional(z.array(text)),
	geometry_precision: z.enum(PRECISIONS),
	summary: text,
	related: z.optional(z.array(id)),
	subsea: z.optional(z.array(z.boolean())),
	/** A context line (e.g. the BAM): drawn thin and grey, not a cooperation project itself. */
	context: z.optional(z.boolean()),
	gauge_mm: z.optional(z.array(z.number())),
	sanctions: z.optional(z.array(text)),
	length_tolerance: z.optional(z.number()),
	length_tolerance_note: z.optional(text)
});
export type FeatureProps = z.infer<typeof featurePropsSchema>;

const position = z.tuple([z.number(), z.number()]);
const geometrySchema = z.union([
	z.object({ type: z.literal('Point'), coordinates: position }),
	z.object({ type: z.literal('LineString'), coordinates: z.array(position) }),
	z.object({ type: z.literal('MultiLineString'), coordinates: z.array(z.array(position)) }),
	z.object({ type: z.literal('Polygon'), coordinates: z.array(z.array(position)) }),
	z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(z.array(position))) })
]);

export const featureSchema = z.object({
	type: z.literal('Feature'),
	id,
	properties: featurePropsSchema,
	geometry: geometrySchema
});
export type LayerFeature = z.infer<typeof featureSchema>;

export const layerFileSchema = z.object({
	type: z.literal('FeatureCollection'),
	features: z.array(featureSchema)
});
export type LayerFile = z.infer<typeof layerFileSchema>;

export const eventSchema = z.object({
	id,
	date,
	category: z.enum(EVENT_CATEGORIES),
	title: text,
	note: text,
	features: z.array(id),
	citation: citationSchema
});
export type MapEvent = z.infer<typeof eventSchema>;
export const eventsFileSchema = z.array(eventSchema);

export const placeSchema = z.object({
	type: z.literal('Feature'),
	id: z.optional(id),
	properties: z.object({
		name_en: text,
		name_ko: text,
		name_ru: text,
		kind: z.enum(PLACE_KINDS),
		rank: z.number().check(z.gte(1), z.lte(4)),
		aliases: z.optional(z.array(text))
	}),
	geometry: z.object({ type: z.literal('Point'), coordinates: position })
});
export type Place = z.infer<typeof placeSchema>;
export const placesFileSchema = z.object({
	type: z.literal('FeatureCollection'),
	features: z.array(placeSchema)
});

export const noteFrontmatterSchema = z.object({
	id,
	layer: z.string(),
	type: z.enum(['feature', 'layer', 'about']),
	title: z.optional(text),
	period: z.optional(z.string()),
	citations: z.array(citationSchema)
});
export type NoteFrontmatter = z.infer<typeof noteFrontmatterSchema>;

/** Turns zod issues into lines naming the path, e.g. `features.3.properties.status: Invalid option`. */
export function describeIssues(error: z.core.$ZodError, prefix = ''): string[] {
	return error.issues.map((i) => `${prefix}${i.path.join('.') || '(root)'}: ${i.message}`);
}

export const tourChapterSchema = z.object({
	n: z.number().check(z.int(), z.gte(0)),
	title: text,
	camera: z.object({ zoom: z.number(), lat: z.number(), lon: z.number() }),
	layers: z.array(z.enum(LAYER_IDS)),
	year: z.optional(z.number().check(z.int(), z.gte(1990))),
	highlight: z.array(id),
	citations: z.array(citationSchema)
});
export type TourChapterMeta = z.infer<typeof tourChapterSchema>;

const statRow = {
	year: z.number().check(z.int(), z.gte(1990)),
	source_key: id,
	confidence: z.enum(CONFIDENCES),
	note: z.optional(text)
};

/** static/geo/stats/trade.json: bilateral trade by year. */
export const tradeFileSchema = z.object({
	title: text,
	unit: text,
	citations: z.array(citationSchema),
	rows: z.array(
		z.object({
			...statRow,
			total: z.number(),
			exports: z.optional(z.number()),
			imports: z.optional(z.number())
		})
	)
});
export type TradeFile = z.infer<typeof tradeFileSchema>;

/** static/geo/stats/arms-deliveries.json: deliveries by item and year. */
export const armsFileSchema = z.object({
	title: text,
	citations: z.array(citationSchema),
	rows: z.array(
		z.object({
			...statRow,
			year_end: z.optional(z.number()),
			item: text,
			quantity: z.number(),
			quantity_max: z.optional(z.number()),
			programme: id
		})
	)
});
export type ArmsFile = z.infer<typeof armsFileSchema>;
