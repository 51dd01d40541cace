/**
 * The Content-Security-Policy of every page we serve: only our own scripts, styles and fonts;
 * images may also be data:/blob: URLs (avatars, exported pictures); nothing from the network, no
 * inline script, no eval, no plugins, no framing. Sent as a header by the Electron protocol
 * handler and by the web bridge, and written into index.html as a meta tag at build time.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');

/** The same policy for a <meta> tag, which cannot carry frame-ancestors (browsers ignore it there). */
export const CONTENT_SECURITY_POLICY_META = CONTENT_SECURITY_POLICY.split('; ')
  .filter((d) => !d.startsWith('frame-ancestors'))
  .join('; ');
