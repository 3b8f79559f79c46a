import { mergeTranslations, type TranslationMessages } from 'react-admin';
import { auditMessagesVi } from '../audit/i18n';
import { complianceMessagesVi } from '../campaigns/i18n';
import { adminMessagesVi } from '../officers/i18n';
import { profileMessagesVi } from '../profile/i18n';
import { raVietnamese } from './ra-vi';

/** Vietnamese, the default language: react-admin's own messages plus the console's. */
const base: TranslationMessages = {
  ...raVietnamese,
  app: {
    title: 'Một Cửa - Chuẩn hóa thông tin cán bộ',
    short_title: 'Một Cửa',
    language: { switch: 'Ngôn ngữ: %{language}' },
    list: {
      more_than: 'hơn %{total}',
      range: '%{offsetBegin}–%{offsetEnd} trên %{total}',
    },
    form_errors: {
      title: 'Chưa lưu được. Vui lòng sửa %{smart_count} trường sau:',
    },
    dashboard: {
      welcome: 'Chào mừng đến với hệ thống chuẩn hóa thông tin cán bộ, công chức, viên chức',
      intro:
        'Cập nhật thông tin cá nhân đầy đủ, chính xác trước hạn chót để đồng bộ với hệ thống định danh VNeID và liên kết biên lai điện tử.',
    },
    auth: {
      login: {
        title: 'Đăng nhập hệ thống',
        first_time: 'Lần đầu sử dụng?',
        activate_link: 'Kích hoạt tài khoản',
      },
      otp: {
        title: 'Xác thực hai lớp',
        intro: 'Nhập mã 6 chữ số trong ứng dụng xác thực trên điện thoại, hoặc một mã khôi phục.',
        code: 'Mã xác thực hoặc mã khôi phục',
        submit: 'Xác nhận',
        back: 'Quay lại bước đăng nhập',
      },
      errors: {
        invalid_credentials: 'Tên đăng nhập hoặc mật khẩu không đúng.',
        locked_until: 'Tài khoản tạm khóa đến %{time} do đăng nhập sai nhiều lần.',
        locked: 'Tài khoản đã bị khóa. Vui lòng liên hệ quản trị viên đơn vị.',
        rate_limited: 'Bạn đã thử quá nhiều lần. Vui lòng thử lại sau %{smart_count} giây (lúc %{time}).',
        disabled: 'Tài khoản đã bị vô hiệu hóa. Vui lòng liên hệ quản trị viên đơn vị.',
        not_activated: 'Tài khoản chưa được kích hoạt.',
        otp_invalid: 'Mã xác thực không đúng hoặc đã được sử dụng.',
        session_expired: 'Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại.',
        activation_invalid: 'Tên đăng nhập hoặc mã kích hoạt không đúng, hoặc mã đã hết hạn.',
        wrong_password: 'Mật khẩu hiện tại không đúng.',
        password_change_required: 'Bạn cần đổi mật khẩu trước khi tiếp tục sử dụng hệ thống.',
        two_factor_setup_required: 'Tài khoản quản trị cần thiết lập xác thực hai lớp trước khi tiếp tục.',
      },
      password: {
        current: 'Mật khẩu hiện tại',
        new: 'Mật khẩu mới',
        confirm: 'Nhập lại mật khẩu mới',
        mismatch: 'Mật khẩu nhập lại không khớp với mật khẩu mới.',
        not_strong: 'Mật khẩu mới chưa đáp ứng đủ các yêu cầu bên dưới.',
        checklist_title: 'Mật khẩu mới cần đáp ứng:',
        rule_met: 'Đã đạt',
        rule_unmet: 'Chưa đạt',
      },
      change_password: {
        title: 'Đổi mật khẩu',
        forced: 'Vì lý do an toàn, bạn cần đổi mật khẩu trước khi tiếp tục sử dụng hệ thống.',
        submit: 'Đổi mật khẩu',
        done: 'Đã đổi mật khẩu. Các phiên đăng nhập khác đã được đăng xuất.',
      },
      activate: {
        title: 'Kích hoạt tài khoản',
        intro: 'Nhập tên đăng nhập và mã kích hoạt do quản trị viên đơn vị cung cấp, rồi đặt mật khẩu của bạn.',
        code: 'Mã kích hoạt',
        submit: 'Kích hoạt và đăng nhập',
        done: 'Tài khoản đã được kích hoạt.',
        back_to_login: 'Quay lại trang đăng nhập',
      },
      two_factor: {
        title: 'Xác thực hai lớp',
        status_on: 'Xác thực hai lớp đang bật cho tài khoản của bạn.',
        status_off: 'Xác thực hai lớp đang tắt.',
        required: 'Tài khoản quản trị phải bật xác thực hai lớp trước khi tiếp tục sử dụng hệ thống.',
        intro:
          'Khi bật, mỗi lần đăng nhập bạn nhập thêm mã 6 chữ số từ ứng dụng xác thực trên điện thoại (Google Authenticator, Microsoft Authenticator…).',
        start: 'Thiết lập xác thực hai lớp',
        scan: 'Quét mã QR bằng ứng dụng xác thực, hoặc nhập khóa bí mật bên cạnh. Sau đó nhập mã 6 chữ số ứng dụng hiển thị.',
        qr_label: 'Mã QR để thêm tài khoản vào ứng dụng xác thực',
        secret: 'Khóa bí mật',
        code: 'Mã 6 chữ số',
        code_format: 'Mã xác thực gồm đúng 6 chữ số.',
        enable: 'Bật xác thực hai lớp',
        recovery_title: 'Mã khôi phục',
        recovery_intro:
          'Hãy lưu 10 mã khôi phục này ở nơi an toàn. Mỗi mã dùng được một lần để đăng nhập khi không có điện thoại. Các mã chỉ hiển thị một lần này.',
        copy: 'Sao chép các mã',
        copied: 'Đã sao chép mã khôi phục.',
        copy_failed: 'Không sao chép được, vui lòng chép tay các mã.',
        saved: 'Tôi đã lưu các mã',
        disable: 'Tắt xác thực hai lớp',
        disable_intro:
          'Nhập mật khẩu hiện tại để tắt. Mọi phiên đăng nhập của tài khoản sẽ kết thúc và bạn cần đăng nhập lại.',
        disabled: 'Đã tắt xác thực hai lớp. Vui lòng đăng nhập lại.',
      },
      login_history: {
        title: 'Nhật ký đăng nhập',
      },
      login_events: {
        title: 'Nhật ký đăng nhập toàn hệ thống',
      },
      outcomes: {
        success: 'Thành công',
        wrong_password: 'Sai mật khẩu',
        unknown_user: 'Không có tài khoản',
        locked: 'Tài khoản đang khóa',
        disabled: 'Tài khoản bị vô hiệu hóa',
        otp_failed: 'Sai mã xác thực',
        refresh_reuse: 'Phiên bị dùng lại',
        not_activated: 'Chưa kích hoạt',
      },
      menu: {
        change_password: 'Đổi mật khẩu',
        two_factor: 'Xác thực hai lớp',
        login_history: 'Nhật ký đăng nhập',
      },
    },
    errors: {
      network: 'Không kết nối được máy chủ. Vui lòng kiểm tra mạng và thử lại.',
    },
  },
  resources: {
    'me/logins': {
      name: 'Nhật ký đăng nhập |||| Nhật ký đăng nhập',
      fields: {
        createdAt: 'Thời gian',
        outcome: 'Kết quả',
        ip: 'Địa chỉ IP',
        userAgent: 'Thiết bị, trình duyệt',
      },
    },
    'login-events': {
      name: 'Giám sát đăng nhập |||| Giám sát đăng nhập',
      fields: {
        createdAt: 'Thời gian',
        username: 'Tên đăng nhập',
        outcome: 'Kết quả',
        ip: 'Địa chỉ IP',
        userAgent: 'Thiết bị, trình duyệt',
      },
    },
  },
};

/** The catalog: react-admin's, the shell's, and each feature's own messages. */
export const vi: TranslationMessages = [
  profileMessagesVi,
  adminMessagesVi,
  complianceMessagesVi,
  auditMessagesVi,
].reduce(
  (all: TranslationMessages, feature) => mergeTranslations(all, feature as unknown as TranslationMessages),
  base,
);

export default vi;
