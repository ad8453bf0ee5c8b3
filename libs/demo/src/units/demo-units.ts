import type { DemoUnit } from '../model/demo.types';

const PROVINCE = 'UBND-TINH';

/** Provincial agencies after the 2025 reorganisation of departments: code, name, ranking group, strength. */
const AGENCIES: readonly (readonly [string, string, 'departments' | 'special', number])[] = [
  ['VPUBND', 'Văn phòng UBND tỉnh', 'departments', 0.95],
  ['SNV', 'Sở Nội vụ', 'departments', 0.94],
  ['STP', 'Sở Tư pháp', 'departments', 0.91],
  ['STC', 'Sở Tài chính', 'departments', 0.89],
  ['SXD', 'Sở Xây dựng', 'departments', 0.82],
  ['SCT', 'Sở Công Thương', 'departments', 0.86],
  ['SNNMT', 'Sở Nông nghiệp và Môi trường', 'departments', 0.8],
  ['SKHCN', 'Sở Khoa học và Công nghệ', 'departments', 0.92],
  ['SGDDT', 'Sở Giáo dục và Đào tạo', 'departments', 0.85],
  ['SYT', 'Sở Y tế', 'departments', 0.71],
  ['SVHTTDL', 'Sở Văn hóa, Thể thao và Du lịch', 'departments', 0.83],
  ['SDTTG', 'Sở Dân tộc và Tôn giáo', 'departments', 0.78],
  ['SNGV', 'Sở Ngoại vụ', 'departments', 0.84],
  ['TTR', 'Thanh tra tỉnh', 'departments', 0.87],
  ['BQLKKT', 'Ban Quản lý Khu kinh tế cửa khẩu', 'special', 0.76],
  ['BQLKCN', 'Ban Quản lý các Khu công nghiệp', 'special', 0.81],
  ['BQLDA', 'Ban Quản lý dự án đầu tư xây dựng tỉnh', 'special', 0.74],
];

/** Communes and wards (two-level local government since 1 July 2025): code, name, type, strength. */
const LOCALITIES: readonly (readonly [string, string, 'commune' | 'ward', number])[] = [
  ['P-LAMGIANG', 'UBND phường Lam Giang', 'ward', 0.93],
  ['P-HOABINH', 'UBND phường Hòa Bình', 'ward', 0.9],
  ['P-DONGTHANH', 'UBND phường Đông Thành', 'ward', 0.88],
  ['P-BACSON', 'UBND phường Bắc Sơn', 'ward', 0.84],
  ['P-TANAN', 'UBND phường Tân An', 'ward', 0.86],
  ['X-TANLAP', 'UBND xã Tân Lập', 'commune', 0.87],
  ['X-PHUMY', 'UBND xã Phú Mỹ', 'commune', 0.83],
  ['X-HOATHUAN', 'UBND xã Hòa Thuận', 'commune', 0.8],
  ['X-THANHSON', 'UBND xã Thanh Sơn', 'commune', 0.77],
  ['X-DONGTAM', 'UBND xã Đồng Tâm', 'commune', 0.82],
  ['X-YENHOA', 'UBND xã Yên Hòa', 'commune', 0.79],
  ['X-MINHKHAI', 'UBND xã Minh Khai', 'commune', 0.85],
  ['X-ANPHU', 'UBND xã An Phú', 'commune', 0.81],
  ['X-TIENPHONG', 'UBND xã Tiên Phong', 'commune', 0.74],
  ['X-PAKHA', 'UBND xã Pà Khà', 'commune', 0.68],
  ['X-NAMLY', 'UBND xã Nậm Ly', 'commune', 0.72],
];

/**
 * The demo province's units, parent first: `UBND tỉnh` (type `province`, not evaluated), 17 provincial
 * agencies (type `department`; three boards ranked apart in `special`) and 16 communes and wards ranked
 * together in `communes`. Codes are stable across years.
 */
export function demoUnits(): DemoUnit[] {
  return [
    { code: PROVINCE, name: 'UBND tỉnh Lam Giang', type: 'province' },
    ...AGENCIES.map(([code, name, group, strength]): DemoUnit => ({
      code,
      name,
      type: 'department',
      parentCode: PROVINCE,
      group,
      strength,
    })),
    ...LOCALITIES.map(([code, name, type, strength]): DemoUnit => ({
      code,
      name,
      type,
      parentCode: PROVINCE,
      group: 'communes',
      strength,
    })),
  ];
}
