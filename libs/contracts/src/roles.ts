/** Who a user is in the yearly cycle; `admin` is the standing agency (Sở Nội vụ) and may call every route. */
export const ROLES = ['admin', 'appraiser', 'unit_head', 'unit_editor', 'surveyor', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

/** Roles that belong to one unit and may only touch that unit's data. */
export const UNIT_ROLES: readonly Role[] = ['unit_head', 'unit_editor'];

export const ROLE_LABELS: Record<Role, { vi: string; en: string }> = {
  admin: { vi: 'Quản trị (cơ quan thường trực)', en: 'Administrator (standing agency)' },
  appraiser: { vi: 'Thành viên thẩm định', en: 'Appraiser' },
  unit_head: { vi: 'Lãnh đạo đơn vị', en: 'Unit head' },
  unit_editor: { vi: 'Cán bộ đơn vị', en: 'Unit officer' },
  surveyor: { vi: 'Cán bộ điều tra XHH', en: 'Survey staff' },
  viewer: { vi: 'Lãnh đạo tỉnh (xem)', en: 'Viewer (leadership)' },
};

/** What a provincial system's API key may do. */
export const API_KEY_SCOPES = ['indicators:write', 'results:read', 'units:read', 'periods:read'] as const;
export type ApiKeyScope = (typeof API_KEY_SCOPES)[number];

export const API_KEY_SCOPE_LABELS: Record<ApiKeyScope, { vi: string; en: string }> = {
  'indicators:write': {
    vi: 'Gửi số liệu chỉ tiêu (hệ thống một cửa)',
    en: 'Push indicator figures (one-stop system)',
  },
  'results:read': { vi: 'Đọc kết quả Chỉ số', en: 'Read index results' },
  'units:read': { vi: 'Đọc danh sách đơn vị', en: 'Read units' },
  'periods:read': { vi: 'Đọc kỳ đánh giá', en: 'Read periods' },
};
