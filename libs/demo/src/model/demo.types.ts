import type { AssessmentsV1, CriteriaSetV1 } from '@par/scoring';

/** The unit types the demo uses (codes of the API's `unit_type` table). */
export type DemoUnitType = 'province' | 'department' | 'commune' | 'ward';

/** Ranking groups (`PeriodUnitInputDto.group`): agencies, communes and wards, special agencies apart. */
export type DemoGroup = 'departments' | 'special' | 'communes';

/** The names the demo gives its ranking groups (`PUT /periods/{id}/ranking-groups`), in the API's order. */
export const DEMO_GROUP_NAMES: Record<DemoGroup, { readonly name: string; readonly nameEn: string }> = {
  departments: { name: 'Sở, ban, ngành', nameEn: 'Provincial departments' },
  special: { name: 'Cơ quan đặc thù', nameEn: 'Special agencies' },
  communes: { name: 'Xã, phường', nameEn: 'Communes and wards' },
};

/** The account roles a seed creates (`admin` is created by the system on first start). */
export type DemoRole = 'appraiser' | 'unit_head' | 'unit_editor' | 'surveyor' | 'viewer';

/** The years the demo covers: last year's published period and this year's open one. */
export type DemoYear = 2025 | 2026;

/** A unit as `POST /units` takes it, plus what the demo needs to evaluate and rank it. */
export interface DemoUnit {
  readonly code: string;
  readonly name: string;
  readonly type: DemoUnitType;
  readonly parentCode?: string;
  /** Ranking group; absent for the parent `UBND tỉnh`, which is not evaluated. */
  readonly group?: DemoGroup;
  /**
   * How well the unit does, 0..1 (≈ its index / 100): drives `generateAssessments`.
   * Demo data only — not sent to the API.
   */
  readonly strength?: number;
}

/** A unit `generateAssessments` scores: an evaluated `DemoUnit`, or any `{ code, group }`. */
export interface AssessedUnit {
  readonly code: string;
  readonly name?: string;
  readonly group: string;
  /** 0..1; when absent it is derived from the unit code. */
  readonly strength?: number;
}

/** An account as `POST /users` takes it (without the password: all share `DEMO_PASSWORD`). */
export interface DemoUser {
  readonly username: string;
  readonly fullName: string;
  readonly role: DemoRole;
  /** The unit of a unit role, the lead agency of an appraiser. */
  readonly unitCode?: string;
  /** An appraiser's areas (`'*'` = all). */
  readonly areaCodes?: readonly string[];
  /** Position, for the printed credentials (not sent to the API). */
  readonly position: string;
}

/** A criteria set to import, with the decision that issued it (the API's `sourceDecision`). */
export interface DemoCriteriaSet {
  readonly set: CriteriaSetV1;
  readonly sourceDecision: string;
}

export interface GenerateAssessmentsOptions {
  /** Same seed, same assessments (a unit's figures also do not depend on the other units given). */
  readonly seed: number;
  /** Share of the assessment (non-survey) leaves each unit has given, 0..1; default 1. */
  readonly fill?: number;
  /** Give survey leaves their answer counts; default true. */
  readonly surveys?: boolean;
  /**
   * Include what appraisal adds — appraisers' `points` overrides with their reasons, bonus and penalty;
   * default true. Pass false for a self-assessment still in progress.
   */
  readonly appraised?: boolean;
}

/** ISO 8601 date-times with the +07:00 offset, as `DeadlinesDto` takes them. */
export interface DemoDeadlines {
  readonly selfAssessment: string;
  readonly appraisal: string;
  readonly explanation: string;
  readonly finalAppraisal: string;
}

export interface DemoPublication {
  readonly decisionNo: string;
  /** YYYY-MM-DD */
  readonly decisionDate: string;
}

/** One year's period as a seed creates it, and where it should leave it. */
export interface DemoPeriod {
  readonly year: DemoYear;
  readonly name: string;
  /** The sets in force and the unit types each scores (one set serves communes and wards alike). */
  readonly criteriaSets: readonly { readonly code: string; readonly unitTypes: readonly DemoUnitType[] }[];
  readonly units: readonly { readonly code: string; readonly group: DemoGroup }[];
  readonly deadlines: DemoDeadlines;
  /** The state the seed leaves the period in. */
  readonly state: 'published' | 'self_assessment';
  /** Units whose head has submitted the self-assessment (this year: those that entered every leaf). */
  readonly submitted: readonly string[];
  /** Last year only: the decision that publishes the results. */
  readonly publication?: DemoPublication;
  /**
   * One document per set. Last year: final, appraised inputs for every unit (import, compute, publish).
   * This year: self-assessment drafts, some units further along than others, no survey yet
   * (enter them item by item through `PUT …/items/{leafCode}`).
   */
  readonly assessments: readonly AssessmentsV1[];
}

export interface DemoProvince {
  readonly code: string;
  readonly name: string;
  /** The standing agency (cơ quan thường trực): Sở Nội vụ. */
  readonly standingAgency: string;
  readonly units: readonly DemoUnit[];
  readonly users: readonly DemoUser[];
  readonly password: string;
  /** Every set both periods use, to import before creating them. */
  readonly criteriaSets: readonly DemoCriteriaSet[];
  /** Last year (published), then this year (open). */
  readonly periods: readonly [DemoPeriod, DemoPeriod];
}
