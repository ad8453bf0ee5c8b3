import type { CriteriaNodeV1 } from '@par/scoring';
import { branchNode } from './branch-node';
import { BOOLEAN, MANUAL, RATIO } from './demo-rules';
import { leafNode } from './leaf-node';
import { RESUBMITTED_DOSSIERS, SIGNED_DOCUMENTS, SYSTEM_REPORTS } from './shared-leaves';
import { surveyLeaf } from './survey-leaf';
import { tiersRule } from './tiers-rule';

/** Who rates a commune or ward (Gia Lai 2025 pattern, after the merger). */
const LEADERS = 'đại biểu HĐND tỉnh; lãnh đạo các sở, ban, ngành tỉnh';
const PUBLIC = 'người dân, doanh nghiệp đã giao dịch tại Trung tâm Phục vụ hành chính công xã, phường';
const RESIDENTS = 'người dân, trưởng thôn, tổ trưởng tổ dân phố trên địa bàn';

/**
 * The 2025 criteria tree of commune and ward People's Committees (two-level local government since
 * 1 July 2025): the 8 areas, 28 criteria, 69 leaves; 70 appraisal points + 30 survey points.
 */
export function communeNodes(): CriteriaNodeV1[] {
  return [
    branchNode('1', 'Công tác chỉ đạo, điều hành cải cách hành chính', [
      branchNode('1.1', 'Kế hoạch và báo cáo cải cách hành chính', [
        leafNode('1.1.1', 'Ban hành kế hoạch CCHC năm của UBND xã đúng thời hạn', 0.5, BOOLEAN, {
          guidance:
            'Kế hoạch CCHC năm ban hành trước ngày 31/12 năm trước (năm 2025: trong 30 ngày kể từ ngày chính ' +
            'quyền xã mới đi vào hoạt động), đủ nhiệm vụ, sản phẩm, thời hạn: 0,5 điểm; không: 0 điểm.',
          evidence: 'Kế hoạch CCHC năm của UBND xã (số, ngày ban hành).',
          lead: 'SNV',
        }),
        leafNode(
          '1.1.2',
          'Mức độ hoàn thành kế hoạch CCHC năm',
          1,
          tiersRule('min', [
            [100, 1],
            [90, 0.75],
            [80, 0.5],
          ]),
          {
            guidance:
              'Tỷ lệ nhiệm vụ hoàn thành / tổng số nhiệm vụ trong kế hoạch: 100 % → 1 điểm; từ 90 % → 0,75; ' +
              'từ 80 % → 0,5; dưới 80 % → 0.',
            evidence: 'Báo cáo CCHC năm của UBND xã; bảng theo dõi kết quả thực hiện từng nhiệm vụ.',
            lead: 'SNV',
          },
        ),
        leafNode(
          '1.1.3',
          'Số báo cáo CCHC định kỳ gửi Sở Nội vụ trễ hạn hoặc thiếu nội dung',
          1,
          { kind: 'deduction', perItem: 0.25 },
          {
            guidance:
              'Gửi đúng hạn, đủ nội dung: 1 điểm; mỗi báo cáo trễ hạn hoặc thiếu nội dung trừ 0,25 điểm.',
            evidence:
              'Các báo cáo CCHC quý, 6 tháng, năm và thời điểm gửi trên Hệ thống thông tin báo cáo tỉnh.',
            lead: 'SNV',
          },
        ),
      ]),
      branchNode('1.2', 'Kiểm tra công tác cải cách hành chính', [
        leafNode(
          '1.2.1',
          'Ban hành kế hoạch kiểm tra CCHC tại các phòng chuyên môn và Trung tâm Phục vụ hành chính công xã',
          0.5,
          BOOLEAN,
          {
            guidance: 'Có kế hoạch kiểm tra CCHC trong năm: 0,5 điểm; không có: 0 điểm.',
            evidence: 'Kế hoạch kiểm tra CCHC năm của UBND xã.',
            lead: 'SNV',
          },
        ),
        leafNode(
          '1.2.2',
          'Tỷ lệ tồn tại, hạn chế phát hiện qua kiểm tra được khắc phục',
          1,
          tiersRule('min', [
            [100, 1],
            [70, 0.5],
          ]),
          {
            guidance:
              'Số tồn tại đã khắc phục / số tồn tại phát hiện: 100 % → 1 điểm; từ 70 % → 0,5; dưới 70 % → 0.',
            evidence: 'Biên bản, thông báo kết luận kiểm tra; báo cáo kết quả khắc phục.',
            lead: 'SNV',
          },
        ),
      ]),
      branchNode('1.3', 'Thực hiện nhiệm vụ UBND tỉnh giao về cải cách hành chính', [
        leafNode('1.3.1', 'Tỷ lệ nhiệm vụ CCHC UBND tỉnh giao được hoàn thành đúng hạn', 1.5, RATIO, {
          guidance:
            'Điểm = 1,5 × tỷ lệ nhiệm vụ hoàn thành đúng hạn (%) / 100, theo Hệ thống theo dõi nhiệm vụ của tỉnh.',
          evidence: 'Trích xuất Hệ thống theo dõi nhiệm vụ UBND tỉnh giao; báo cáo kết quả thực hiện.',
          lead: 'VPUBND',
          indicator: 'nhiem-vu-cchc-dung-han',
        }),
        surveyLeaf(
          '1.3.2',
          'Đánh giá về sự quyết liệt trong chỉ đạo, điều hành CCHC của Chủ tịch UBND xã',
          2,
          LEADERS,
        ),
      ]),
      leafNode(
        '1.4',
        'Đổi mới hình thức tuyên truyền cải cách hành chính đến thôn, tổ dân phố',
        1.5,
        MANUAL,
        {
          guidance:
            'Thẩm định chấm 0–1,5 điểm: tuyên truyền trên hệ thống truyền thanh cơ sở (0,5), trên trang thông tin ' +
            'điện tử, mạng xã hội của xã (0,5), qua hội nghị thôn, tổ dân phố hoặc hình thức mới hiệu quả (0,5).',
          evidence: 'Kế hoạch tuyên truyền; tin, bài, đường dẫn; biên bản hội nghị thôn, tổ dân phố.',
          lead: 'SNV',
        },
      ),
    ]),

    branchNode('2', 'Xây dựng và tổ chức thực hiện văn bản quy phạm pháp luật tại địa phương', [
      branchNode('2.1', 'Ban hành văn bản quy phạm pháp luật của HĐND, UBND xã', [
        leafNode(
          '2.1.1',
          'Tỷ lệ VBQPPL của HĐND, UBND xã ban hành đúng trình tự, thủ tục',
          1.5,
          tiersRule('min', [
            [100, 1.5],
            [90, 1],
            [80, 0.5],
          ]),
          {
            guidance:
              '100 % → 1,5 điểm; từ 90 % → 1; từ 80 % → 0,5; dưới 80 % → 0. Không ban hành VBQPPL nào: không áp dụng.',
            evidence:
              'Hồ sơ xây dựng văn bản (dự thảo, lấy ý kiến, thẩm định, tờ trình); văn bản đã ban hành.',
            lead: 'STP',
          },
        ),
        leafNode(
          '2.1.2',
          'Số VBQPPL bị cơ quan có thẩm quyền kết luận trái pháp luật',
          1,
          { kind: 'deduction', perItem: 0.5 },
          {
            guidance:
              'Không có văn bản trái pháp luật: 1 điểm; mỗi văn bản bị kết luận trái pháp luật trừ 0,5 điểm.',
            evidence: 'Kết luận kiểm tra văn bản của Sở Tư pháp.',
            lead: 'STP',
          },
        ),
      ]),
      branchNode('2.2', 'Rà soát văn bản quy phạm pháp luật', [
        leafNode('2.2.1', 'Ban hành kế hoạch rà soát VBQPPL sau sắp xếp đơn vị hành chính', 0.5, BOOLEAN, {
          guidance: 'Có kế hoạch rà soát văn bản của các đơn vị hành chính cũ và của xã: 0,5 điểm; không: 0.',
          evidence: 'Kế hoạch rà soát VBQPPL của UBND xã.',
          lead: 'STP',
        }),
        leafNode('2.2.2', 'Tỷ lệ văn bản được kiến nghị xử lý qua rà soát đã được xử lý', 1, RATIO, {
          guidance:
            'Điểm = 1 × số văn bản đã xử lý / số văn bản kiến nghị xử lý. Không có văn bản phải xử lý: không áp dụng.',
          evidence: 'Báo cáo kết quả rà soát; văn bản bãi bỏ, thay thế.',
          lead: 'STP',
        }),
      ]),
      branchNode('2.3', 'Tiếp cận pháp luật và hòa giải ở cơ sở', [
        leafNode('2.3.1', 'Xã, phường được công nhận đạt chuẩn tiếp cận pháp luật', 0.5, BOOLEAN, {
          guidance: 'Được công nhận đạt chuẩn tiếp cận pháp luật năm đánh giá: 0,5 điểm; không: 0 điểm.',
          evidence: 'Quyết định công nhận xã, phường đạt chuẩn tiếp cận pháp luật.',
          lead: 'STP',
        }),
        leafNode(
          '2.3.2',
          'Tỷ lệ vụ việc hòa giải ở cơ sở thành',
          0.5,
          tiersRule('min', [
            [80, 0.5],
            [60, 0.25],
          ]),
          {
            guidance:
              'Số vụ việc hòa giải thành / số vụ việc tiếp nhận: từ 80 % → 0,5 điểm; từ 60 % → 0,25; dưới 60 % → 0.',
            evidence: 'Sổ theo dõi hoạt động hòa giải của các tổ hòa giải; báo cáo công tác hòa giải.',
            lead: 'STP',
          },
        ),
        surveyLeaf(
          '2.3.3',
          'Đánh giá về hiệu quả phổ biến pháp luật và tính khả thi của văn bản do chính quyền xã ban hành',
          2,
          RESIDENTS,
        ),
      ]),
    ]),

    branchNode('3', 'Cải cách thủ tục hành chính', [
      branchNode('3.1', 'Kiểm soát, rà soát thủ tục hành chính', [
        leafNode(
          '3.1.1',
          'Mức độ hoàn thành kế hoạch rà soát, đánh giá TTHC',
          1,
          tiersRule('min', [
            [100, 1],
            [80, 0.5],
          ]),
          {
            guidance: 'Tỷ lệ TTHC đã rà soát / số phải rà soát theo kế hoạch: 100 % → 1 điểm; từ 80 % → 0,5.',
            evidence: 'Báo cáo kết quả rà soát, đánh giá TTHC của UBND xã.',
            lead: 'VPUBND',
          },
        ),
        leafNode('3.1.2', 'Đề xuất phương án đơn giản hóa TTHC, giấy tờ công dân', 1, MANUAL, {
          guidance:
            'Thẩm định chấm 0–1 điểm theo số lượng và chất lượng phương án được Văn phòng UBND tỉnh tiếp thu.',
          evidence: 'Văn bản đề xuất phương án; văn bản tiếp thu của Văn phòng UBND tỉnh.',
          lead: 'VPUBND',
        }),
      ]),
      branchNode('3.2', 'Công khai thủ tục hành chính', [
        leafNode(
          '3.2.1',
          'Niêm yết, công khai đầy đủ TTHC tại Trung tâm Phục vụ hành chính công xã và trên Cổng Dịch vụ công',
          1,
          BOOLEAN,
          {
            guidance: 'Công khai đúng, đủ, có mã QR tra cứu từng TTHC: 1 điểm; còn thiếu sót: 0 điểm.',
            evidence: 'Ảnh chụp khu vực niêm yết; kết quả kiểm tra của Văn phòng UBND tỉnh.',
            lead: 'VPUBND',
          },
        ),
        surveyLeaf('3.2.2', 'Đánh giá về tính công khai, minh bạch của TTHC tại xã, phường', 2.5, PUBLIC),
      ]),
      branchNode('3.3', 'Kết quả giải quyết thủ tục hành chính', [
        leafNode(
          '3.3.1',
          'Tỷ lệ hồ sơ TTHC được giải quyết đúng hạn',
          3.5,
          tiersRule('min', [
            [100, 3.5],
            [98, 3],
            [95, 2.5],
            [90, 1.5],
          ]),
          {
            guidance:
              'Số hồ sơ đúng hạn / tổng số hồ sơ đã giải quyết: 100 % → 3,5 điểm; từ 98 % → 3; từ 95 % → 2,5; ' +
              'từ 90 % → 1,5; dưới 90 % → 0. Số liệu từ Hệ thống thông tin giải quyết TTHC tỉnh.',
            evidence: 'Báo cáo thống kê hồ sơ của Hệ thống thông tin giải quyết TTHC tỉnh (đến ngày 15/12).',
            lead: 'VPUBND',
            indicator: 'ho-so-tthc-dung-han',
          },
        ),
        leafNode('3.3.2', 'Tỷ lệ hồ sơ trễ hạn có văn bản xin lỗi người dân, tổ chức', 1, RATIO, {
          guidance:
            'Điểm = 1 × số hồ sơ trễ hạn có phiếu xin lỗi / số hồ sơ trễ hạn. Không có hồ sơ trễ hạn: không áp dụng.',
          evidence: 'Phiếu xin lỗi và hẹn lại ngày trả kết quả trên Hệ thống thông tin giải quyết TTHC.',
          lead: 'VPUBND',
          indicator: 'ho-so-tre-han-xin-loi',
        }),
        RESUBMITTED_DOSSIERS,
        surveyLeaf(
          '3.3.4',
          'Đánh giá về thời gian giải quyết và thái độ phục vụ tại Trung tâm Phục vụ hành chính công xã, phường',
          3.5,
          PUBLIC,
        ),
      ]),
      branchNode('3.4', 'Tiếp nhận, xử lý phản ánh, kiến nghị', [
        leafNode('3.4.1', 'Tỷ lệ phản ánh, kiến nghị của người dân, tổ chức được xử lý đúng hạn', 1, RATIO, {
          guidance:
            'Điểm = 1 × số phản ánh, kiến nghị xử lý đúng hạn / số tiếp nhận. Không có phản ánh: không áp dụng.',
          evidence:
            'Sổ theo dõi và văn bản trả lời phản ánh, kiến nghị; trích xuất Hệ thống tiếp nhận phản ánh.',
          lead: 'VPUBND',
          indicator: 'phan-anh-kien-nghi-dung-han',
        }),
        leafNode(
          '3.4.2',
          'Số phản ánh về hành vi nhũng nhiễu, gây phiền hà của cán bộ, công chức được xác minh là đúng',
          1,
          { kind: 'deduction', perItem: 0.25 },
          {
            guidance: 'Không có phản ánh đúng: 1 điểm; mỗi phản ánh được xác minh là đúng trừ 0,25 điểm.',
            evidence: 'Kết quả xác minh, xử lý phản ánh của Văn phòng UBND tỉnh, Thanh tra tỉnh.',
            lead: 'VPUBND',
          },
        ),
      ]),
      branchNode('3.5', 'Thực hiện cơ chế một cửa, một cửa liên thông', [
        leafNode(
          '3.5.1',
          'Tỷ lệ hồ sơ liên thông (khai sinh – thường trú – bảo hiểm y tế; khai tử – xóa thường trú – mai táng phí) giải quyết đúng hạn',
          1,
          RATIO,
          {
            guidance: 'Điểm = 1 × số hồ sơ liên thông đúng hạn / tổng số hồ sơ liên thông đã giải quyết.',
            evidence: 'Thống kê hồ sơ liên thông trên Cổng Dịch vụ công quốc gia.',
            lead: 'VPUBND',
            indicator: 'ho-so-lien-thong-dung-han',
          },
        ),
        leafNode(
          '3.5.2',
          'Số trường hợp yêu cầu nộp thêm giấy tờ ngoài quy định bị phát hiện',
          1,
          { kind: 'deduction', perItem: 0.25 },
          {
            guidance: 'Không có trường hợp nào: 1 điểm; mỗi trường hợp được xác minh trừ 0,25 điểm.',
            evidence: 'Kết luận kiểm tra, kết quả xác minh phản ánh.',
            lead: 'VPUBND',
          },
        ),
        leafNode(
          '3.5.3',
          'Trung tâm Phục vụ hành chính công xã được bố trí đủ diện tích, trang thiết bị theo quy định',
          1,
          BOOLEAN,
          {
            guidance:
              'Đủ diện tích, quầy tiếp nhận, máy tính, máy quét, camera, khu vực chờ: 1 điểm; còn thiếu: 0.',
            evidence: 'Biên bản kiểm tra cơ sở vật chất; ảnh chụp Trung tâm.',
            lead: 'VPUBND',
          },
        ),
      ]),
    ]),

    branchNode('4', 'Cải cách tổ chức bộ máy hành chính', [
      branchNode('4.1', 'Tổ chức bộ máy chính quyền xã sau sắp xếp', [
        leafNode(
          '4.1.1',
          'Ban hành quy chế làm việc của UBND xã và quy định chức năng, nhiệm vụ của các phòng chuyên môn',
          1,
          BOOLEAN,
          {
            guidance: 'Ban hành đủ, đúng thời hạn theo hướng dẫn của Sở Nội vụ: 1 điểm; không: 0 điểm.',
            evidence: 'Quy chế làm việc; quyết định quy định chức năng, nhiệm vụ các phòng chuyên môn.',
            lead: 'SNV',
          },
        ),
        leafNode('4.1.2', 'Bố trí số lượng cấp phó các phòng chuyên môn đúng quy định', 1, BOOLEAN, {
          guidance: 'Không phòng nào vượt số lượng cấp phó quy định: 1 điểm; có: 0 điểm.',
          evidence: 'Danh sách lãnh đạo các phòng; quyết định bổ nhiệm.',
          lead: 'SNV',
        }),
        surveyLeaf(
          '4.1.3',
          'Đánh giá về tính hợp lý của tổ chức bộ máy chính quyền xã sau sắp xếp',
          2,
          LEADERS,
        ),
      ]),
      branchNode('4.2', 'Biên chế, thôn, tổ dân phố và phân cấp', [
        leafNode('4.2.1', 'Sử dụng biên chế cán bộ, công chức được giao đúng quy định', 1, BOOLEAN, {
          guidance: 'Số cán bộ, công chức không vượt số được giao: 1 điểm; vượt: 0 điểm.',
          evidence: 'Quyết định giao biên chế; danh sách cán bộ, công chức có mặt tại 31/12.',
          lead: 'SNV',
        }),
        leafNode(
          '4.2.2',
          'Mức độ hoàn thành sắp xếp thôn, tổ dân phố và người hoạt động không chuyên trách theo lộ trình',
          1,
          tiersRule('min', [
            [100, 1],
            [80, 0.5],
          ]),
          {
            guidance:
              'Tỷ lệ hoàn thành theo lộ trình được phê duyệt: 100 % → 1 điểm; từ 80 % → 0,5; dưới 80 % → 0.',
            evidence:
              'Nghị quyết sáp nhập thôn, tổ dân phố; quyết định bố trí người hoạt động không chuyên trách.',
            lead: 'SNV',
          },
        ),
        leafNode('4.2.3', 'Thực hiện nhiệm vụ được phân cấp, ủy quyền từ cấp tỉnh', 1, MANUAL, {
          guidance:
            'Thẩm định chấm 0–1 điểm theo mức độ tổ chức thực hiện đầy đủ, đúng hạn các nhiệm vụ được phân cấp.',
          evidence: 'Báo cáo thực hiện nhiệm vụ được phân cấp, ủy quyền.',
          lead: 'SNV',
        }),
      ]),
    ]),

    branchNode('5', 'Cải cách chế độ công vụ', [
      branchNode('5.1', 'Bố trí, sử dụng cán bộ, công chức', [
        leafNode('5.1.1', 'Tỷ lệ công chức đạt chuẩn trình độ chuyên môn theo vị trí việc làm', 1.5, RATIO, {
          guidance: 'Điểm = 1,5 × số công chức đạt chuẩn / tổng số công chức của UBND xã.',
          evidence: 'Danh sách công chức kèm trình độ chuyên môn; bản mô tả vị trí việc làm.',
          lead: 'SNV',
        }),
        leafNode(
          '5.1.2',
          'Đánh giá, xếp loại chất lượng cán bộ, công chức đúng quy định và thời hạn',
          1,
          BOOLEAN,
          {
            guidance: 'Hoàn thành đánh giá, xếp loại và báo cáo trước ngày 31/12: 1 điểm; không: 0 điểm.',
            evidence: 'Quyết định, báo cáo kết quả đánh giá, xếp loại chất lượng cán bộ, công chức.',
            lead: 'SNV',
          },
        ),
        leafNode(
          '5.1.3',
          'Số trường hợp bố trí, sử dụng cán bộ, công chức không đúng quy định',
          0.5,
          { kind: 'deduction', perItem: 0.25 },
          {
            guidance: 'Không có: 0,5 điểm; mỗi trường hợp bị cơ quan có thẩm quyền kết luận trừ 0,25 điểm.',
            evidence: 'Kết luận thanh tra, kiểm tra công vụ.',
            lead: 'SNV',
          },
        ),
      ]),
      branchNode('5.2', 'Đào tạo, bồi dưỡng', [
        leafNode(
          '5.2.1',
          'Mức độ hoàn thành kế hoạch đào tạo, bồi dưỡng cán bộ, công chức',
          1,
          tiersRule('min', [
            [100, 1],
            [80, 0.5],
          ]),
          {
            guidance:
              'Số lượt được đào tạo, bồi dưỡng / kế hoạch: 100 % → 1 điểm; từ 80 % → 0,5; dưới 80 % → 0.',
            evidence: 'Kế hoạch và báo cáo kết quả đào tạo, bồi dưỡng; chứng chỉ, giấy chứng nhận.',
            lead: 'SNV',
          },
        ),
        leafNode(
          '5.2.2',
          'Tỷ lệ cán bộ, công chức được bồi dưỡng kỹ năng số, kỹ năng phục vụ người dân',
          1,
          { kind: 'ratio', target: 80 },
          {
            guidance: 'Chỉ tiêu 80 %: điểm = 1 × min(1, tỷ lệ đạt được / 80).',
            evidence: 'Danh sách, chứng nhận hoàn thành bồi dưỡng trên nền tảng học trực tuyến của tỉnh.',
            lead: 'SKHCN',
          },
        ),
      ]),
      branchNode('5.3', 'Kỷ luật, kỷ cương hành chính', [
        leafNode(
          '5.3.1',
          'Số cán bộ, công chức bị xử lý kỷ luật trong năm',
          1.5,
          { kind: 'deduction', perItem: 0.5 },
          {
            guidance: 'Không có người bị kỷ luật: 1,5 điểm; mỗi trường hợp trừ 0,5 điểm.',
            evidence: 'Quyết định kỷ luật; báo cáo công tác thi đua, khen thưởng, kỷ luật.',
            lead: 'SNV',
          },
        ),
        leafNode(
          '5.3.2',
          'Thực hiện quy tắc ứng xử, văn hóa công vụ tại Trung tâm Phục vụ hành chính công xã',
          1,
          MANUAL,
          {
            guidance:
              'Thẩm định chấm 0–1 điểm theo kết quả kiểm tra công vụ đột xuất và camera giám sát tại Trung tâm.',
            evidence: 'Biên bản kiểm tra công vụ; nội quy, quy chế văn hóa công vụ.',
            lead: 'SNV',
          },
        ),
        surveyLeaf(
          '5.3.3',
          'Đánh giá về tinh thần, thái độ phục vụ và năng lực của cán bộ, công chức xã',
          3,
          PUBLIC,
        ),
      ]),
      leafNode(
        '5.4',
        'Thực hiện đúng, đủ, kịp thời chế độ, chính sách đối với cán bộ, công chức',
        1.5,
        BOOLEAN,
        {
          guidance:
            'Nâng lương, phụ cấp, chế độ sau sắp xếp thực hiện đúng hạn, không sai sót: 1,5 điểm; có sai sót: 0.',
          evidence: 'Quyết định nâng lương, phụ cấp; báo cáo thực hiện chế độ, chính sách.',
          lead: 'SNV',
        },
      ),
    ]),

    branchNode('6', 'Cải cách tài chính công', [
      branchNode('6.1', 'Quản lý ngân sách xã', [
        leafNode(
          '6.1.1',
          'Tỷ lệ thu ngân sách nhà nước trên địa bàn so với dự toán được giao',
          1.5,
          tiersRule('min', [
            [100, 1.5],
            [95, 1],
            [90, 0.5],
          ]),
          {
            guidance: 'Thu đạt từ 100 % dự toán → 1,5 điểm; từ 95 % → 1; từ 90 % → 0,5; dưới 90 % → 0.',
            evidence: 'Báo cáo thu ngân sách của Thuế cơ sở và Kho bạc Nhà nước khu vực.',
            lead: 'STC',
          },
        ),
        leafNode('6.1.2', 'Công khai dự toán, quyết toán ngân sách xã đúng quy định', 0.5, BOOLEAN, {
          guidance: 'Công khai đủ nội dung, đúng hình thức, thời hạn: 0,5 điểm; không: 0 điểm.',
          evidence: 'Quyết định công bố công khai; ảnh niêm yết, đường dẫn trang thông tin điện tử của xã.',
          lead: 'STC',
        }),
        leafNode(
          '6.1.3',
          'Tỷ lệ giải ngân vốn đầu tư công được giao',
          1,
          tiersRule('min', [
            [95, 1],
            [80, 0.5],
          ]),
          {
            guidance:
              'Đến ngày 31/01 năm sau: từ 95 % → 1 điểm; từ 80 % → 0,5; dưới 80 % → 0. Không được giao vốn: không áp dụng.',
            evidence: 'Báo cáo giải ngân của Kho bạc Nhà nước; quyết định giao kế hoạch vốn.',
            lead: 'STC',
          },
        ),
      ]),
      branchNode('6.2', 'Quản lý tài sản công', [
        leafNode(
          '6.2.1',
          'Mức độ hoàn thành xử lý trụ sở, tài sản công dôi dư sau sắp xếp đơn vị hành chính',
          1,
          tiersRule('min', [
            [100, 1],
            [70, 0.5],
          ]),
          {
            guidance:
              'Số cơ sở đã xử lý / số phải xử lý theo phương án: 100 % → 1 điểm; từ 70 % → 0,5; dưới 70 % → 0.',
            evidence: 'Phương án xử lý trụ sở, tài sản dôi dư được phê duyệt; quyết định xử lý.',
            lead: 'STC',
          },
        ),
        leafNode(
          '6.2.2',
          'Số sai phạm về tài chính, ngân sách qua thanh tra, kiểm toán',
          1,
          { kind: 'deduction', perItem: 0.25 },
          {
            guidance: 'Không có sai phạm: 1 điểm; mỗi sai phạm được kết luận trừ 0,25 điểm.',
            evidence: 'Kết luận thanh tra, báo cáo kiểm toán và kết quả khắc phục.',
            lead: 'STC',
          },
        ),
        surveyLeaf(
          '6.2.3',
          'Đánh giá về công khai, minh bạch tài chính, ngân sách và các khoản đóng góp của người dân',
          2,
          RESIDENTS,
        ),
      ]),
    ]),

    branchNode('7', 'Xây dựng và phát triển Chính quyền điện tử, Chính quyền số', [
      branchNode('7.1', 'Hạ tầng số và an toàn thông tin', [
        leafNode(
          '7.1.1',
          'Kết nối mạng truyền số liệu chuyên dùng và hệ thống họp trực tuyến đến UBND xã',
          1,
          BOOLEAN,
          {
            guidance:
              'Kết nối ổn định, đủ băng thông theo hướng dẫn của Sở Khoa học và Công nghệ: 1 điểm; không: 0.',
            evidence: 'Biên bản nghiệm thu kết nối; báo cáo của Sở Khoa học và Công nghệ.',
            lead: 'SKHCN',
          },
        ),
        leafNode('7.1.2', 'Bảo đảm an toàn thông tin cho máy tính, thiết bị của UBND xã', 0.5, MANUAL, {
          guidance:
            'Thẩm định chấm 0–0,5 điểm: cài phần mềm phòng chống mã độc tập trung, cập nhật bản vá định kỳ.',
          evidence: 'Báo cáo của Trung tâm giám sát an toàn thông tin tỉnh (SOC).',
          lead: 'SKHCN',
        }),
        leafNode(
          '7.1.3',
          'Số sự cố mất an toàn thông tin mạng để xảy ra',
          1,
          { kind: 'deduction', perItem: 0.5 },
          {
            guidance: 'Không có sự cố: 1 điểm; mỗi sự cố do lỗi chủ quan trừ 0,5 điểm.',
            evidence: 'Báo cáo sự cố của Trung tâm giám sát an toàn thông tin tỉnh (SOC).',
            lead: 'SKHCN',
          },
        ),
      ]),
      branchNode('7.2', 'Dịch vụ công trực tuyến', [
        leafNode(
          '7.2.1',
          'Tỷ lệ hồ sơ TTHC được tiếp nhận, giải quyết trực tuyến toàn trình',
          2,
          tiersRule('min', [
            [70, 2],
            [50, 1.5],
            [30, 1],
          ]),
          {
            guidance:
              'Trên tổng số hồ sơ của các TTHC đủ điều kiện: từ 70 % → 2 điểm; từ 50 % → 1,5; từ 30 % → 1; dưới 30 % → 0.',
            evidence: 'Số liệu Hệ thống thông tin giải quyết TTHC tỉnh, Cổng Dịch vụ công quốc gia.',
            lead: 'VPUBND',
          },
        ),
        leafNode('7.2.2', 'Tỷ lệ hồ sơ, kết quả giải quyết TTHC được số hóa', 1.5, RATIO, {
          guidance: 'Điểm = 1,5 × số hồ sơ có kết quả được số hóa / tổng số hồ sơ đã giải quyết.',
          evidence: 'Thống kê số hóa trên Hệ thống thông tin giải quyết TTHC tỉnh.',
          lead: 'VPUBND',
        }),
        surveyLeaf(
          '7.2.3',
          'Đánh giá về sự thuận tiện của dịch vụ công trực tuyến và hỗ trợ của tổ công nghệ số cộng đồng',
          3,
          PUBLIC,
        ),
      ]),
      branchNode('7.3', 'Chuyển đổi số trong hoạt động của UBND xã', [
        SIGNED_DOCUMENTS,
        SYSTEM_REPORTS,
        leafNode(
          '7.3.3',
          'Duy trì, áp dụng hệ thống quản lý chất lượng theo TCVN ISO 9001:2015',
          1,
          BOOLEAN,
          {
            guidance: 'Đã xây dựng, công bố và áp dụng cho các TTHC của xã: 1 điểm; chưa: 0 điểm.',
            evidence: 'Quyết định công bố hệ thống quản lý chất lượng phù hợp TCVN ISO 9001:2015.',
            lead: 'SKHCN',
          },
        ),
      ]),
      branchNode('7.4', 'Chuyển đổi số cộng đồng', [
        leafNode(
          '7.4.1',
          'Tỷ lệ người dân từ 14 tuổi trở lên có tài khoản định danh điện tử mức 2 được kích hoạt',
          1.5,
          tiersRule('min', [
            [80, 1.5],
            [60, 1],
            [40, 0.5],
          ]),
          {
            guidance:
              'Từ 80 % → 1,5 điểm; từ 60 % → 1; từ 40 % → 0,5; dưới 40 % → 0. Số liệu do Công an xã cung cấp.',
            evidence: 'Số liệu định danh điện tử của Công an xã (Đề án 06).',
            lead: 'SKHCN',
          },
        ),
        leafNode(
          '7.4.2',
          'Số lần bị nhắc nhở do chậm cập nhật thông tin bắt buộc trên Trang thông tin điện tử của xã',
          1,
          tiersRule('max', [
            [0, 1],
            [2, 0.5],
          ]),
          {
            guidance: 'Không bị nhắc nhở → 1 điểm; 1–2 lần → 0,5; từ 3 lần → 0.',
            evidence: 'Văn bản nhắc nhở của Sở Khoa học và Công nghệ; Trang thông tin điện tử của xã.',
            lead: 'SKHCN',
          },
        ),
      ]),
    ]),

    branchNode(
      '8',
      'Tác động của cải cách hành chính đến người dân, tổ chức và phát triển kinh tế - xã hội tại địa phương',
      [
        branchNode('8.1', 'Tác động đến phát triển kinh tế - xã hội', [
          leafNode(
            '8.1.1',
            'Mức độ hoàn thành các chỉ tiêu phát triển kinh tế - xã hội do HĐND xã quyết nghị',
            3,
            tiersRule('min', [
              [100, 3],
              [90, 2],
              [80, 1],
            ]),
            {
              guidance:
                'Số chỉ tiêu đạt, vượt / tổng số chỉ tiêu: 100 % → 3 điểm; từ 90 % → 2; từ 80 % → 1; dưới 80 % → 0.',
              evidence: 'Nghị quyết HĐND xã về kế hoạch phát triển KT-XH; báo cáo kết quả thực hiện.',
              lead: 'STC',
            },
          ),
          leafNode('8.1.2', 'Tỷ lệ thực hiện chỉ tiêu giảm nghèo đa chiều được giao', 1.5, RATIO, {
            guidance: 'Điểm = 1,5 × min(1, số hộ thoát nghèo / chỉ tiêu giao).',
            evidence: 'Quyết định công nhận kết quả rà soát hộ nghèo, hộ cận nghèo cuối năm.',
            lead: 'SNNMT',
          }),
          leafNode('8.1.3', 'Thu hút đầu tư, phát triển doanh nghiệp, hợp tác xã trên địa bàn', 1.5, MANUAL, {
            guidance:
              'Thẩm định chấm 0–1,5 điểm theo số doanh nghiệp, hợp tác xã thành lập mới và dự án đầu tư được thu hút.',
            evidence: 'Báo cáo của UBND xã; số liệu đăng ký doanh nghiệp, hợp tác xã trên địa bàn.',
            lead: 'STC',
          }),
        ]),
        leafNode(
          '8.2',
          'Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của UBND xã (SIPAS)',
          4,
          { kind: 'ratio', target: 90 },
          {
            guidance:
              'Chỉ tiêu 90 %: điểm = 4 × min(1, Chỉ số SIPAS của xã / 90). Số liệu do Sở Nội vụ công bố.',
            evidence: 'Báo cáo kết quả đo lường sự hài lòng (SIPAS) năm của tỉnh.',
            lead: 'SNV',
          },
        ),
        branchNode('8.3', 'Khắc phục tồn tại, hạn chế của năm trước', [
          leafNode(
            '8.3.1',
            'Ban hành kế hoạch khắc phục hạn chế theo kết quả Chỉ số CCHC, SIPAS, PAPI năm trước',
            1,
            BOOLEAN,
            {
              guidance: 'Có kế hoạch khắc phục trong quý II: 1 điểm; không: 0 điểm.',
              evidence: 'Kế hoạch khắc phục tồn tại, hạn chế của UBND xã.',
              lead: 'SNV',
            },
          ),
          leafNode(
            '8.3.2',
            'Tỷ lệ tồn tại, hạn chế đã được khắc phục',
            2,
            tiersRule('min', [
              [100, 2],
              [70, 1],
            ]),
            {
              guidance:
                'Số hạn chế đã khắc phục / số hạn chế trong kế hoạch: 100 % → 2 điểm; từ 70 % → 1; dưới 70 % → 0.',
              evidence: 'Báo cáo kết quả khắc phục kèm văn bản, sản phẩm chứng minh.',
              lead: 'SNV',
            },
          ),
        ]),
        branchNode('8.4', 'Đánh giá tác động qua điều tra xã hội học', [
          surveyLeaf(
            '8.4.1',
            'Tác động của CCHC đến chất lượng cung cấp dịch vụ công và giải quyết TTHC tại xã, phường',
            3.5,
            PUBLIC,
          ),
          surveyLeaf(
            '8.4.2',
            'Tác động của CCHC đến sự hài lòng của người dân đối với chính quyền cơ sở',
            3.5,
            RESIDENTS,
          ),
          surveyLeaf(
            '8.4.3',
            'Tác động của CCHC đến môi trường đầu tư, sản xuất, kinh doanh trên địa bàn',
            3,
            'doanh nghiệp, hợp tác xã, hộ kinh doanh trên địa bàn',
          ),
        ]),
      ],
    ),
  ];
}
