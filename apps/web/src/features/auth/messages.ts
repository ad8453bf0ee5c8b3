import type { MessageCatalogue } from '../../lib/messages';

/** Sign-in, session and password texts. Vietnamese first, English beside it. */
export const authMessages = {
  'session.loading': { vi: 'Đang tải phiên làm việc…', en: 'Loading your session…' },
  'session.expired': {
    vi: 'Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại.',
    en: 'Your session has expired. Please sign in again.',
  },
  'session.revoked': {
    vi: 'Phiên đăng nhập đã bị thu hồi: tài khoản vừa được quản trị thay đổi, mật khẩu vừa được đổi, hoặc phiên này bị dùng ở nơi khác. Vui lòng đăng nhập lại.',
    en: 'Your session was revoked: an administrator changed the account, the password was changed, or this session was used elsewhere. Please sign in again.',
  },
  'session.signOut': { vi: 'Đăng xuất', en: 'Sign out' },
  'login.title': { vi: 'Đăng nhập', en: 'Sign in' },
  'login.intro': {
    vi: 'Dùng tài khoản do cơ quan thường trực (Sở Nội vụ) cấp.',
    en: 'Use the account the standing agency (Department of Home Affairs) gave you.',
  },
  'login.username': { vi: 'Tên đăng nhập', en: 'Username' },
  'login.password': { vi: 'Mật khẩu', en: 'Password' },
  'login.usernameRequired': { vi: 'Vui lòng nhập tên đăng nhập', en: 'Enter your username' },
  'login.passwordRequired': { vi: 'Vui lòng nhập mật khẩu', en: 'Enter your password' },
  'login.submit': { vi: 'Đăng nhập', en: 'Sign in' },
  'login.signingIn': { vi: 'Đang đăng nhập…', en: 'Signing in…' },
  'login.waitSeconds': { vi: 'Thử lại sau {seconds} giây', en: 'Retry in {seconds} s' },
  'login.invalid': {
    vi: 'Sai tên đăng nhập hoặc mật khẩu. Sau 5 lần sai liên tiếp, tài khoản sẽ bị khóa 15 phút.',
    en: 'Wrong username or password. After 5 failures in a row the account locks for 15 minutes.',
  },
  'login.locked': {
    vi: 'Tài khoản đang bị khóa do đăng nhập sai nhiều lần. Hãy thử lại sau hoặc nhờ quản trị mở khóa.',
    en: 'The account is locked after repeated failures. Try again later or ask an administrator to unlock it.',
  },
  'login.lockedUntil': {
    vi: 'Tài khoản đang bị khóa đến {time} do đăng nhập sai nhiều lần. Hãy thử lại sau thời điểm đó hoặc nhờ quản trị mở khóa.',
    en: 'The account is locked until {time} after repeated failures. Try again then, or ask an administrator to unlock it.',
  },
  'login.disabled': {
    vi: 'Tài khoản đã bị vô hiệu hóa. Vui lòng liên hệ quản trị hệ thống.',
    en: 'The account is disabled. Please contact an administrator.',
  },
  'login.throttled': {
    vi: 'Có quá nhiều lần đăng nhập sai từ máy này. Vui lòng thử lại sau {seconds} giây.',
    en: 'Too many failed sign-ins from this device. Please retry in {seconds} seconds.',
  },
  'password.title': { vi: 'Đổi mật khẩu', en: 'Change password' },
  'password.link': { vi: 'Đổi mật khẩu', en: 'Password' },
  'password.description': {
    vi: 'Đổi mật khẩu sẽ kết thúc các phiên đăng nhập khác của bạn.',
    en: 'Changing the password ends your other sessions.',
  },
  'password.forcedTitle': { vi: 'Cần đổi mật khẩu', en: 'Change your password' },
  'password.forcedExplain': {
    vi: 'Chào {name}, mật khẩu của bạn vừa được cấp hoặc đặt lại. Hãy đặt mật khẩu mới trước khi tiếp tục.',
    en: 'Hello {name}, your password was just issued or reset. Choose a new one before you continue.',
  },
  'password.current': { vi: 'Mật khẩu hiện tại', en: 'Current password' },
  'password.new': { vi: 'Mật khẩu mới', en: 'New password' },
  'password.confirm': { vi: 'Nhập lại mật khẩu mới', en: 'Repeat the new password' },
  'password.policy': {
    vi: 'Ít nhất {min} ký tự, không chứa tên đăng nhập, đủ đa dạng.',
    en: 'At least {min} characters, not containing the username, varied enough.',
  },
  'password.currentRequired': { vi: 'Vui lòng nhập mật khẩu hiện tại', en: 'Enter your current password' },
  'password.tooShort': { vi: 'Mật khẩu cần ít nhất 10 ký tự', en: 'At least 10 characters' },
  'password.mismatch': { vi: 'Hai lần nhập mật khẩu mới không khớp', en: 'The two new passwords differ' },
  'password.same': {
    vi: 'Mật khẩu mới phải khác mật khẩu hiện tại',
    en: 'The new password must differ from the current one',
  },
  'password.submit': { vi: 'Đổi mật khẩu', en: 'Change password' },
  'password.changed': {
    vi: 'Đã đổi mật khẩu. Các phiên đăng nhập khác đã kết thúc.',
    en: 'Password changed. Your other sessions have ended.',
  },
} satisfies MessageCatalogue<'session' | 'login' | 'password'>;
