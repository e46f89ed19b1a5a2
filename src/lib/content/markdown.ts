/**
 * Case notes: Markdown with YAML frontmatter (docs/DATA.md), rendered at build time only.
 * Citation markers `[@key]` / `[@a; @b]` become numbered superscript links to the note's source list.
 * Raw HTML is rejected, so a note can never inject markup or script into the page.
 */
import { Marked, type Tokens } from 'marked';
import { parse as parseYaml } from 'yaml';
import { noteFrontmatterSchema, describeIssues, type Citation, type NoteFrontmatter } from '../data/schema';

export interface RenderedNote extends NoteFrontmatter {
	html: string;
	/** Citations in the order they are first cited, numbered from 1. */
	cited: (Citation & { n: number })[];
	/** Plain-text first paragraph without markers: for previews and meta descriptions. */
	lede: string;
}

export class NoteError extends Error {
	constructor(
		public file: string,
		public problems: string[]
	) {
		super(`${file}:\n  ${problems.join('\n  ')}`);
	}
}

const FRONTMATTER_RE = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;
const MARKER_RE = /^\[@([a-z0-9-]+(?:\s*;\s*@[a-z0-9-]+)*)\]/;

/** Escapes text for HTML; marked escapes its own text tokens, this covers what we build. */
export const escapeHtml = (s: string) =>
	s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export function splitFrontmatter(raw: string, file: string): { data: unknown; body: string } {
	const m = FRONTMATTER_RE.exec(raw);
	if (!m) throw new NoteError(file, ['missing YAML frontmatter between --- lines']);
	try {
		return { data: parseYaml(m[1]), body: m[2] };
	} catch (e) {
		throw new NoteError(file, [`frontmatter is not valid YAML: ${(e as Error).message}`]);
	}
}

export interface RenderedBody {
	html: string;
	cited: (Citation & { n: number })[];
	lede: string;
}

/**
 * Renders a Markdown body whose citation markers refer to `citations`; throws a NoteError listing every
 * problem (unknown or unused citation, uncited paragraph, raw HTML, unsafe link).
 */
export function renderBody(body: string, citations: Citation[], anchor: string, file: string): RenderedBody {
	const problems: string[] = [];
	const byKey = new Map(citations.map((c) => [c.key, c]));
	if (byKey.size !== citations.length) problems.push('two citations share a key');
	const order: string[] = [];
	const marked = new Marked({ gfm: true, async: false });
	marked.use({
		extensions: [
			{
				name: 'cite',
				level: 'inline',
				start: (src: string) => src.indexOf('[@'),
				tokenizer(src: string) {
					const m = MARKER_RE.exec(src);
					if (!m) return undefined;
					const keys = m[1].split(';').map((k) => k.trim().replace(/^@/, ''));
					return { type: 'cite', raw: m[0], keys };
				},
				renderer(token) {
					const links = (token.keys as string[]).map((k) => {
						if (!byKey.has(k)) {
							problems.push(`citation marker [@${k}] has no citation with that key`);
							return '';
						}
						if (!order.includes(k)) order.push(k);
						const n = order.indexOf(k) + 1;
						return `<a href="#cite-${escapeHtml(anchor)}-${n}" aria-label="source ${n}">${n}</a>`;
					});
					return `<sup class="cite">${links.filter(Boolean).join(',')}</sup>`;
				}
			}
		],
		renderer: {
			html(token: Tokens.HTML | Tokens.Tag) {
				problems.push(`raw HTML is not allowed in notes: ${token.raw.trim().slice(0, 60)}`);
				return '';
			},
			// Links open sources in a new tab without leaking the opener; only http(s) is allowed.
			link(token: Tokens.Link) {
				const href = token.href;
				if (!/^https?:\/\//.test(href) && !href.startsWith('/') && !href.startsWith('#')) {
					problems.push(`link with a disallowed scheme: ${href.slice(0, 60)}`);
					return escapeHtml(token.text);
				}
				const ext = /^https?:/.test(href) ? ' rel="noopener noreferrer" target="_blank"' : '';
				return `<a href="${escapeHtml(href)}"${ext}>${this.parser.parseInline(token.tokens)}</a>`;
			},
			image(token: Tokens.Image) {
				problems.push(`images are not allowed in notes: ${token.href.slice(0, 60)}`);
				return '';
			}
		}
	});

	// Every paragraph states something, so every paragraph must carry a source.
	const tokens = marked.lexer(body);
	for (const t of tokens) {
		if ((t.type === 'paragraph' || t.type === 'list' || t.type === 'blockquote') && !/\[@/.test(t.raw))
			problems.push(`a ${t.type} has no citation marker: "${t.raw.trim().slice(0, 70)}…"`);
	}
	const html = marked.parser(tokens);
	for (const c of citations)
		if (!order.includes(c.key)) problems.push(`citation "${c.key}" is never cited in the text`);
	if (problems.length) throw new NoteError(file, problems);

	const firstPara = tokens.find((t) => t.type === 'paragraph');
	const lede = firstPara
		? firstPara.raw
				.replace(/\s*\[@[^\]]*\]/g, '')
				.replace(/[*_`]/g, '')
				.replace(/\s+/g, ' ')
				.trim()
		: '';
	return { html, cited: order.map((k, i) => ({ ...byKey.get(k)!, n: i + 1 })), lede };
}

export function renderNote(raw: string, file: string): RenderedNote {
	const { data, body } = splitFrontmatter(raw, file);
	const parsed = noteFrontmatterSchema.safeParse(data);
	if (!parsed.success) throw new NoteError(file, describeIssues(parsed.error, 'frontmatter.'));
	return { ...parsed.data, ...renderBody(body, parsed.data.citations, parsed.data.id, file) };
}
