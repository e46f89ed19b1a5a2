// A note page is readable and printable without JavaScript.
export const csr = false;
