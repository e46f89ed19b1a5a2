import { describe, expect, it } from 'vitest';
import { renderNote, NoteError } from './markdown';

const fm = (extra = '') => `---
id: test-feature
layer: rail
type: feature
citations:
  - key: src-a
    type: news
    title: A report
    publisher: Some Paper
    date: "2013-09-24"
    confidence: confirmed
${extra}---
`;

function problems(raw: string): string[] {
	try {
		renderNote(raw, 'test.md');
		return [];
	} catch (e) {
		return (e as NoteError).problems;
	}
}

describe('renderNote', () => {
	it('renderNote(note) numbers citation markers and links them to the source list', () => {
		const n = renderNote(fm() + 'The line reopened in 2013 [@src-a].\n', 'test.md');
		expect(n.html).toContain('<sup class="cite"><a href="#cite-test-feature-1" aria-label="source 1">1</a></sup>');
		expect(n.cited).toHaveLength(1);
		expect(n.lede).toBe('The line reopened in 2013.');
	});
	it('renderNote rejects raw HTML, so a note cannot inject script', () => {
		expect(problems(fm() + 'Fine [@src-a].\n\n<script>alert(1)</script>\n').join()).toMatch(/raw HTML/);
		expect(problems(fm() + 'Inline <img src=x onerror=alert(1)> here [@src-a].\n').join()).toMatch(/raw HTML/);
	});
	it('renderNote rejects javascript: links', () => {
		expect(problems(fm() + 'A [link](javascript:alert(1)) [@src-a].\n').join()).toMatch(/disallowed scheme/);
	});
	it('renderNote reports an uncited paragraph, an unknown marker and an unused citation', () => {
		const p = problems(fm() + 'No source here.\n\nUnknown [@nope].\n');
		expect(p.join('\n')).toMatch(/has no citation marker/);
		expect(p.join('\n')).toMatch(/\[@nope\] has no citation/);
		expect(p.join('\n')).toMatch(/"src-a" is never cited/);
	});
	it('renderNote reports an incomplete citation by its field', () => {
		const bad = fm().replace('    confidence: confirmed\n', '');
		expect(problems(bad + 'Text [@src-a].\n').join()).toMatch(/citations\.0\.confidence/);
	});
});
