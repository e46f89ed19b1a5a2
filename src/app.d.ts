// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {}
}

export {};

declare global {
	/** PUBLIC_BASEMAP_STYLE at build time, or ''. */
	const __BASEMAP_STYLE__: string;
	/** package.json version: the dataset version cited by "cite this view". */
	const __APP_VERSION__: string;
	/** Date of the last data change (YYYY-MM-DD). */
	const __DATA_DATE__: string;
}
