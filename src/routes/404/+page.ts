// The page static hosts (Netlify, Cloudflare Pages, GitHub Pages) serve for an address the site does
// not have, at whatever depth: plain HTML and CSS, no JavaScript to load from a relative path.
export const csr = false;
