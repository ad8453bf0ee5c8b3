import type { CriteriaNodeV1 } from '@par/scoring';
import { branchNode } from './branch-node';
import { BOOLEAN, MANUAL, RATIO } from './demo-rules';
import { leafNode } from './leaf-node';
import { RESUBMITTED_DOSSIERS, SIGNED_DOCUMENTS, SYSTEM_REPORTS } from './shared-leaves';
import { surveyLeaf } from './survey-leaf';
import { tiersRule } from './tiers-rule';

/** Who rates a provincial agency (Gia Lai 2025 pattern, after the merger). */
const LEADERS = 'đại biểu HĐND tỉnh; lãnh đạo UBND xã, phường; lãnh đạo các phòng chuyên môn cấp xã';
const PUBLIC = 'người dân, doanh nghiệp đã giao dịch thủ tục hành chính với cơ quan trong năm';
const STAFF = 'lãnh đạo cấp phòng và công chức, viên chức của cơ quan';

/**
 * The 2025 criteria tree of provincial agencies (sở, ban, ngành): the 8 areas of the provincial PAR
 * INDEX, 31 criteria, 74 leaves; 70 appraisal points + 30 survey points. Every rule kind is used.
 */
export function departmentNodes(): CriteriaNodeV1[] {
  return [
    branchNode('1', 'Công tác chỉ đạo, điều hành cải cách hành chính', [
      branchNode('1.1', 'Kế hoạch và báo cáo cải cách hành chính', [
        leafNode('1.1.1', 'Ban hành kế hoạch CCHC năm đúng thời hạn', 0.5, BOOLEAN, {
          guidance:
            'Đạt 0,5 điểm nếu kế hoạch CCHC năm được ban hành trước ngày 31/12 của năm trước, đủ nhiệm vụ, ' +
            'sản phẩm, thời hạn và phân công thực hiện; ban hành muộn hoặc thiếu nội dung: 0 điểm.',
          evidence: 'Kế hoạch CCHC năm của cơ quan (số, ngày ban hành).',
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
              'từ 80 % → 0,5; dưới 80 % → 0. Nhập số nhiệm vụ hoàn thành (tử số) và tổng số nhiệm vụ (mẫu số).',
            evidence: 'Báo cáo CCHC năm; bảng theo dõi kết quả thực hiện từng nhiệm vụ của kế hoạch.',
            lead: 'SNV',
          },
        ),
        leafNode(
          '1.1.3',
          'Số báo cáo CCHC định kỳ gửi trễ hạn hoặc thiếu nội dung',
          1,
          { kind: 'deduction', perItem: 0.25 },
          {
            guidance:
              'Báo cáo quý, 6 tháng, năm gửi đúng hạn, đủ nội dung theo đề cương: 1 điểm; mỗi báo cáo trễ hạn ' +
              'hoặc thiếu nội dung trừ 0,25 điểm, tối thiểu 0. Nhập số báo cáo vi phạm.',
            evidence:
              'Các báo cáo CCHC định kỳ (số, ngày) và thời điểm gửi trên Hệ thống thông tin báo cáo tỉnh.',
            lead: 'SNV',
          },
        ),
      ]),
      branchNode('1.2', 'Kiểm tra công tác cải cách hành chính', [
        leafNode(
          '1.2.1',
          'Ban hành kế hoạch kiểm tra CCHC đối với các phòng, đơn vị trực thuộc',
          0.5,
          BOOLEAN,
          {
            guidance:
              'Có kế hoạch kiểm tra CCHC trong năm, ban hành trong quý I: 0,5 điểm; không có: 0 điểm.',
            evidence: 'Kế hoạch kiểm tra CCHC năm của cơ quan.',
            lead: 'SNV',
          },
        ),
        leafNode(
          '1.2.2',
          'Tỷ lệ phòng, đơn vị trực thuộc được kiểm tra CCHC trong năm',
          1,
          tiersRule('min', [
            [30, 1],
            [20, 0.5],
          ]),
          {
            guidance:
              'Từ 30 % số phòng, đơn vị trực thuộc được kiểm tra → 1 điểm; từ 20 % → 0,5; dưới 20 % → 0.',
            evidence: 'Thông báo, biên bản, báo cáo kết quả kiểm tra CCHC; danh sách đơn vị được kiểm tra.',
            lead: 'SNV',
          },
        ),
      ]),
      branchNode('1.3', 'Thực hiện nhiệm vụ UBND tỉnh giao về cải cách hành chính', [
        leafNode('1.3.1', 'Tỷ lệ nhiệm vụ CCHC UBND tỉnh giao được hoàn thành đúng hạn', 2, RATIO, {
          guidance:
            'Điểm = 2 × tỷ lệ nhiệm vụ hoàn thành đúng hạn (%) / 100. Số liệu theo Hệ thống theo dõi nhiệm vụ ' +
            'của UBND tỉnh tại ngày 15/12.',
          evidence:
            'Trích xuất Hệ thống theo dõi nhiệm vụ UBND tỉnh giao; văn bản báo cáo kết quả thực hiện.',
          lead: 'VPUBND',
          indicator: 'nhiem-vu-cchc-dung-han',
        }),
        surveyLeaf(
          '1.3.2',
          'Đánh giá về tính kịp thời, quyết liệt trong chỉ đạo, điều hành CCHC của người đứng đầu cơ quan',
          2,
          LEADERS,
        ),
      ]),
      leafNode('1.4', 'Sáng kiến, giải pháp mới trong cải cách hành chính', 1, MANUAL, {
        guidance:
          'Hội đồng thẩm định chấm 0–1 điểm theo tính mới, hiệu quả và khả năng nhân rộng của sáng kiến, giải ' +
          'pháp được áp dụng trong năm (sáng kiến được cấp có thẩm quyền công nhận: tối đa 1 điểm).',
        evidence:
          'Quyết định công nhận sáng kiến; báo cáo kết quả áp dụng, số liệu trước và sau khi áp dụng.',
        lead: 'SNV',
      }),
    ]),

    branchNode('2', 'Xây dựng và tổ chức thực hiện văn bản quy phạm pháp luật tại tỉnh', [
      branchNode('2.1', 'Tham mưu xây dựng văn bản quy phạm pháp luật', [
        leafNode(
          '2.1.1',
          'Mức độ thực hiện chương trình xây dựng VBQPPL được UBND tỉnh giao',
          1.5,
          tiersRule('min', [
            [100, 1.5],
            [90, 1],
            [70, 0.5],
          ]),
          {
            guidance:
              'Tỷ lệ dự thảo trình đúng tiến độ / số dự thảo được giao trong chương trình: 100 % → 1,5 điểm; ' +
              'từ 90 % → 1; từ 70 % → 0,5; dưới 70 % → 0. Không được giao dự thảo nào: không áp dụng.',
            evidence: 'Quyết định ban hành chương trình xây dựng VBQPPL; tờ trình kèm dự thảo (số, ngày).',
            lead: 'STP',
          },
        ),
        leafNode(
          '2.1.2',
          'Số dự thảo VBQPPL trình trễ hạn hoặc bị trả lại do không bảo đảm chất lượng',
          1,
          { kind: 'deduction', perItem: 0.25 },
          {
            guidance:
              'Không có dự thảo bị trả lại: 1 điểm; mỗi dự thảo trễ hạn hoặc bị trả lại trừ 0,25 điểm.',
            evidence:
              'Văn bản trả lại hồ sơ dự thảo của Văn phòng UBND tỉnh, báo cáo thẩm định của Sở Tư pháp.',
            lead: 'STP',
          },
        ),
        surveyLeaf(
          '2.1.3',
          'Đánh giá về chất lượng, tính khả thi và tính kịp thời của VBQPPL do cơ quan tham mưu ban hành',
          3,
          LEADERS,
        ),
      ]),
      branchNode('2.2', 'Rà soát, hệ thống hóa văn bản quy phạm pháp luật', [
        leafNode(
          '2.2.1',
          'Ban hành kế hoạch rà soát, hệ thống hóa VBQPPL thuộc ngành, lĩnh vực',
          0.5,
          BOOLEAN,
          {
            guidance: 'Có kế hoạch rà soát, hệ thống hóa VBQPPL trong năm: 0,5 điểm; không có: 0 điểm.',
            evidence: 'Kế hoạch rà soát, hệ thống hóa VBQPPL năm của cơ quan.',
            lead: 'STP',
          },
        ),
        leafNode(
          '2.2.2',
          'Tỷ lệ văn bản được kiến nghị xử lý qua rà soát đã được xử lý hoặc tham mưu xử lý',
          1,
          RATIO,
          {
            guidance:
              'Điểm = 1 × số văn bản đã xử lý / số văn bản kiến nghị xử lý. Không có văn bản phải xử lý: không áp dụng.',
            evidence:
              'Báo cáo kết quả rà soát; văn bản sửa đổi, bổ sung, thay thế, bãi bỏ hoặc tờ trình đề nghị.',
            lead: 'STP',
          },
        ),
      ]),
      branchNode('2.3', 'Theo dõi tình hình thi hành pháp luật', [
        leafNode('2.3.1', 'Ban hành kế hoạch theo dõi tình hình thi hành pháp luật', 0.5, BOOLEAN, {
          guidance:
            'Có kế hoạch theo dõi thi hành pháp luật trong lĩnh vực quản lý: 0,5 điểm; không có: 0 điểm.',
          evidence: 'Kế hoạch theo dõi tình hình thi hành pháp luật năm.',
          lead: 'STP',
        }),
        leafNode('2.3.2', 'Xử lý kết quả theo dõi tình hình thi hành pháp luật', 0.5, MANUAL, {
          guidance:
            'Thẩm định chấm 0–0,5 điểm: có báo cáo kết quả và kiến nghị xử lý các bất cập phát hiện, có văn bản ' +
            'xử lý theo thẩm quyền → 0,5; chỉ có báo cáo → 0,25; không có → 0.',
          evidence: 'Báo cáo kết quả theo dõi thi hành pháp luật; văn bản kiến nghị, xử lý.',
          lead: 'STP',
        }),
      ]),
      leafNode(
        '2.4',
        'Mức độ hoàn thành kế hoạch phổ biến, giáo dục pháp luật',
        1,
        tiersRule('min', [
          [100, 1],
          [80, 0.5],
        ]),
        {
          guidance: 'Tỷ lệ nhiệm vụ PBGDPL hoàn thành: 100 % → 1 điểm; từ 80 % → 0,5; dưới 80 % → 0.',
          evidence: 'Kế hoạch và báo cáo kết quả phổ biến, giáo dục pháp luật năm.',
          lead: 'STP',
        },
      ),
    ]),

    branchNode('3', 'Cải cách thủ tục hành chính', [
      branchNode('3.1', 'Kiểm soát thủ tục hành chính', [
        leafNode(
          '3.1.1',
          'Mức độ hoàn thành kế hoạch rà soát, đánh giá TTHC',
          1,
          tiersRule('min', [
            [100, 1],
            [80, 0.5],
          ]),
          {
            guidance:
              'Tỷ lệ TTHC đã rà soát / số TTHC phải rà soát theo kế hoạch: 100 % → 1 điểm; từ 80 % → 0,5.',
            evidence: 'Kế hoạch rà soát TTHC của UBND tỉnh; báo cáo kết quả rà soát của cơ quan.',
            lead: 'VPUBND',
          },
        ),
        leafNode(
          '3.1.2',
          'Số phương án đơn giản hóa TTHC được cấp có thẩm quyền thông qua',
          1,
          tiersRule('min', [
            [3, 1],
            [1, 0.5],
          ]),
          {
            guidance:
              'Từ 3 phương án được thông qua → 1 điểm; 1–2 phương án → 0,5; không có → 0. Nhập số phương án.',
            evidence: 'Quyết định thông qua phương án đơn giản hóa TTHC của Chủ tịch UBND tỉnh.',
            lead: 'VPUBND',
          },
        ),
        leafNode(
          '3.1.3',
          'Số quyết định công bố danh mục TTHC trình trễ hạn',
          1,
          { kind: 'deduction', perItem: 0.25 },
          {
            guidance:
              'Trình công bố đúng hạn (chậm nhất 05 ngày làm việc trước ngày văn bản có hiệu lực): 1 điểm; mỗi ' +
              'quyết định trình trễ trừ 0,25 điểm.',
            evidence:
              'Tờ trình và quyết định công bố danh mục TTHC (ngày trình, ngày hiệu lực của văn bản gốc).',
            lead: 'VPUBND',
          },
        ),
      ]),
      branchNode('3.2', 'Công khai thủ tục hành chính', [
        leafNode(
          '3.2.1',
          'Công khai đầy đủ TTHC trên Cổng Dịch vụ công quốc gia và Hệ thống thông tin giải quyết TTHC tỉnh',
          0.75,
          BOOLEAN,
          {
            guidance:
              'Toàn bộ TTHC thuộc thẩm quyền được công khai đúng, đủ: 0,75 điểm; còn sai sót: 0 điểm.',
            evidence: 'Kết quả kiểm tra của Văn phòng UBND tỉnh; danh mục TTHC trên Cổng Dịch vụ công.',
            lead: 'VPUBND',
          },
        ),
        leafNode(
          '3.2.2',
          'Tỷ lệ TTHC được cập nhật đúng thời hạn trên Cơ sở dữ liệu quốc gia về TTHC',
          0.75,
          RATIO,
          {
            guidance: 'Điểm = 0,75 × số TTHC cập nhật đúng hạn / số TTHC phải cập nhật trong năm.',
            evidence: 'Trích xuất Cơ sở dữ liệu quốc gia về TTHC (ngày công bố, ngày cập nhật).',
            lead: 'VPUBND',
          },
        ),
        surveyLeaf('3.2.3', 'Đánh giá về tính công khai, minh bạch của TTHC thuộc thẩm quyền', 2.5, PUBLIC),
      ]),
      branchNode('3.3', 'Kết quả giải quyết thủ tục hành chính', [
        leafNode(
          '3.3.1',
          'Tỷ lệ hồ sơ TTHC được giải quyết đúng hạn',
          2.5,
          tiersRule('min', [
            [100, 2.5],
            [98, 2],
            [95, 1.5],
            [90, 1],
          ]),
          {
            guidance:
              'Số hồ sơ giải quyết đúng hạn / tổng số hồ sơ đã giải quyết: 100 % → 2,5 điểm; từ 98 % → 2; ' +
              'từ 95 % → 1,5; từ 90 % → 1; dưới 90 % → 0. Số liệu do Hệ thống thông tin giải quyết TTHC tỉnh cung cấp.',
            evidence: 'Báo cáo thống kê hồ sơ từ Hệ thống thông tin giải quyết TTHC tỉnh (đến ngày 15/12).',
            lead: 'VPUBND',
            indicator: 'ho-so-tthc-dung-han',
          },
        ),
        leafNode('3.3.2', 'Tỷ lệ hồ sơ trễ hạn có văn bản xin lỗi tổ chức, cá nhân', 1, RATIO, {
          guidance:
            'Điểm = 1 × số hồ sơ trễ hạn có văn bản xin lỗi / số hồ sơ trễ hạn. Không có hồ sơ trễ hạn: không áp dụng.',
          evidence: 'Phiếu xin lỗi và hẹn lại ngày trả kết quả trên Hệ thống thông tin giải quyết TTHC.',
          lead: 'VPUBND',
          indicator: 'ho-so-tre-han-xin-loi',
        }),
        RESUBMITTED_DOSSIERS,
        surveyLeaf('3.3.4', 'Đánh giá về thời gian giải quyết TTHC so với quy định', 2.5, PUBLIC),
      ]),
      branchNode('3.4', 'Tiếp nhận, xử lý phản ánh, kiến nghị về quy định hành chính', [
        leafNode('3.4.1', 'Tỷ lệ phản ánh, kiến nghị được xử lý đúng thời hạn', 1, RATIO, {
          guidance:
            'Điểm = 1 × số phản ánh, kiến nghị xử lý đúng hạn / tổng số tiếp nhận. Không có phản ánh: không áp dụng.',
          evidence:
            'Sổ theo dõi, văn bản trả lời phản ánh, kiến nghị; trích xuất Hệ thống tiếp nhận phản ánh.',
          lead: 'VPUBND',
          indicator: 'phan-anh-kien-nghi-dung-han',
        }),
        leafNode('3.4.2', 'Công khai kết quả xử lý phản ánh, kiến nghị', 0.5, BOOLEAN, {
          guidance: 'Công khai đầy đủ kết quả trên Cổng thông tin điện tử: 0,5 điểm; không: 0 điểm.',
          evidence: 'Đường dẫn trang công khai kết quả xử lý phản ánh, kiến nghị.',
          lead: 'VPUBND',
        }),
      ]),
      branchNode('3.5', 'Thực hiện cơ chế một cửa, một cửa liên thông', [
        leafNode(
          '3.5.1',
          'Đưa TTHC ra tiếp nhận tại Trung tâm Phục vụ hành chính công tỉnh đúng danh mục',
          0.5,
          BOOLEAN,
          {
            guidance:
              '100 % TTHC thuộc danh mục được tiếp nhận tại Trung tâm: 0,5 điểm; còn TTHC tiếp nhận tại cơ quan: 0.',
            evidence:
              'Quyết định phê duyệt danh mục TTHC tiếp nhận tại Trung tâm Phục vụ hành chính công tỉnh.',
            lead: 'VPUBND',
          },
        ),
        leafNode(
          '3.5.2',
          'Số trường hợp yêu cầu nộp thêm giấy tờ ngoài quy định bị phát hiện',
          0.5,
          { kind: 'deduction', perItem: 0.25 },
          {
            guidance: 'Không có trường hợp nào: 0,5 điểm; mỗi trường hợp được xác minh trừ 0,25 điểm.',
            evidence: 'Kết luận kiểm tra, kết quả xác minh phản ánh của Văn phòng UBND tỉnh.',
            lead: 'VPUBND',
          },
        ),
      ]),
    ]),

    branchNode('4', 'Cải cách tổ chức bộ máy hành chính', [
      branchNode('4.1', 'Thực hiện quy định về tổ chức bộ máy', [
        leafNode(
          '4.1.1',
          'Trình ban hành quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức sau sắp xếp đúng thời hạn',
          1,
          BOOLEAN,
          {
            guidance: 'Trình đúng thời hạn UBND tỉnh giao: 1 điểm; trễ hạn: 0 điểm.',
            evidence: 'Tờ trình và quyết định quy định chức năng, nhiệm vụ, quyền hạn, cơ cấu tổ chức.',
            lead: 'SNV',
          },
        ),
        leafNode(
          '4.1.2',
          'Số phòng, đơn vị trực thuộc không bảo đảm tiêu chí thành lập theo quy định',
          1,
          { kind: 'deduction', perItem: 0.5 },
          {
            guidance: 'Không có đơn vị nào: 1 điểm; mỗi phòng, đơn vị không bảo đảm tiêu chí trừ 0,5 điểm.',
            evidence:
              'Quyết định thành lập, tổ chức lại các phòng, đơn vị; số lượng biên chế, người làm việc.',
            lead: 'SNV',
          },
        ),
        leafNode(
          '4.1.3',
          'Bố trí số lượng cấp phó của người đứng đầu các phòng, đơn vị đúng quy định',
          0.5,
          BOOLEAN,
          {
            guidance: 'Không phòng, đơn vị nào vượt số lượng cấp phó quy định: 0,5 điểm; có: 0 điểm.',
            evidence: 'Danh sách lãnh đạo các phòng, đơn vị; quyết định bổ nhiệm.',
            lead: 'SNV',
          },
        ),
        surveyLeaf(
          '4.1.4',
          'Đánh giá về tính hợp lý của cơ cấu tổ chức và sự phân định rõ chức năng, nhiệm vụ sau sắp xếp',
          3,
          STAFF,
        ),
      ]),
      branchNode('4.2', 'Quản lý biên chế', [
        leafNode('4.2.1', 'Sử dụng biên chế công chức không vượt số được giao', 1, BOOLEAN, {
          guidance: 'Số công chức có mặt tại 31/12 không vượt số biên chế giao: 1 điểm; vượt: 0 điểm.',
          evidence: 'Quyết định giao biên chế; báo cáo số lượng công chức có mặt.',
          lead: 'SNV',
        }),
        leafNode(
          '4.2.2',
          'Mức độ thực hiện kế hoạch tinh giản biên chế',
          1,
          tiersRule('min', [
            [100, 1],
            [80, 0.5],
          ]),
          {
            guidance:
              'Số người đã tinh giản / số phải tinh giản theo kế hoạch: 100 % → 1 điểm; từ 80 % → 0,5.',
            evidence: 'Kế hoạch tinh giản biên chế; quyết định giải quyết chế độ tinh giản.',
            lead: 'SNV',
          },
        ),
      ]),
      leafNode(
        '4.3',
        'Thực hiện phân cấp, ủy quyền và kiểm tra việc thực hiện nhiệm vụ được phân cấp',
        1.5,
        MANUAL,
        {
          guidance:
            'Thẩm định chấm 0–1,5 điểm: đã rà soát, tham mưu phân cấp, ủy quyền đầy đủ (0,5), có kiểm tra ' +
            'việc thực hiện (0,5), xử lý vướng mắc kịp thời (0,5).',
          evidence: 'Quyết định phân cấp, ủy quyền; báo cáo kiểm tra việc thực hiện nhiệm vụ được phân cấp.',
          lead: 'SNV',
        },
      ),
    ]),

    branchNode('5', 'Cải cách chế độ công vụ', [
      branchNode('5.1', 'Vị trí việc làm, tuyển dụng và sử dụng công chức, viên chức', [
        leafNode(
          '5.1.1',
          'Tỷ lệ công chức, viên chức được bố trí đúng vị trí việc làm được phê duyệt',
          1,
          RATIO,
          {
            guidance: 'Điểm = 1 × số người bố trí đúng vị trí việc làm / tổng số công chức, viên chức.',
            evidence: 'Quyết định phê duyệt vị trí việc làm; danh sách bố trí công chức, viên chức.',
            lead: 'SNV',
          },
        ),
        leafNode(
          '5.1.2',
          'Số trường hợp tuyển dụng, bổ nhiệm, điều động không đúng quy định bị phát hiện',
          1,
          { kind: 'deduction', perItem: 0.5 },
          {
            guidance:
              'Không có vi phạm: 1 điểm; mỗi trường hợp bị cơ quan có thẩm quyền kết luận trừ 0,5 điểm.',
            evidence: 'Kết luận thanh tra, kiểm tra công vụ của Sở Nội vụ, Thanh tra tỉnh.',
            lead: 'SNV',
          },
        ),
        leafNode(
          '5.1.3',
          'Đánh giá, xếp loại chất lượng công chức, viên chức đúng quy định và thời hạn',
          1,
          BOOLEAN,
          {
            guidance: 'Hoàn thành đánh giá, xếp loại và báo cáo trước ngày 31/12: 1 điểm; không: 0 điểm.',
            evidence: 'Quyết định, báo cáo kết quả đánh giá, xếp loại chất lượng công chức, viên chức.',
            lead: 'SNV',
          },
        ),
      ]),
      branchNode('5.2', 'Đào tạo, bồi dưỡng', [
        leafNode(
          '5.2.1',
          'Mức độ hoàn thành kế hoạch đào tạo, bồi dưỡng công chức, viên chức',
          1,
          tiersRule('min', [
            [100, 1],
            [80, 0.5],
          ]),
          {
            guidance: 'Số lượt người được đào tạo, bồi dưỡng / kế hoạch: 100 % → 1 điểm; từ 80 % → 0,5.',
            evidence: 'Kế hoạch và báo cáo kết quả đào tạo, bồi dưỡng; danh sách học viên, chứng chỉ.',
            lead: 'SNV',
          },
        ),
        leafNode(
          '5.2.2',
          'Tỷ lệ công chức, viên chức được bồi dưỡng kỹ năng số',
          1,
          { kind: 'ratio', target: 80 },
          {
            guidance: 'Chỉ tiêu 80 %: điểm = 1 × min(1, tỷ lệ đạt được / 80).',
            evidence:
              'Danh sách, chứng nhận hoàn thành bồi dưỡng kỹ năng số (nền tảng học trực tuyến của tỉnh).',
            lead: 'SKHCN',
          },
        ),
      ]),
      branchNode('5.3', 'Kỷ luật, kỷ cương hành chính', [
        leafNode(
          '5.3.1',
          'Số công chức, viên chức bị xử lý kỷ luật trong năm',
          1.5,
          { kind: 'deduction', perItem: 0.5 },
          {
            guidance: 'Không có người bị kỷ luật: 1,5 điểm; mỗi trường hợp trừ 0,5 điểm.',
            evidence: 'Quyết định kỷ luật; báo cáo công tác thi đua, khen thưởng, kỷ luật.',
            lead: 'SNV',
          },
        ),
        leafNode('5.3.2', 'Thực hiện quy định về văn hóa công vụ, quy tắc ứng xử', 1, MANUAL, {
          guidance:
            'Thẩm định chấm 0–1 điểm theo kết quả kiểm tra công vụ đột xuất và phản ánh của người dân về thái độ, ' +
            'giờ giấc làm việc của công chức, viên chức.',
          evidence: 'Biên bản kiểm tra công vụ; quy chế văn hóa công vụ của cơ quan.',
          lead: 'SNV',
        }),
        surveyLeaf(
          '5.3.3',
          'Đánh giá về tinh thần, thái độ phục vụ và năng lực của công chức, viên chức',
          3,
          PUBLIC,
        ),
      ]),
      leafNode(
        '5.4',
        'Thực hiện đúng, đủ, kịp thời chế độ, chính sách đối với công chức, viên chức',
        1.5,
        BOOLEAN,
        {
          guidance:
            'Nâng lương, phụ cấp, chế độ nghỉ hưu thực hiện đúng hạn, không sai sót: 1,5 điểm; có sai sót: 0.',
          evidence: 'Quyết định nâng lương, phụ cấp; báo cáo thực hiện chế độ, chính sách.',
          lead: 'SNV',
        },
      ),
    ]),

    branchNode('6', 'Cải cách tài chính công', [
      branchNode('6.1', 'Quản lý, sử dụng ngân sách nhà nước', [
        leafNode(
          '6.1.1',
          'Tỷ lệ giải ngân vốn đầu tư công được giao',
          1.5,
          tiersRule('min', [
            [95, 1.5],
            [85, 1],
            [70, 0.5],
          ]),
          {
            guidance:
              'Đến ngày 31/01 năm sau: từ 95 % → 1,5 điểm; từ 85 % → 1; từ 70 % → 0,5; dưới 70 % → 0. Cơ quan ' +
              'không được giao vốn đầu tư công: không áp dụng.',
            evidence: 'Báo cáo giải ngân của Kho bạc Nhà nước; quyết định giao kế hoạch vốn.',
            lead: 'STC',
          },
        ),
        leafNode('6.1.2', 'Công khai dự toán, quyết toán ngân sách đúng quy định', 0.75, BOOLEAN, {
          guidance: 'Công khai đủ nội dung, đúng hình thức và thời hạn: 0,75 điểm; không: 0 điểm.',
          evidence: 'Quyết định công bố công khai dự toán, quyết toán; đường dẫn trang công khai.',
          lead: 'STC',
        }),
        leafNode(
          '6.1.3',
          'Số sai phạm về quản lý tài chính, ngân sách qua thanh tra, kiểm toán',
          0.75,
          { kind: 'deduction', perItem: 0.25 },
          {
            guidance: 'Không có sai phạm: 0,75 điểm; mỗi sai phạm được kết luận trừ 0,25 điểm.',
            evidence: 'Kết luận thanh tra, báo cáo kiểm toán và kết quả khắc phục.',
            lead: 'STC',
          },
        ),
      ]),
      branchNode('6.2', 'Thực hiện cơ chế tự chủ', [
        leafNode(
          '6.2.1',
          'Ban hành, thực hiện quy chế chi tiêu nội bộ và quy chế quản lý tài sản công',
          0.5,
          BOOLEAN,
          {
            guidance:
              'Có quy chế được cập nhật theo quy định mới và thực hiện đúng: 0,5 điểm; không: 0 điểm.',
            evidence: 'Quy chế chi tiêu nội bộ; quy chế quản lý, sử dụng tài sản công.',
            lead: 'STC',
          },
        ),
        leafNode('6.2.2', 'Tỷ lệ đơn vị sự nghiệp trực thuộc được giao quyền tự chủ tài chính', 1, RATIO, {
          guidance:
            'Điểm = 1 × số đơn vị được giao tự chủ / số đơn vị sự nghiệp trực thuộc. Không có đơn vị sự nghiệp: không áp dụng.',
          evidence: 'Quyết định giao quyền tự chủ tài chính cho đơn vị sự nghiệp công lập.',
          lead: 'STC',
        }),
      ]),
      branchNode('6.3', 'Quản lý, sử dụng tài sản công', [
        leafNode(
          '6.3.1',
          'Mức độ hoàn thành sắp xếp, xử lý trụ sở, tài sản công dôi dư sau sắp xếp bộ máy',
          1.5,
          tiersRule('min', [
            [100, 1.5],
            [70, 0.75],
          ]),
          {
            guidance:
              'Số cơ sở nhà, đất đã xử lý / số phải xử lý theo phương án: 100 % → 1,5 điểm; từ 70 % → 0,75.',
            evidence: 'Phương án sắp xếp, xử lý tài sản công được phê duyệt; quyết định xử lý.',
            lead: 'STC',
          },
        ),
        surveyLeaf(
          '6.3.2',
          'Đánh giá về tính công khai, minh bạch trong quản lý, sử dụng tài chính, tài sản công',
          2,
          STAFF,
        ),
      ]),
    ]),

    branchNode('7', 'Xây dựng và phát triển Chính quyền điện tử, Chính quyền số', [
      branchNode('7.1', 'Hạ tầng, nền tảng số và an toàn thông tin', [
        leafNode(
          '7.1.1',
          'Kết nối, chia sẻ dữ liệu qua Nền tảng tích hợp, chia sẻ dữ liệu của tỉnh (LGSP)',
          1,
          BOOLEAN,
          {
            guidance:
              'Các hệ thống thông tin của cơ quan đã kết nối, chia sẻ dữ liệu qua LGSP: 1 điểm; chưa: 0.',
            evidence: 'Văn bản xác nhận kết nối của Sở Khoa học và Công nghệ; nhật ký trao đổi dữ liệu.',
            lead: 'SKHCN',
          },
        ),
        leafNode('7.1.2', 'Bảo đảm an toàn thông tin mạng theo cấp độ', 1, MANUAL, {
          guidance:
            'Thẩm định chấm 0–1 điểm: hồ sơ đề xuất cấp độ được phê duyệt (0,5), triển khai đủ phương án bảo ' +
            'đảm an toàn thông tin theo hồ sơ (0,5).',
          evidence:
            'Quyết định phê duyệt hồ sơ đề xuất cấp độ; báo cáo đánh giá, kiểm tra an toàn thông tin.',
          lead: 'SKHCN',
        }),
        leafNode(
          '7.1.3',
          'Số sự cố mất an toàn thông tin mạng để xảy ra',
          1,
          { kind: 'deduction', perItem: 0.5 },
          {
            guidance: 'Không có sự cố: 1 điểm; mỗi sự cố do lỗi chủ quan của cơ quan trừ 0,5 điểm.',
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
            [80, 2],
            [60, 1.5],
            [40, 1],
          ]),
          {
            guidance:
              'Trên tổng số hồ sơ của các TTHC đủ điều kiện: từ 80 % → 2 điểm; từ 60 % → 1,5; từ 40 % → 1; dưới 40 % → 0.',
            evidence: 'Số liệu Hệ thống thông tin giải quyết TTHC tỉnh, Cổng Dịch vụ công quốc gia.',
            lead: 'VPUBND',
          },
        ),
        leafNode('7.2.2', 'Tỷ lệ hồ sơ, kết quả giải quyết TTHC được số hóa', 1.5, RATIO, {
          guidance:
            'Điểm = 1,5 × số hồ sơ có kết quả được số hóa, cấp bản điện tử / tổng số hồ sơ đã giải quyết.',
          evidence: 'Thống kê số hóa trên Hệ thống thông tin giải quyết TTHC tỉnh.',
          lead: 'VPUBND',
        }),
        leafNode(
          '7.2.3',
          'Tỷ lệ hồ sơ TTHC có thanh toán trực tuyến phí, lệ phí',
          1.5,
          tiersRule('min', [
            [50, 1.5],
            [30, 1],
            [10, 0.5],
          ]),
          {
            guidance:
              'Trên số hồ sơ có phí, lệ phí: từ 50 % → 1,5 điểm; từ 30 % → 1; từ 10 % → 0,5; dưới 10 % → 0.',
            evidence: 'Thống kê giao dịch thanh toán trực tuyến trên Cổng Dịch vụ công quốc gia.',
            lead: 'VPUBND',
          },
        ),
        surveyLeaf(
          '7.2.4',
          'Đánh giá về chất lượng, tính tiện ích của dịch vụ công trực tuyến do cơ quan cung cấp',
          3,
          PUBLIC,
        ),
      ]),
      branchNode('7.3', 'Chuyển đổi số trong hoạt động nội bộ', [
        SIGNED_DOCUMENTS,
        SYSTEM_REPORTS,
        leafNode('7.3.3', 'Tổ chức họp, hội nghị trực tuyến và không giấy tờ', 0.5, BOOLEAN, {
          guidance: 'Có áp dụng phòng họp không giấy hoặc họp trực tuyến thường xuyên: 0,5 điểm; không: 0.',
          evidence: 'Lịch họp, giấy mời họp trực tuyến; thống kê sử dụng phòng họp không giấy.',
          lead: 'SKHCN',
        }),
      ]),
      branchNode('7.4', 'Áp dụng hệ thống quản lý chất lượng và cung cấp thông tin', [
        leafNode(
          '7.4.1',
          'Duy trì, áp dụng, cải tiến hệ thống quản lý chất lượng theo TCVN ISO 9001:2015',
          1,
          BOOLEAN,
          {
            guidance:
              'Có công bố phù hợp, đánh giá nội bộ và cập nhật quy trình trong năm: 1 điểm; không: 0.',
            evidence: 'Quyết định công bố hệ thống quản lý chất lượng; báo cáo đánh giá nội bộ.',
            lead: 'SKHCN',
          },
        ),
        leafNode(
          '7.4.2',
          'Số lần bị nhắc nhở do chậm cập nhật thông tin bắt buộc trên Trang thông tin điện tử',
          1,
          tiersRule('max', [
            [0, 1],
            [2, 0.5],
          ]),
          {
            guidance: 'Không bị nhắc nhở → 1 điểm; 1–2 lần → 0,5; từ 3 lần → 0.',
            evidence: 'Văn bản nhắc nhở của Sở Khoa học và Công nghệ; Trang thông tin điện tử của cơ quan.',
            lead: 'SKHCN',
          },
        ),
      ]),
    ]),

    branchNode(
      '8',
      'Tác động của cải cách hành chính đến người dân, tổ chức và phát triển kinh tế - xã hội của tỉnh',
      [
        branchNode('8.1', 'Tác động đến phát triển kinh tế - xã hội', [
          leafNode(
            '8.1.1',
            'Mức độ hoàn thành các chỉ tiêu phát triển kinh tế - xã hội thuộc ngành, lĩnh vực được giao',
            2.5,
            tiersRule('min', [
              [100, 2.5],
              [90, 2],
              [80, 1.5],
              [70, 1],
            ]),
            {
              guidance:
                'Số chỉ tiêu đạt, vượt / số chỉ tiêu được giao: 100 % → 2,5 điểm; từ 90 % → 2; từ 80 % → 1,5; từ 70 % → 1.',
              evidence:
                'Nghị quyết HĐND tỉnh về kế hoạch phát triển KT-XH; báo cáo kết quả thực hiện chỉ tiêu.',
              lead: 'STC',
            },
          ),
          leafNode('8.1.2', 'Đóng góp vào cải thiện các chỉ số thành phần PCI được phân công', 1.5, MANUAL, {
            guidance:
              'Thẩm định chấm 0–1,5 điểm theo mức tăng điểm của các chỉ số thành phần PCI do cơ quan chủ trì ' +
              'và kết quả thực hiện kế hoạch cải thiện PCI.',
            evidence: 'Kế hoạch cải thiện PCI; báo cáo kết quả; kết quả PCI công bố.',
            lead: 'STC',
          }),
          leafNode('8.1.3', 'Tỷ lệ nhiệm vụ UBND tỉnh giao được hoàn thành đúng hạn', 1, RATIO, {
            guidance: 'Điểm = 1 × số nhiệm vụ hoàn thành đúng hạn / số nhiệm vụ được giao (mọi lĩnh vực).',
            evidence: 'Trích xuất Hệ thống theo dõi nhiệm vụ UBND tỉnh giao.',
            lead: 'VPUBND',
            indicator: 'nhiem-vu-ubnd-dung-han',
          }),
        ]),
        leafNode(
          '8.2',
          'Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan (SIPAS)',
          4,
          { kind: 'ratio', target: 90 },
          {
            guidance:
              'Chỉ tiêu 90 %: điểm = 4 × min(1, Chỉ số SIPAS của cơ quan / 90). Số liệu do Sở Nội vụ công bố.',
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
              evidence: 'Kế hoạch khắc phục tồn tại, hạn chế của cơ quan.',
              lead: 'SNV',
            },
          ),
          leafNode(
            '8.3.2',
            'Tỷ lệ tồn tại, hạn chế đã được khắc phục',
            1,
            tiersRule('min', [
              [100, 1],
              [70, 0.5],
            ]),
            {
              guidance:
                'Số hạn chế đã khắc phục / số hạn chế nêu trong kế hoạch: 100 % → 1 điểm; từ 70 % → 0,5.',
              evidence: 'Báo cáo kết quả khắc phục kèm văn bản, sản phẩm chứng minh.',
              lead: 'SNV',
            },
          ),
        ]),
        branchNode('8.4', 'Đánh giá tác động qua điều tra xã hội học', [
          surveyLeaf(
            '8.4.1',
            'Tác động của CCHC đến chất lượng tham mưu, chỉ đạo, điều hành thuộc ngành, lĩnh vực',
            3,
            LEADERS,
          ),
          surveyLeaf(
            '8.4.2',
            'Tác động của CCHC đến sự hài lòng của người dân, tổ chức khi giao dịch với cơ quan',
            3,
            PUBLIC,
          ),
          surveyLeaf(
            '8.4.3',
            'Tác động của CCHC đến môi trường đầu tư, sản xuất, kinh doanh thuộc lĩnh vực quản lý',
            3,
            'doanh nghiệp, hợp tác xã, hộ kinh doanh trên địa bàn tỉnh',
          ),
        ]),
      ],
    ),
  ];
}
