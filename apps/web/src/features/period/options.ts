// What the period screens pick from. The route reads them from the criteria and organization features
// (features do not import each other) and hands them in.

/** A criteria set a period may use. */
export interface SetOption {
  id: string;
  code: string;
  name: string;
  year: number;
  unitType: string;
  status: 'draft' | 'published' | 'archived';
}

/** An evaluated unit a period may enrol. */
export interface UnitOption {
  code: string;
  name: string;
  type: string;
  active: boolean;
}

/** An active appraiser account, for the appraisal assignments. */
export interface AppraiserOption {
  username: string;
  fullName: string;
  unitCode: string | null;
}
