import { formatVietnamDateTime } from '@motcua/contracts';

/** What an officer reads, in the app and by e-mail, when failed attempts have locked their account. */
export function lockoutNotice(input: { fullName: string; lockedUntil: Date; ip: string; wholeAccount: boolean }) {
  const until = formatVietnamDateTime(input.lockedUntil);
  const title = `Tài khoản tạm khóa đến ${until} do đăng nhập sai nhiều lần`;
  const scope = input.wholeAccount
    ? 'Tài khoản của đồng chí đã bị tạm khóa vì có quá nhiều lần nhập sai mật khẩu hoặc mã xác thực từ nhiều địa chỉ khác nhau.'
    : `Việc đăng nhập vào tài khoản của đồng chí từ địa chỉ ${input.ip} đã bị tạm khóa vì nhập sai mật khẩu hoặc mã xác thực nhiều lần.`;
  const body = [
    `Kính gửi ${input.fullName},`,
    '',
    `${scope} Khóa tự hết hiệu lực lúc ${until}; quản trị viên đơn vị có thể mở khóa sớm hơn.`,
    'Nếu không phải đồng chí thực hiện, vui lòng đổi mật khẩu và báo cho quản trị viên đơn vị.',
    '',
    'Trân trọng.',
  ].join('\n');
  return { title, subject: title, body };
}
