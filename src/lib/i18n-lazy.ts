/**
 * Words in the three languages that only parts loaded on demand need (the search box, the case
 * notes, the route comparison). Kept out of $lib/i18n, which the first load carries: the app's
 * first-load JavaScript has a budget (tests/e2e/budgets.spec.ts).
 */
import type { Lang, Precision } from '$lib/data/vocab';
import type { Stop } from '$lib/corridors';

type StopKind = Stop['kind'];

/** The compared routes (lib/corridors.ts ids): a full name for the table and a short one for the chart. */
export const ROUTE_LABEL: Record<Lang, Record<string, { name: string; short: string }>> = {
	en: {
		'tkr-tsr': { name: 'All rail: East Sea line (TKR) through North Korea, then the TSR', short: 'All rail via TKR' },
		'sea-vladivostok': { name: 'Sea to Vladivostok, then the TSR', short: 'Sea to Vladivostok' },
		'sea-vostochny': { name: 'Sea to Vostochny, then the TSR', short: 'Sea to Vostochny' },
		'sea-rajin': { name: 'Sea to Rajin, then Rajin–Khasan and the TSR', short: 'Sea to Rajin' },
		'sea-suez': { name: 'All sea via Suez to Rotterdam, then rail to Brest', short: 'All sea via Suez' }
	},
	ko: {
		'tkr-tsr': { name: '전 구간 철도: 북한을 지나는 동해선(TKR), 이어 시베리아 횡단 철도', short: 'TKR 경유 철도' },
		'sea-vladivostok': { name: '블라디보스토크까지 해운, 이어 시베리아 횡단 철도', short: '블라디보스토크 해운' },
		'sea-vostochny': { name: '보스토치니까지 해운, 이어 시베리아 횡단 철도', short: '보스토치니 해운' },
		'sea-rajin': { name: '나진까지 해운, 이어 나진–하산 철도와 시베리아 횡단 철도', short: '나진 해운' },
		'sea-suez': { name: '수에즈 경유 로테르담까지 해운, 이어 브레스트까지 철도', short: '수에즈 경유 해운' }
	},
	ru: {
		'tkr-tsr': {
			name: 'Целиком по железной дороге: Восточная линия ТКЖД через КНДР, затем Транссиб',
			short: 'Ж/д через ТКЖД'
		},
		'sea-vladivostok': { name: 'Морем до Владивостока, затем Транссиб', short: 'Морем до Владивостока' },
		'sea-vostochny': { name: 'Морем до Восточного, затем Транссиб', short: 'Морем до Восточного' },
		'sea-rajin': { name: 'Морем до Раджина, затем Раджин — Хасан и Транссиб', short: 'Морем до Раджина' },
		'sea-suez': {
			name: 'Морем через Суэц до Роттердама, затем по железной дороге до Бреста',
			short: 'Морем через Суэц'
		}
	}
};

/** A stop at a place, and a number of days, as the table's detail lines say them. */
export const STOP_WORDS: Record<Lang, { stopAt: (kind: StopKind, at: string) => string; days: (d: string) => string }> =
	{
		en: {
			stopAt: (kind, at) =>
				`${kind === 'port' ? 'Transshipment' : kind === 'gauge' ? 'Gauge change' : 'Border'} at ${at}`,
			days: (d) => `${d} d`
		},
		ko: {
			stopAt: (kind, at) => `${at} ${kind === 'port' ? '환적' : kind === 'gauge' ? '궤간 변경' : '국경 통과'}`,
			days: (d) => `${d}일`
		},
		ru: {
			stopAt: (kind, at) => `${kind === 'port' ? 'Перевалка' : kind === 'gauge' ? 'Смена колеи' : 'Граница'}: ${at}`,
			days: (d) => `${d} сут.`
		}
	};

/** Kinds of the basemap's places (static/geo/places.geojson), as the search describes them. */
export const PLACE_KINDS = ['capital', 'city', 'town', 'port', 'region', 'sea', 'bay', 'strait'] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];
export const PLACE_KIND_LABEL: Record<Lang, Record<PlaceKind, string>> = {
	en: {
		capital: 'capital',
		city: 'city',
		town: 'town',
		port: 'port',
		region: 'region',
		sea: 'sea',
		bay: 'bay',
		strait: 'strait'
	},
	ko: {
		capital: '수도',
		city: '도시',
		town: '소도시',
		port: '항구',
		region: '지역',
		sea: '바다',
		bay: '만',
		strait: '해협'
	},
	ru: {
		capital: 'столица',
		city: 'город',
		town: 'городок',
		port: 'порт',
		region: 'регион',
		sea: 'море',
		bay: 'залив',
		strait: 'пролив'
	}
};

/** How exactly a feature's geometry is drawn (the `geometry_precision` property). */
export const PRECISION_LABEL: Record<Lang, Record<Precision, string>> = {
	en: { surveyed: 'surveyed', traced: 'traced', schematic: 'schematic' },
	ko: { surveyed: '측량', traced: '추적', schematic: '개략' },
	ru: { surveyed: 'съёмка', traced: 'по точкам', schematic: 'схема' }
};
