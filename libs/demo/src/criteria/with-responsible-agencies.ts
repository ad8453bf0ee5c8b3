import type { CriteriaNodeV1 } from '@par/scoring';

/**
 * The agency that manages each area's field (*cơ quan chịu trách nhiệm*) — whose points a lost sub-criterion
 * is and who must fix it, whoever appraises the leaf. Survey leaves of an area belong to it too. Area 8
 * (impact) names none: its leaves fall back to their lead agencies (Sở Tài chính for the socio-economic
 * targets, Sở Nội vụ for SIPAS, remediation and the impact survey).
 */
export const AREA_RESPONSIBLE_AGENCIES: Readonly<Record<string, string>> = {
  '1': 'SNV', // chỉ đạo, điều hành CCHC — Sở Nội vụ (cơ quan thường trực CCHC)
  '2': 'STP', // văn bản quy phạm pháp luật — Sở Tư pháp
  '3': 'VPUBND', // thủ tục hành chính, một cửa — Văn phòng UBND tỉnh
  '4': 'SNV', // tổ chức bộ máy — Sở Nội vụ
  '5': 'SNV', // chế độ công vụ — Sở Nội vụ
  '6': 'STC', // tài chính công — Sở Tài chính
  '7': 'SKHCN', // chính quyền điện tử, chính quyền số — Sở Khoa học và Công nghệ
};

/** The areas with their responsible agency set (descendants inherit it). */
export function withResponsibleAgencies(nodes: readonly CriteriaNodeV1[]): CriteriaNodeV1[] {
  return nodes.map((area) => {
    const agency = AREA_RESPONSIBLE_AGENCIES[area.code];
    return agency === undefined ? area : { ...area, responsibleAgency: agency };
  });
}
