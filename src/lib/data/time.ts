/** Deriving a feature's state in a given year from its dated status history. */
import type { HistoryStep } from './schema';
import type { Status } from './vocab';

export const FIRST_YEAR = 1990;
export const currentYear = () => new Date().getFullYear();

export const yearOf = (date: string) => Number(date.slice(0, 4));

/**
 * The status in force at the end of `year`: that of the last step dated in or before it, or null
 * when the first step lies after it (the feature did not exist yet and is not shown).
 */
export function statusInYear(history: HistoryStep[], year: number): Status | null {
	let s: Status | null = null;
	for (const step of history) {
		if (yearOf(step.date) <= year) s = step.status;
		else break;
	}
	return s;
}

/** "1999–2013", "2008–", or "1916" style period from a history, for list rows. */
export function periodOf(history: HistoryStep[]): string {
	const first = yearOf(history[0].date);
	const last = history[history.length - 1];
	const ended = ['cancelled', 'historical', 'suspended'].includes(last.status);
	if (history.length === 1) return ended ? String(first) : `${first}–`;
	return ended ? `${first}–${yearOf(last.date)}` : `${first}–`;
}
