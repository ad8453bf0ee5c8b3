import type { components } from '@par/contracts';

export type AppealList = components['schemas']['AppealListDto'];
export type Appeal = components['schemas']['AppealDto'];
export type AppealLeaf = components['schemas']['AppealLeafDto'];
export type FileAppeal = components['schemas']['FileAppealDto'];
export type DecideAppeal = components['schemas']['DecideAppealDto'];
export type LeafDecision = components['schemas']['AppealLeafDecisionDto'];
export type Publish = components['schemas']['PublishDto'];
/** A leaf the unit may appeal, as its assessment lists it. */
export interface AppealableLeaf {
  leafCode: string;
  title: string;
}
