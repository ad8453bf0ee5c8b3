import type { DemoUser } from '../model/demo.types';

/**
 * One account per role (`admin` is created by the system): three appraisers — the standing agency's for
 * every area, one scoped by lead agency (leaves Sở Tư pháp leads), one by area (#7, e-government) — a
 * unit head and a unit officer for one agency and one commune, survey staff of the post office, and a
 * provincial leader who reads. Every account uses `DEMO_PASSWORD`.
 */
export function demoUsers(): DemoUser[] {
  return [
    {
      username: 'thamdinh.snv',
      fullName: 'Trần Thị Minh Hạnh',
      role: 'appraiser',
      unitCode: 'SNV',
      areaCodes: ['*'],
      position: 'Phó Trưởng phòng Cải cách hành chính, Sở Nội vụ — thẩm định mọi lĩnh vực',
    },
    {
      username: 'thamdinh.stp',
      fullName: 'Lê Văn Thắng',
      role: 'appraiser',
      unitCode: 'STP',
      areaCodes: [],
      position:
        'Trưởng phòng Xây dựng và Kiểm tra văn bản, Sở Tư pháp — thẩm định tiêu chí do Sở Tư pháp chủ trì',
    },
    {
      username: 'thamdinh.skhcn',
      fullName: 'Vũ Đức Long',
      role: 'appraiser',
      unitCode: 'SKHCN',
      areaCodes: ['7'],
      position: 'Phó Trưởng phòng Chuyển đổi số, Sở Khoa học và Công nghệ — thẩm định lĩnh vực 7',
    },
    {
      username: 'stc.lanhdao',
      fullName: 'Nguyễn Văn Hùng',
      role: 'unit_head',
      unitCode: 'STC',
      position: 'Phó Giám đốc Sở Tài chính — phê duyệt, gửi báo cáo tự đánh giá',
    },
    {
      username: 'stc.canbo',
      fullName: 'Phạm Thị Lan',
      role: 'unit_editor',
      unitCode: 'STC',
      position: 'Chuyên viên Văn phòng Sở Tài chính — nhập số liệu tự đánh giá',
    },
    {
      username: 'tanlap.lanhdao',
      fullName: 'Hoàng Văn Sơn',
      role: 'unit_head',
      unitCode: 'X-TANLAP',
      position: 'Chủ tịch UBND xã Tân Lập',
    },
    {
      username: 'tanlap.canbo',
      fullName: 'Đinh Thị Thu Trang',
      role: 'unit_editor',
      unitCode: 'X-TANLAP',
      position: 'Chuyên viên Văn phòng HĐND và UBND xã Tân Lập',
    },
    {
      username: 'dieutra.buudien',
      fullName: 'Bùi Quang Minh',
      role: 'surveyor',
      position: 'Nhân viên Bưu điện tỉnh — nhập phiếu điều tra xã hội học',
    },
    {
      username: 'lanhdao.tinh',
      fullName: 'Đỗ Quang Vinh',
      role: 'viewer',
      unitCode: 'UBND-TINH',
      position: 'Phó Chủ tịch UBND tỉnh — theo dõi kết quả',
    },
  ];
}
