import { AppSetting } from './app-setting.entity';

/** Every entity, listed as classes (the API is bundled: globs would find nothing). */
export const ENTITIES = [AppSetting];
