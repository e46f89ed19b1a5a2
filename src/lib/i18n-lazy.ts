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

/**
 * The comparison's places in each language: the nodes of static/geo/corridors.json (English names are
 * the file's own) and the crossings and borders of lib/corridors.ts.
 */
export const CORRIDOR_PLACE: Record<Lang, Record<string, string>> = {
	en: {
		'jejin-mdl': 'Jejin (MDL)',
		'tumangang-gauge': 'Tumangang (1435/1520 mm)',
		'tumangang-khasan': 'Tumangang–Khasan',
		'terespol-brest': 'Poland–Belarus (Terespol–Brest)',
		mdl: 'South Korea–North Korea (MDL)',
		'dprk-russia': 'North Korea–Russia',
		'russia-belarus': 'Russia–Belarus',
		'poland-belarus': 'Poland–Belarus'
	},
	ko: {
		busan: '부산',
		incheon: '인천 신항',
		'seoul-uiwang': '의왕 내륙컨테이너기지(오봉)',
		gangneung: '강릉',
		jejin: '제진',
		rajin: '나진',
		tumangang: '두만강역',
		khasan: '하산',
		baranovsky: '바라놉스키',
		vladivostok: '블라디보스토크',
		vostochny: '보스토치니항(나홋카)',
		khabarovsk: '하바롭스크',
		moscow: '모스크바',
		brest: '브레스트',
		ugolnaya: '우골나야(나홋카 지선 분기점)',
		rotterdam: '로테르담(마스블락테)',
		'jejin-mdl': '제진(군사분계선)',
		'tumangang-gauge': '두만강역(1435/1520mm)',
		'tumangang-khasan': '두만강–하산',
		'terespol-brest': '폴란드–벨라루스(테레스폴–브레스트)',
		mdl: '남북한(군사분계선)',
		'dprk-russia': '북한–러시아',
		'russia-belarus': '러시아–벨라루스',
		'poland-belarus': '폴란드–벨라루스'
	},
	ru: {
		busan: 'Пусан',
		incheon: 'Инчхон (Новый порт)',
		'seoul-uiwang': 'Ыйван, контейнерный терминал (Обон)',
		gangneung: 'Каннын',
		jejin: 'Чеджин',
		rajin: 'Раджин',
		tumangang: 'Туманган',
		khasan: 'Хасан',
		baranovsky: 'Барановский',
		vladivostok: 'Владивосток',
		vostochny: 'порт Восточный (Находка)',
		khabarovsk: 'Хабаровск',
		moscow: 'Москва',
		brest: 'Брест',
		ugolnaya: 'Угольная (примыкание ветки на Находку)',
		rotterdam: 'Роттердам (Маасвлакте)',
		'jejin-mdl': 'Чеджин (ВДЛ)',
		'tumangang-gauge': 'Туманган (1435/1520 мм)',
		'tumangang-khasan': 'Туманган — Хасан',
		'terespol-brest': 'Польша — Беларусь (Тересполь — Брест)',
		mdl: 'Республика Корея — КНДР (ВДЛ)',
		'dprk-russia': 'КНДР — Россия',
		'russia-belarus': 'Россия — Беларусь',
		'poland-belarus': 'Польша — Беларусь'
	}
};

/** A comparison place's name: in the interface language, else as corridors.json names the node. */
export const corridorPlace = (lang: Lang, key: string, nodes: Record<string, { name: string }> | undefined) =>
	CORRIDOR_PLACE[lang][key] ?? nodes?.[key]?.name ?? CORRIDOR_PLACE.en[key] ?? key;

/** What the table adds under some routes, in each language. */
export const ROUTE_NOTE: Record<Lang, Record<string, string>> = {
	en: {
		'tkr-tsr':
			'Hypothetical: the Gangneung–Jejin gap is still being built, and the only train to cross the MDL on the East Sea line was a test run in May 2007 (the 2018 survey train crossed on the western Gyeongui line).',
		'sea-rajin': 'Korean use stopped in 2016 with Seoul’s sanctions; the line still carries Russian coal.',
		'sea-suez': 'Includes the extra days of a mainline service’s port calls.'
	},
	ko: {
		'tkr-tsr':
			'가상 경로: 강릉–제진 구간은 아직 건설 중이며, 동해선으로 군사분계선을 넘은 열차는 2007년 5월의 시험 운행뿐이다(2018년 공동조사 열차는 서쪽 경의선으로 넘었다).',
		'sea-rajin': '한국의 이용은 2016년 한국 정부의 독자 제재로 끊겼고, 노선은 지금도 러시아 석탄을 실어 나른다.',
		'sea-suez': '간선 항로가 중간 항구에 기항하며 더해지는 일수를 포함한다.'
	},
	ru: {
		'tkr-tsr':
			'Гипотетический маршрут: участок Каннын — Чеджин ещё строится, а по Восточной линии ВДЛ пересёк лишь пробный поезд в мае 2007 года (совместный обследовательский поезд 2018 года прошёл по западной линии Кёнъи).',
		'sea-rajin':
			'Южнокорейские перевозки прекратились в 2016 году из-за санкций Сеула; линия по-прежнему возит российский уголь.',
		'sea-suez': 'С учётом дополнительных дней на заходы магистрального судна в промежуточные порты.'
	}
};

/**
 * The comparison's parameters (static/geo/corridors.json `parameters`) and units in Korean and Russian;
 * English is the file's own. The parameters' notes stay in English, like the case notes' text.
 */
export const PARAM_LABEL: Record<Exclude<Lang, 'en'>, Record<string, string>> = {
	ko: {
		rail_speed_tsr: '시베리아 횡단 철도와 브레스트까지 1520mm 궤간 노선의 컨테이너 블록트레인 속도',
		rail_speed_korea: '한국 철도 노선의 컨테이너 열차 속도',
		rail_speed_dprk: '북한 철도 노선의 열차 속도(경의선, 동해선/평라선)',
		rail_speed_eu: '표준궤 노선(브레스트/마와셰비체–로테르담)의 컨테이너 열차 속도',
		sea_speed_feeder: '피더 컨테이너선, 한국–러시아 극동/나진',
		sea_speed_mainline: '간선 컨테이너선, 한국–북유럽',
		sea_mainline_calls: '아시아–유럽 항로의 중간 기항으로 더해지는 일수',
		sea_cape_detour: '선박이 홍해를 피해 희망봉을 돌아갈 때 더해지는 거리',
		port_dwell: '환적 1회당 항만 하역·체류(선박↔철도 또는 선박↔선박)',
		gauge_change_dwell: '1435/1520mm 궤간이 바뀌는 곳의 환적(브레스트–마와셰비체 또는 두만강역/나진)',
		border_dwell: '궤간 변경 없는 국경 통과, 국경 하나당',
		cost_sea_korea_eu_feu_2024: '한국 → EU 해상 운임, 40피트 컨테이너 1개(2024년 3월)',
		cost_tsr_feu_2004: '한국 → 모스크바/핀란드 TSR 랜드브리지, 40피트 컨테이너 1개(2004년)',
		cost_sea_asia_europe_feu_2004: '아시아 → 유럽 간선 해상 운임, 40피트 컨테이너 1개(2004년)',
		cost_tsr_busan_moscow_feu_2022: '부산 → 보스토치니(해운) → 모스크바(TSR), 40피트 컨테이너 1개(2022년 2월)',
		cost_sea_busan_stpetersburg_moscow_feu_2022:
			'부산 → 상트페테르부르크(해운) → 모스크바(트럭), 40피트 컨테이너 1개(2022년 2월)',
		cost_feeder_busan_vladivostok_teu: '부산 → 블라디보스토크/보스토치니 피더 운임, 20피트 컨테이너 1개',
		rajin_coal_cost_saving: '포스코행 러시아 석탄을 블라디보스토크 대신 나진으로 보낼 때의 비용 절감'
	},
	ru: {
		rail_speed_tsr: 'Скорость контейнерных поездов на Транссибе и сети 1520 мм до Бреста',
		rail_speed_korea: 'Скорость контейнерных поездов на линиях Республики Корея',
		rail_speed_dprk: 'Скорость поездов на линиях КНДР (Кёнъи, Тонхэ/Пхёнра)',
		rail_speed_eu: 'Скорость контейнерных поездов на линиях колеи 1435 мм Брест/Малашевичи — Роттердам',
		sea_speed_feeder: 'Фидерное контейнерное судно, Корея — Дальний Восток России / Раджин',
		sea_speed_mainline: 'Магистральное контейнерное судно, Корея — Северная Европа',
		sea_mainline_calls: 'Дополнительные дни на заходы в промежуточные порты на линии Азия — Европа',
		sea_cape_detour: 'Дополнительное расстояние, когда суда обходят Красное море вокруг мыса Доброй Надежды',
		port_dwell: 'Перевалка и стоянка в порту на одну перегрузку (судно↔ж/д или судно↔судно)',
		gauge_change_dwell: 'Перегрузка на стыке колеи 1435/1520 мм (Брест — Малашевичи или Туманган/Раджин)',
		border_dwell: 'Пересечение границы без смены колеи, на каждую границу',
		cost_sea_korea_eu_feu_2024: 'Морская перевозка Корея → ЕС, один 40-футовый контейнер (март 2024)',
		cost_tsr_feu_2004: 'Сухопутный мост по Транссибу Корея → Москва/Финляндия, один 40-футовый контейнер (2004)',
		cost_sea_asia_europe_feu_2004:
			'Морская перевозка Азия → Европа магистральной линией, один 40-футовый контейнер (2004)',
		cost_tsr_busan_moscow_feu_2022:
			'Пусан → Восточный морем → Москва по Транссибу, один 40-футовый контейнер (февраль 2022)',
		cost_sea_busan_stpetersburg_moscow_feu_2022:
			'Пусан → Санкт-Петербург морем → Москва автотранспортом, один 40-футовый контейнер (февраль 2022)',
		cost_feeder_busan_vladivostok_teu: 'Фидерная перевозка Пусан → Владивосток/Восточный, один 20-футовый контейнер',
		rajin_coal_cost_saving: 'Экономия маршрута через Раджин для российского угля для POSCO по сравнению с Владивостоком'
	}
};

/** Units of the comparison's parameters; a unit not listed is shown as the file has it. */
export const UNIT_LABEL: Record<Exclude<Lang, 'en'>, Record<string, string>> = {
	ko: { 'km/day': 'km/일', days: '일', 'USD/FEU': '달러/FEU', 'USD/TEU': '달러/TEU' },
	ru: { 'km/day': 'км/сут.', days: 'сут.', km: 'км', 'USD/FEU': 'долл./FEU', 'USD/TEU': 'долл./TEU' }
};

/** A parameter's label and unit in the interface language, else as corridors.json has them. */
export const paramText = (lang: Lang, p: { id: string; label: string; unit: string }) =>
	lang === 'en'
		? { label: p.label, unit: p.unit }
		: { label: PARAM_LABEL[lang][p.id] ?? p.label, unit: UNIT_LABEL[lang][p.unit] ?? p.unit };

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
