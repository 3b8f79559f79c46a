/**
 * Texts of sign-in, activation, password, two-factor and login-history screens. Assembled into the catalogue by i18n/.
 */
export const authMessagesVi = {
  app: {
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

export const authMessagesEn: typeof authMessagesVi = {
  app: {
    auth: {
      login: {
        title: 'Sign in',
        first_time: 'First time here?',
        activate_link: 'Activate your account',
      },
      otp: {
        title: 'Two-factor authentication',
        intro: 'Enter the 6-digit code from the authenticator app on your phone, or one of your recovery codes.',
        code: 'Authentication or recovery code',
        submit: 'Confirm',
        back: 'Back to sign-in',
      },
      errors: {
        invalid_credentials: 'Wrong username or password.',
        locked_until: 'The account is locked until %{time} after too many failed sign-ins.',
        locked: 'The account is locked. Please contact your unit administrator.',
        rate_limited:
          'Too many attempts. Please try again in %{smart_count} second (at %{time}). |||| Too many attempts. Please try again in %{smart_count} seconds (at %{time}).',
        disabled: 'The account is disabled. Please contact your unit administrator.',
        not_activated: 'The account is not activated yet.',
        otp_invalid: 'The code is wrong or has already been used.',
        session_expired: 'Your session has expired. Please sign in again.',
        activation_invalid: 'Wrong username or activation code, or the code has expired.',
        wrong_password: 'The current password is wrong.',
        password_change_required: 'You need to change your password before going on.',
        two_factor_setup_required: 'Administrator accounts must set up two-factor authentication before going on.',
      },
      password: {
        current: 'Current password',
        new: 'New password',
        confirm: 'Repeat the new password',
        mismatch: 'The repeated password does not match the new one.',
        not_strong: 'The new password does not meet every requirement below yet.',
        checklist_title: 'The new password must:',
        rule_met: 'Met',
        rule_unmet: 'Not met',
      },
      change_password: {
        title: 'Change password',
        forced: 'For your account’s safety, please change your password before going on.',
        submit: 'Change password',
        done: 'Password changed. Your other sessions have been signed out.',
      },
      activate: {
        title: 'Activate your account',
        intro:
          'Enter your username and the activation code your unit administrator gave you, then choose your password.',
        code: 'Activation code',
        submit: 'Activate and sign in',
        done: 'Your account is activated.',
        back_to_login: 'Back to sign-in',
      },
      two_factor: {
        title: 'Two-factor authentication',
        status_on: 'Two-factor authentication is on for your account.',
        status_off: 'Two-factor authentication is off.',
        required: 'Administrator accounts must turn on two-factor authentication before using the console.',
        intro:
          'Once on, every sign-in also asks for a 6-digit code from an authenticator app on your phone (Google Authenticator, Microsoft Authenticator…).',
        start: 'Set up two-factor authentication',
        scan: 'Scan the QR code with your authenticator app, or type the secret key beside it. Then enter the 6-digit code the app shows.',
        qr_label: 'QR code to add the account to an authenticator app',
        secret: 'Secret key',
        code: '6-digit code',
        code_format: 'The code has exactly 6 digits.',
        enable: 'Turn on two-factor authentication',
        recovery_title: 'Recovery codes',
        recovery_intro:
          'Keep these 10 recovery codes somewhere safe. Each one signs you in once when you do not have your phone. They are shown only this once.',
        copy: 'Copy the codes',
        copied: 'Recovery codes copied.',
        copy_failed: 'Could not copy; please write the codes down.',
        saved: 'I have saved the codes',
        disable: 'Turn off two-factor authentication',
        disable_intro:
          'Enter your current password to turn it off. Every session of the account ends and you sign in again.',
        disabled: 'Two-factor authentication is off. Please sign in again.',
      },
      login_history: {
        title: 'Login history',
      },
      login_events: {
        title: 'Sign-in log of the whole console',
      },
      outcomes: {
        success: 'Success',
        wrong_password: 'Wrong password',
        unknown_user: 'Unknown account',
        locked: 'Account locked',
        disabled: 'Account disabled',
        otp_failed: 'Wrong code',
        refresh_reuse: 'Session reused',
        not_activated: 'Not activated',
      },
      menu: {
        change_password: 'Change password',
        two_factor: 'Two-factor authentication',
        login_history: 'Login history',
      },
    },
  },
  resources: {
    'me/logins': {
      name: 'Login history |||| Login history',
      fields: {
        createdAt: 'Time',
        outcome: 'Outcome',
        ip: 'IP address',
        userAgent: 'Device, browser',
      },
    },
    'login-events': {
      name: 'Sign-in monitor |||| Sign-in monitor',
      fields: {
        createdAt: 'Time',
        username: 'Username',
        outcome: 'Outcome',
        ip: 'IP address',
        userAgent: 'Device, browser',
      },
    },
  },
};
