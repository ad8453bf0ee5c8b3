/**
 * The one password every demo account gets (the API's policy: ≥ 10 characters, not containing the
 * username, ≥ 4 distinct characters). For a demo only — a real deployment resets them.
 */
export const DEMO_PASSWORD = 'LamGiang@2026';
