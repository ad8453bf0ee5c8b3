/**
 * The root of every unit-assessment query (`['assessments', …]`, the self-assessment feature's key factory
 * builds on it): closing or reopening a survey writes the survey stage of the units' items, so the survey
 * feature invalidates below it without importing the other feature.
 */
export const ASSESSMENTS_ROOT_KEY = ['assessments'] as const;
