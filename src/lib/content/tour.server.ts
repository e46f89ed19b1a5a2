/** The guided tour: one Markdown chapter per case (src/lib/content/tour/NN-*.md), rendered at build time. */
import { renderBody, splitFrontmatter, NoteError, type RenderedBody } from './markdown';
import { tourChapterSchema, describeIssues, type TourChapterMeta } from '../data/schema';

export type TourChapter = TourChapterMeta & RenderedBody;

export function parseChapter(raw: string, file: string): TourChapter {
	const { data, body } = splitFrontmatter(raw, file);
	const parsed = tourChapterSchema.safeParse(data);
	if (!parsed.success) throw new NoteError(file, describeIssues(parsed.error, 'frontmatter.'));
	return { ...parsed.data, ...renderBody(body, parsed.data.citations, `tour-${parsed.data.n}`, file) };
}

export function loadTour(files: Record<string, string>): TourChapter[] {
	const chapters = Object.entries(files)
		.sort(([a], [b]) => a.localeCompare(b))
		.map(([path, raw]) => parseChapter(raw, path));
	chapters.forEach((c, i) => {
		if (c.n !== i)
			throw new NoteError(`tour chapter ${i}`, [`is numbered n: ${c.n}; chapters must be 0, 1, 2, … in file order`]);
	});
	return chapters;
}

export const tour = (): TourChapter[] =>
	loadTour(
		import.meta.glob('./tour/*.md', { query: '?raw', import: 'default', eager: true }) as Record<string, string>
	);
