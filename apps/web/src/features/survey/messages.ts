import type { MessageCatalogue } from '../../lib/messages';

/** The sociological survey (điều tra xã hội học): setup, codes, paper entry, import, progress and the public answer page. Vietnamese first, English beside it. */
export const surveyMessages = {
  'survey.title': { vi: 'Điều tra xã hội học', en: 'Sociological survey' },
  'survey.description': {
    vi: 'Nhóm đối tượng, mã phiếu trả lời trực tuyến, nhập phiếu giấy, nhập từ tệp và tiến độ thu phiếu.',
    en: 'Respondent groups, one-time codes for online answers, paper entry, file import and progress.',
  },
  'survey.period': { vi: 'Kỳ đánh giá', en: 'Period' },
  'survey.noPeriod': { vi: 'Chưa có kỳ đánh giá nào.', en: 'No periods yet.' },
  'survey.none': {
    vi: 'Kỳ đánh giá này chưa có cuộc điều tra xã hội học.',
    en: 'This period has no sociological survey yet.',
  },
  'survey.tab.progress': { vi: 'Tiến độ', en: 'Progress' },
  'survey.tab.codes': { vi: 'Mã phiếu', en: 'Codes' },
  'survey.tab.paper': { vi: 'Nhập phiếu giấy', en: 'Paper entry' },
  'survey.tab.import': { vi: 'Nhập từ tệp', en: 'Import a file' },
  'survey.tab.setup': { vi: 'Thiết lập', en: 'Setup' },
  'survey.question': { vi: 'Câu {number}.', en: 'Question {number}.' },
  'survey.pick.group': { vi: 'Nhóm đối tượng', en: 'Respondent group' },
  'survey.pick.unit': { vi: 'Đơn vị được đánh giá', en: 'Rated unit' },

  // Setup
  'survey.setup.title': { vi: 'Thiết lập cuộc điều tra', en: 'Survey setup' },
  'survey.setup.newTitle': { vi: 'Tạo cuộc điều tra cho kỳ này', en: 'Create the survey of this period' },
  'survey.setup.newExplain': {
    vi: 'Câu hỏi là các tiêu chí điều tra XHH trong bộ tiêu chí của từng đơn vị; phương án và trọng số theo quy tắc của tiêu chí.',
    en: 'The questions are the survey leaves of each unit’s criteria set; options and weights follow the leaf’s rule.',
  },
  'survey.setup.locked': {
    vi: 'Đã có phiếu trả lời: không sửa được thiết lập nữa (có thể kết thúc hoặc mở lại cuộc điều tra).',
    en: 'Forms have arrived: the setup can no longer change (the survey can still be closed or reopened).',
  },
  'survey.setup.opensAt': { vi: 'Ngày bắt đầu', en: 'Opens on' },
  'survey.setup.closesAt': { vi: 'Ngày kết thúc', en: 'Closes on' },
  'survey.setup.minResponses': { vi: 'Số phiếu tối thiểu mỗi đơn vị', en: 'Minimum forms per unit' },
  'survey.setup.minResponsesHint': {
    vi: 'Đơn vị có ít phiếu hơn được cảnh báo khi tính điểm.',
    en: 'Units with fewer forms are flagged when results are computed.',
  },
  'survey.setup.windowOrder': {
    vi: 'Ngày kết thúc phải sau ngày bắt đầu',
    en: 'The closing day must come after the opening day',
  },
  'survey.setup.groups': { vi: 'Nhóm đối tượng khảo sát', en: 'Respondent groups' },
  'survey.setup.groupN': { vi: 'Nhóm {number}', en: 'Group {number}' },
  'survey.setup.needGroup': { vi: 'Cần ít nhất một nhóm đối tượng', en: 'At least one group is needed' },
  'survey.setup.codeTwice': { vi: 'Mã nhóm bị trùng', en: 'This group code is used twice' },
  'survey.setup.addGroup': { vi: '+ Thêm nhóm đối tượng', en: '+ Add a group' },
  'survey.setup.removeGroup': { vi: 'Xóa nhóm {number}', en: 'Remove group {number}' },
  'survey.setup.create': { vi: 'Tạo cuộc điều tra', en: 'Create the survey' },
  'survey.setup.save': { vi: 'Lưu thiết lập', en: 'Save the setup' },
  'survey.setup.saved': { vi: 'Đã lưu thiết lập cuộc điều tra.', en: 'Survey setup saved.' },
  'survey.group.code': { vi: 'Mã nhóm', en: 'Group code' },
  'survey.group.name': { vi: 'Tên nhóm', en: 'Group name' },
  'survey.group.quota': { vi: 'Chỉ tiêu số phiếu', en: 'Quota (forms)' },
  'survey.group.quotaHint': { vi: 'Mục tiêu, không phải giới hạn', en: 'A target, not a cap' },
  'survey.group.unitTypes': { vi: 'Loại đơn vị nhóm này đánh giá', en: 'Unit types this group rates' },
  'survey.group.unitTypesHint': {
    vi: 'Không chọn loại nào: nhóm đánh giá mọi đơn vị tham gia.',
    en: 'None chosen: the group rates every participating unit.',
  },
  'survey.group.leafCodes': { vi: 'Tiêu chí nhóm này trả lời', en: 'Survey leaves this group answers' },
  'survey.group.leafCodesHint': {
    vi: 'Mã tiêu chí, cách nhau bởi dấu phẩy (ví dụ 6.1, 6.2). Để trống: mọi tiêu chí điều tra XHH.',
    en: 'Leaf codes separated by commas (e.g. 6.1, 6.2). Empty: every survey leaf.',
  },

  // Sample size
  'survey.sample.title': { vi: 'Tính cỡ mẫu', en: 'Sample size' },
  'survey.sample.explain': {
    vi: 'Cỡ mẫu theo công thức n = N / (1 + N·e²), với N là tổng thể của nhóm và e là sai số cho phép.',
    en: 'Sample size by n = N / (1 + N·e²), N being the group’s population and e the margin of error.',
  },
  'survey.sample.population': { vi: 'Tổng thể N (người)', en: 'Population N (people)' },
  'survey.sample.margin': { vi: 'Sai số e (%)', en: 'Margin e (%)' },
  'survey.sample.incomplete': {
    vi: 'Nhập tổng thể và sai số (0–100 %).',
    en: 'Enter the population and the margin (0–100 %).',
  },
  'survey.sample.result': { vi: 'Cần n = {size} phiếu', en: 'Needs n = {size} forms' },
  'survey.sample.use': { vi: 'Dùng làm chỉ tiêu', en: 'Use as quota' },
  'survey.sample.useFor': { vi: 'Dùng làm chỉ tiêu của {group}', en: 'Use as the quota of {group}' },

  // Progress
  'survey.state.label': { vi: 'Trạng thái', en: 'State' },
  'survey.state.accepting': { vi: 'Đang nhận phiếu', en: 'Taking answers' },
  'survey.state.notOpen': { vi: 'Chưa bắt đầu', en: 'Not open yet' },
  'survey.state.closed': { vi: 'Đã kết thúc', en: 'Closed' },
  'survey.state.closedAt': { vi: '(kết thúc lúc {time})', en: '(closed at {time})' },
  'survey.state.window': { vi: 'Thời gian', en: 'Window' },
  'survey.state.received': { vi: 'Số phiếu đã nhận', en: 'Forms received' },
  'survey.state.minimum': { vi: 'Tối thiểu mỗi đơn vị', en: 'Minimum per unit' },
  'survey.state.minimumValue': { vi: '{count} phiếu', en: '{count} forms' },
  'survey.progress.groups': { vi: 'Theo nhóm đối tượng', en: 'By respondent group' },
  'survey.progress.groupBar': { vi: 'Số phiếu của nhóm {group}', en: 'Forms of {group}' },
  'survey.progress.codes': {
    vi: 'Mã phiếu đã phát: {issued} · đã dùng: {used}',
    en: 'Codes issued: {issued} · used: {used}',
  },
  'survey.progress.units': { vi: 'Theo đơn vị được đánh giá', en: 'By rated unit' },
  'survey.progress.onlyBelow': {
    vi: 'Chỉ hiện đơn vị chưa đủ phiếu ({count})',
    en: 'Only units below the minimum ({count})',
  },
  'survey.progress.belowSummary': {
    vi: '{count} đơn vị chưa đủ {minimum} phiếu tối thiểu.',
    en: '{count} units have fewer than the minimum of {minimum} forms.',
  },
  'survey.unit.code': { vi: 'Mã', en: 'Code' },
  'survey.unit.name': { vi: 'Đơn vị', en: 'Unit' },
  'survey.unit.group': { vi: 'Nhóm xếp hạng', en: 'Ranking group' },
  'survey.unit.received': { vi: 'Phiếu / tối thiểu', en: 'Forms / minimum' },
  'survey.unit.below': { vi: 'Chưa đủ phiếu', en: 'Below minimum' },
  'survey.unit.enough': { vi: 'Đủ phiếu', en: 'Enough' },
  'survey.close.action': { vi: 'Kết thúc điều tra', en: 'Close the survey' },
  'survey.close.title': { vi: 'Kết thúc cuộc điều tra?', en: 'Close the survey?' },
  'survey.close.explain': {
    vi: 'Không nhận thêm phiếu. {count} phiếu đã nhận được tổng hợp thành điểm của các tiêu chí điều tra XHH của từng đơn vị.',
    en: 'No more answers are taken. The {count} forms received become the points of each unit’s survey leaves.',
  },
  'survey.reopen.action': { vi: 'Mở lại điều tra', en: 'Reopen the survey' },
  'survey.reopen.title': { vi: 'Mở lại cuộc điều tra?', en: 'Reopen the survey?' },
  'survey.reopen.explain': {
    vi: 'Nhận phiếu trở lại; điểm điều tra XHH của các đơn vị được xóa cho đến khi kết thúc lần nữa.',
    en: 'Answers are taken again; the units’ survey points are cleared until it closes again.',
  },
  'survey.reopen.closesAt': { vi: 'Ngày kết thúc mới', en: 'New closing day' },
  'survey.reopen.closesAtHint': {
    vi: 'Để trống nếu giữ ngày kết thúc cũ (ví dụ để nhận phiếu giấy đến muộn thì chọn ngày mới).',
    en: 'Leave empty to keep the closing day (pick a new one to take late paper forms).',
  },
  'survey.reopen.computed': {
    vi: 'Kết quả đã được tính: không mở lại được cuộc điều tra.',
    en: 'Results are computed: the survey can no longer be reopened.',
  },

  // Codes
  'survey.codes.title': { vi: 'Phát mã phiếu', en: 'Issue codes' },
  'survey.codes.explain': {
    vi: 'Mỗi mã dùng một lần, cho một nhóm đối tượng đánh giá một đơn vị. Tệp PDF khổ A4 in 10 thẻ mỗi trang, có mã QR dẫn tới trang trả lời.',
    en: 'Each code is used once, by one group about one unit. The A4 PDF prints 10 cards a page, each with a QR code to the answer page.',
  },
  'survey.codes.closed': {
    vi: 'Cuộc điều tra đã kết thúc: không phát thêm mã được.',
    en: 'The survey is closed: no more codes can be issued.',
  },
  'survey.codes.count': { vi: 'Số mã', en: 'Codes' },
  'survey.codes.invalid': {
    vi: 'Chọn nhóm, đơn vị và số mã từ 1 đến {max}.',
    en: 'Choose a group, a unit and 1 to {max} codes.',
  },
  'survey.codes.print': {
    vi: 'Phát {count} mã và tải tệp in (PDF)',
    en: 'Issue {count} codes and download the PDF',
  },
  'survey.codes.issue': { vi: 'Phát mã, hiện danh sách', en: 'Issue codes as a list' },
  'survey.codes.printed': { vi: 'Đã tải tệp in mã phiếu.', en: 'The code sheet was downloaded.' },
  'survey.codes.once': {
    vi: 'Đã phát {count} mã. Danh sách chỉ hiện một lần này (hệ thống chỉ lưu dạng băm): hãy in hoặc lưu lại ngay.',
    en: '{count} codes issued. This list shows only once (only hashes are stored): print or save it now.',
  },
  'survey.codes.list': {
    vi: 'Mã phiếu — nhóm {group}, đơn vị {unit}',
    en: 'Codes — group {group}, unit {unit}',
  },
  'survey.codes.printThese': { vi: 'Tải tệp in các mã này (PDF)', en: 'Download these codes as a PDF' },

  // Paper entry
  'survey.paper.title': { vi: 'Nhập phiếu giấy', en: 'Paper entry' },
  'survey.paper.keys': {
    vi: 'Bàn phím: Enter ở số phiếu → sang câu 1 · A–E hoặc 1–5 chọn phương án và sang câu sau · 0 hoặc - bỏ trống · Backspace xóa hoặc lùi lại · Enter lưu phiếu và bắt đầu phiếu sau (giữ nhóm, đơn vị).',
    en: 'Keyboard: Enter in the serial → question 1 · A–E or 1–5 picks an option and moves on · 0 or - leaves it blank · Backspace clears or goes back · Enter saves and starts the next form (same group and unit).',
  },
  'survey.paper.serial': { vi: 'Số phiếu', en: 'Serial' },
  'survey.paper.serialRequired': {
    vi: 'Nhập số phiếu in trên phiếu giấy',
    en: 'Enter the serial printed on the form',
  },
  'survey.paper.serialTaken': {
    vi: 'Phiếu số {serial} đã được nhập trước đó',
    en: 'Form {serial} has been entered already',
  },
  'survey.paper.pickFirst': {
    vi: 'Chọn nhóm đối tượng và đơn vị được đánh giá',
    en: 'Choose the group and the rated unit',
  },
  'survey.paper.answerOne': { vi: 'Phiếu chưa có câu trả lời nào', en: 'The form has no answer yet' },
  'survey.paper.save': { vi: 'Lưu phiếu (Enter)', en: 'Save the form (Enter)' },
  'survey.paper.saved': {
    vi: 'Đã lưu phiếu {serial} · {count} phiếu trong lượt nhập này',
    en: 'Form {serial} saved · {count} forms this session',
  },

  // Import
  'survey.import.title': { vi: 'Nhập phiếu từ tệp', en: 'Import forms from a file' },
  'survey.import.explain': {
    vi: 'Tệp JSON theo mẫu phiếu của hệ thống, CSV hoặc Excel (.xlsx) với các cột serial, group, unit rồi mỗi cột một mã tiêu chí. Cả tệp được nhận hoặc từ chối; nhập lại cùng tệp thì các phiếu đã có được bỏ qua.',
    en: 'A survey-forms/v1 JSON, CSV or Excel (.xlsx) file with columns serial, group, unit, then one per leaf code. The whole file is taken or refused; sending it again skips the forms stored.',
  },
  'survey.import.file': { vi: 'Tệp phiếu', en: 'Forms file' },
  'survey.import.send': { vi: 'Nhập tệp', en: 'Import' },
  'survey.import.wrongType': {
    vi: 'Chỉ nhận tệp .json, .csv hoặc .xlsx',
    en: 'Only .json, .csv or .xlsx files',
  },
  'survey.import.uploading': { vi: 'Đang tải tệp lên', en: 'Uploading' },
  'survey.import.uploadingPercent': { vi: 'Đang tải lên {percent}%', en: 'Uploading {percent}%' },
  'survey.import.checking': { vi: 'Đang kiểm tra và lưu phiếu…', en: 'Checking and storing the forms…' },
  'survey.import.done': {
    vi: 'Đã nhập {imported} phiếu; bỏ qua {skipped} phiếu đã có.',
    en: '{imported} forms imported; {skipped} already stored were skipped.',
  },
  'survey.import.errorCount': { vi: '{total} lỗi:', en: '{total} errors:' },
  'survey.import.errorsShown': {
    vi: 'Hiện {shown} trên tổng số {total} lỗi:',
    en: 'Showing {shown} of {total} errors:',
  },
  'survey.import.errorsCaption': { vi: 'Lỗi theo dòng', en: 'Errors by row' },
  'survey.import.row': { vi: 'Dòng', en: 'Row' },
  'survey.import.field': { vi: 'Cột', en: 'Column' },
  'survey.import.problem': { vi: 'Lỗi', en: 'Problem' },

  // The public answer page
  'survey.public.title': { vi: 'Phiếu khảo sát ý kiến', en: 'Opinion survey' },
  'survey.public.ratedUnit': { vi: 'Đơn vị được đánh giá', en: 'Unit rated' },
  'survey.public.group': { vi: 'Nhóm đối tượng', en: 'Respondent group' },
  'survey.public.until': { vi: 'Hạn trả lời', en: 'Answer by' },
  'survey.public.intro': {
    vi: 'Chọn một phương án cho mỗi câu. Câu nào không muốn trả lời có thể bỏ qua.',
    en: 'Pick one option per question. You may skip any question.',
  },
  'survey.public.anonymity': {
    vi: 'Phiếu trả lời là ẩn danh: hệ thống chỉ lưu nhóm đối tượng, đơn vị được đánh giá, các câu trả lời, hình thức trả lời (trực tuyến hay phiếu giấy) và ngày trả lời — không lưu mã phiếu hay bất cứ thông tin nào cho biết ai đã trả lời. Mã phiếu chỉ được đánh dấu là đã dùng.',
    en: 'Answers are anonymous: a stored form keeps only the group, the rated unit, the answers, the channel (online or paper) and the day — never the code or anything linking back to who answered. A code keeps only “used”.',
  },
  'survey.public.answered': { vi: 'Đã trả lời {answered}/{total} câu', en: '{answered} of {total} answered' },
  'survey.public.answerOne': {
    vi: 'Vui lòng trả lời ít nhất một câu trước khi gửi.',
    en: 'Please answer at least one question before sending.',
  },
  'survey.public.send': { vi: 'Gửi phiếu', en: 'Send' },
  'survey.public.sending': { vi: 'Đang gửi…', en: 'Sending…' },
  'survey.public.once': {
    vi: 'Mỗi mã phiếu chỉ gửi được một lần; sau khi gửi không sửa được.',
    en: 'Each code can be sent once; answers cannot change afterwards.',
  },
  'survey.public.thanksTitle': { vi: 'Cảm ơn bạn đã trả lời!', en: 'Thank you for answering!' },
  'survey.public.thanksText': {
    vi: 'Phiếu của bạn đã được ghi nhận. Ý kiến của bạn góp phần đánh giá công tác cải cách hành chính.',
    en: 'Your form is stored. Your opinion helps assess the administrative reform.',
  },
  'survey.public.usedTitle': { vi: 'Mã phiếu này đã được sử dụng', en: 'This code has been used' },
  'survey.public.usedText': {
    vi: 'Mỗi mã chỉ dùng để trả lời một lần. Nếu bạn đã gửi phiếu, ý kiến của bạn đã được ghi nhận — xin cảm ơn!',
    en: 'Each code answers once. If you sent your form, your opinion is stored — thank you!',
  },
  'survey.public.closedTitle': { vi: 'Cuộc khảo sát đã kết thúc', en: 'The survey is closed' },
  'survey.public.closedOn': {
    vi: 'Cuộc khảo sát đã kết thúc ngày {date}. Cảm ơn bạn đã quan tâm.',
    en: 'The survey closed on {date}. Thank you for your interest.',
  },
  'survey.public.closedText': {
    vi: 'Cuộc khảo sát đã kết thúc, không nhận thêm phiếu. Cảm ơn bạn đã quan tâm.',
    en: 'The survey is closed and takes no more answers. Thank you for your interest.',
  },
  'survey.public.notOpenTitle': { vi: 'Cuộc khảo sát chưa bắt đầu', en: 'The survey has not started' },
  'survey.public.notOpenWindow': {
    vi: 'Bạn có thể trả lời từ ngày {from} đến hết ngày {to}.',
    en: 'You can answer from {from} until the end of {to}.',
  },
  'survey.public.notOpenText': {
    vi: 'Cuộc khảo sát chưa nhận phiếu.',
    en: 'The survey is not taking answers yet.',
  },
  'survey.public.keepCode': {
    vi: 'Hãy giữ lại mã phiếu và quay lại trong thời gian trên.',
    en: 'Keep your code and come back then.',
  },
  'survey.public.unknownTitle': { vi: 'Không tìm thấy mã phiếu', en: 'Unknown code' },
  'survey.public.unknownText': {
    vi: 'Vui lòng kiểm tra lại mã in trên phiếu và nhập lại.',
    en: 'Please check the code printed on your card and type it again.',
  },
  'survey.public.limitedTitle': { vi: 'Nhập sai mã quá nhiều lần', en: 'Too many wrong codes' },
  'survey.public.limitedText': {
    vi: 'Vui lòng đợi khoảng {seconds} giây rồi thử lại.',
    en: 'Please wait about {seconds} seconds and try again.',
  },
  'survey.public.failedTitle': { vi: 'Chưa tải được phiếu', en: 'The form did not load' },
  'survey.public.failedText': {
    vi: 'Không kết nối được máy chủ. Vui lòng kiểm tra kết nối mạng rồi thử lại.',
    en: 'The server could not be reached. Check your connection and try again.',
  },
  'survey.public.entryTitle': { vi: 'Trả lời phiếu khảo sát', en: 'Answer a survey' },
  'survey.public.entryText': {
    vi: 'Nhập mã phiếu in trên thẻ bạn nhận được (hoặc quét mã QR trên thẻ).',
    en: 'Type the code printed on your card (or scan its QR code).',
  },
  'survey.public.codeLabel': { vi: 'Mã phiếu', en: 'Code' },
  'survey.public.codeHint': { vi: '12 ký tự, gồm chữ và số', en: '12 letters and digits' },
  'survey.public.codeInvalid': {
    vi: 'Mã phiếu gồm 12 ký tự chữ và số, như in trên thẻ',
    en: 'A code is 12 letters and digits, as printed on the card',
  },
  'survey.public.open': { vi: 'Mở phiếu', en: 'Open the form' },
} satisfies MessageCatalogue<'survey'>;
