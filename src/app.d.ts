// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {}
}

export {};

declare global {
	/** PUBLIC_BASEMAP_STYLE at build time, or ''. */
	const __BASEMAP_STYLE__: string;
}
