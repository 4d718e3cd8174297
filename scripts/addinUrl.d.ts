/** Types of scripts/addinUrl.js (plain CommonJS, loaded by webpack.config.js). */
export class AddinUrlError extends Error {}
export function checkAddinUrl(value: string | undefined): string;
export function isLocalHost(hostname: string): boolean;
