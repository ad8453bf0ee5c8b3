import type { components } from '@par/contracts';

export type CurrentUser = components['schemas']['MeDto'];
export type Credentials = components['schemas']['LoginDto'];
export type PasswordChange = components['schemas']['ChangePasswordDto'];
