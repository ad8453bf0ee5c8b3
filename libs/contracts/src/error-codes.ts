/**
 * Every error code the API answers with, and its title in Vietnamese (default) and English.
 * The SPA shows these titles; the API maps each code to an HTTP status in a typed table, so a code
 * added here without a status fails to compile.
 */
export const ERROR_TITLES = {
  // Request shape
  VALIDATION_FAILED: { vi: 'Dữ liệu gửi lên không hợp lệ', en: 'The request data is invalid' },
  INVALID_JSON: { vi: 'Nội dung JSON không đọc được', en: 'The JSON body could not be parsed' },
  PAYLOAD_TOO_LARGE: { vi: 'Dữ liệu gửi lên quá lớn', en: 'The request body is too large' },
  UNSUPPORTED_MEDIA_TYPE: { vi: 'Kiểu nội dung không được hỗ trợ', en: 'Unsupported content type' },
  BAD_REQUEST: { vi: 'Yêu cầu không hợp lệ', en: 'Bad request' },
  // Routing and resources
  ROUTE_NOT_FOUND: { vi: 'Không có đường dẫn này', en: 'No such route' },
  NOT_FOUND: { vi: 'Không tìm thấy dữ liệu', en: 'Not found' },
  METHOD_NOT_ALLOWED: { vi: 'Phương thức không được phép', en: 'Method not allowed' },
  CONFLICT: { vi: 'Xung đột dữ liệu', en: 'Conflict' },
  // Identity
  UNAUTHENTICATED: { vi: 'Cần đăng nhập', en: 'Authentication required' },
  FORBIDDEN: { vi: 'Không có quyền thực hiện', en: 'Not allowed' },
  RATE_LIMITED: { vi: 'Quá nhiều yêu cầu, vui lòng thử lại sau', en: 'Too many requests, try again later' },
  // Server
  SERVICE_UNAVAILABLE: { vi: 'Dịch vụ tạm thời không sẵn sàng', en: 'Service temporarily unavailable' },
  INTERNAL_ERROR: { vi: 'Lỗi hệ thống', en: 'Internal server error' },
} as const satisfies Record<string, LocalizedText>;

export interface LocalizedText {
  vi: string;
  en: string;
}

export type ErrorCode = keyof typeof ERROR_TITLES;

export const ERROR_CODES = Object.keys(ERROR_TITLES) as ErrorCode[];

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(ERROR_TITLES, value);
}
