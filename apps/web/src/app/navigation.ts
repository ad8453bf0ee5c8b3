import { ROLES, type Role } from '@par/contracts';
import type { MessageKey } from '../lib/messages';

export interface NavItem {
  to: string;
  label: MessageKey;
  /** Who sees the link and may open the page (the API refuses the others with 403 anyway). */
  roles: readonly Role[];
}

const EVERYONE = ROLES;
const UNIT = ['unit_head', 'unit_editor'] as const satisfies readonly Role[];

/** The yearly cycle's modules, each for the roles that take part in that step. */
export const MAIN_NAV: NavItem[] = [
  { to: '/', label: 'nav.dashboard', roles: EVERYONE },
  { to: '/my-unit', label: 'nav.myUnit', roles: UNIT },
  { to: '/criteria', label: 'nav.criteria', roles: ['admin', 'appraiser', 'viewer'] },
  { to: '/periods', label: 'nav.periods', roles: ['admin', 'appraiser', 'viewer'] },
  { to: '/self-assessment', label: 'nav.selfAssessment', roles: ['admin', ...UNIT] },
  { to: '/appraisal', label: 'nav.appraisal', roles: ['admin', 'appraiser'] },
  { to: '/survey', label: 'nav.survey', roles: ['admin', 'surveyor'] },
  { to: '/results', label: 'nav.results', roles: ['admin', 'appraiser', 'viewer', ...UNIT] },
  { to: '/analysis', label: 'nav.analysis', roles: ['admin', 'appraiser', 'viewer', ...UNIT] },
];

/** The standing agency's administration: admin only. */
export const ADMIN_NAV: NavItem[] = [
  { to: '/admin/units', label: 'nav.units', roles: ['admin'] },
  { to: '/admin/unit-types', label: 'nav.unitTypes', roles: ['admin'] },
  { to: '/admin/users', label: 'nav.users', roles: ['admin'] },
  { to: '/admin/api-keys', label: 'nav.apiKeys', roles: ['admin'] },
  { to: '/admin/audit', label: 'nav.audit', roles: ['admin'] },
];

export const visibleTo = (role: Role) => (item: NavItem) => item.roles.includes(role);

/** The roles of a navigation item, for the pages under it (`/criteria/:id` has the roles of `/criteria`). */
export const rolesOf = (to: string): readonly Role[] =>
  [...MAIN_NAV, ...ADMIN_NAV].find((item) => item.to === to)?.roles ?? ['admin'];
