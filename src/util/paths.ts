/** Paths compared as written on any system: forward slashes, no leading "./". */
export const comparablePath = (path: string): string => path.replace(/\\/g, '/').replace(/^\.\//, '');
