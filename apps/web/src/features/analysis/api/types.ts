import type { components } from '@par/contracts';

export type LostPoints = components['schemas']['LostPointsDto'];
export type LostPointsRow = components['schemas']['LostPointsRowDto'];
export type LostPointsBy = LostPoints['by'];
export type RemediationTask = components['schemas']['TaskDto'];
export type RemediationStatus = RemediationTask['status'];
export type CreateTask = components['schemas']['CreateTaskDto'];
export type UpdateTask = components['schemas']['UpdateTaskDto'];
export type Standing = components['schemas']['StandingDto'];
