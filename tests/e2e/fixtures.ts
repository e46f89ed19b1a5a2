import { test as base, expect } from '@playwright/test';

/**
 * Every test's pages report Content-Security-Policy violations; any violation fails the test.
 * (https://developer.mozilla.org/docs/Web/API/SecurityPolicyViolationEvent)
 */
export const test = base.extend<{ cspViolations: string[] }>({
	cspViolations: [
		async ({ context }, use) => {
			const violations: string[] = [];
			await context.exposeBinding('__cspViolation', (_src, v: string) => void violations.push(v));
			await context.addInitScript(() => {
				document.addEventListener('securitypolicyviolation', (e) =>
					(window as unknown as { __cspViolation: (v: string) => void }).__cspViolation(
						`${e.violatedDirective} blocked ${e.blockedURI || '(inline)'}`
					)
				);
			});
			await use(violations);
			expect(violations, 'Content-Security-Policy violations').toEqual([]);
		},
		{ auto: true }
	]
});
export { expect };
