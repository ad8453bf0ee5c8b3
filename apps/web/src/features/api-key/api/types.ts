import type { components } from '@par/contracts';

export type ApiKey = components['schemas']['ApiKeyDto'];
export type NewApiKey = components['schemas']['CreateApiKeyDto'];
