/** The fixed vocabularies every data file is checked against (docs/DATA.md). */

export const LAYER_IDS = ['rail', 'pipelines', 'fez', 'fishing', 'arms', 'dprk'] as const;
export type LayerId = (typeof LAYER_IDS)[number];

/** Ordered from "least real" to "most real" and then past; the timeline derives a year's state. */
export const STATUSES = [
	'proposed',
	'under construction',
	'operational',
	'suspended',
	'cancelled',
	'historical'
] as const;
export type Status = (typeof STATUSES)[number];

export const KINDS = [
	'rail line',
	'gauge break',
	'station',
	'oil pipeline',
	'gas pipeline',
	'LNG route',
	'LNG plant',
	'oil terminal',
	'port',
	'free port',
	'economic zone',
	'industrial park',
	'fishing area',
	'disputed fishing area',
	'arms transfer',
	'space cooperation',
	'nuclear site',
	'launch site',
	'special economic zone',
	'programme area',
	'industrial complex',
	'boundary'
] as const;
export type Kind = (typeof KINDS)[number];

export const PRECISIONS = ['surveyed', 'traced', 'schematic'] as const;
export type Precision = (typeof PRECISIONS)[number];

export const SOURCE_TYPES = ['government', 'intergovernmental', 'company', 'state media', 'news', 'scholarly'] as const;
export type SourceType = (typeof SOURCE_TYPES)[number];
export const CONFIDENCES = ['confirmed', 'reported', 'alleged'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

export const FIGURE_KEYS = [
	'length',
	'capacity',
	'cost',
	'volume',
	'value',
	'quantity',
	'area',
	'quota',
	'yield',
	'other'
] as const;

export const EVENT_CATEGORIES = [
	'diplomacy',
	'summit',
	'agreement',
	'project',
	'crisis',
	'sanctions',
	'nuclear-test',
	'military'
] as const;

export const PLACE_KINDS = [
	'capital',
	'city',
	'port',
	'town',
	'sea',
	'bay',
	'strait',
	'region',
	'lake',
	'country'
] as const;

export const LANGS = ['en', 'ko', 'ru'] as const;
export type Lang = (typeof LANGS)[number];

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export const DATE_RE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
export const ID_RE = /^[a-z0-9]+(-[a-z0-9]+)*$/;
