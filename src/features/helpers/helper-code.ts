/** What a parent types: spaces, dashes and lower case are forgiven; the backend checks the rest. */
export const normaliseCode = (raw: string): string => raw.replace(/[\s-]/g, '').toUpperCase();

/** ABCD2345 → ABCD 2345: easier to read out over the phone. */
export const spacedCode = (code: string): string => `${code.slice(0, 4)} ${code.slice(4)}`;
