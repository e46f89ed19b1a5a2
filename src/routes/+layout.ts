// Every page is prerendered: the site is static files that any host or CDN can serve.
export const prerender = true;
export const trailingSlash = 'never';
