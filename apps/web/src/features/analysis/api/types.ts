import type { components } from '@par/contracts';

export type LostPoints = components['schemas']['LostPointsDto'];
export type LostPointsRow = components['schemas']['LostPointsRowDto'];
export type LostPointsBy = LostPoints['by'];
export type RemediationTask = components['schemas']['TaskDto'];
export type RemediationStatus = RemediationTask['status'];
export type CreateTask = components['schemas']['CreateTaskDto'];
export type UpdateTask = components['schemas']['UpdateTaskDto'];
export type Standing = components['schemas']['StandingDto'];
export type Heatmap = components['schemas']['HeatmapDto'];
export type Strengths = components['schemas']['StrengthsDto'];
export type Robustness = components['schemas']['RobustnessDto'];
export type Gaps = components['schemas']['GapsDto'];
export type UnitTrend = components['schemas']['UnitTrendDto'];
export type ProvinceTrend = components['schemas']['ProvinceTrendDto'];
export type TrendBy = UnitTrend['by'];
export type CreateStanding = components['schemas']['CreateStandingDto'];
export type StandingImportResult = components['schemas']['StandingImportResultDto'];
