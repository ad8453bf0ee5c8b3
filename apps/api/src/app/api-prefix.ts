/** Every API route lives under this prefix (`/api/v1/...`). */
export const API_PREFIX = 'api/v1';
