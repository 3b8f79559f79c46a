import { COMPLIANCE_STATUS_LABELS, GENDER_LABELS, PROFILE_FIELD_LABELS } from '@motcua/domain';

/**
 * The profile page's texts, assembled into the catalogue by i18n/. Field and gender labels come from
 * libs/domain, so the form, the completeness checklist and the API's exports name fields the same way.
 */
export const profileMessagesVi = {
  profile: {
    title: 'Thông tin cá nhân',
    fields: {
      ...PROFILE_FIELD_LABELS.vi,
      confirmed: 'Xác nhận thông tin chính xác',
      verified: 'Được lãnh đạo đơn vị xác thực',
    },
    gender: { ...GENDER_LABELS.vi },
    helpers: {
      birthDate: 'Nhập theo dạng ngày/tháng/năm, ví dụ 02/03/1985',
      citizenId: 'Nhập theo số căn cước công dân đã được phân quyền trên hệ thống chứng thực',
      phone: 'Số di động 10 chữ số, ví dụ 0912 345 678',
    },
    validation: {
      birth_date_format:
        'Ngày sinh không hợp lệ, vui lòng nhập một ngày có thật theo dạng ngày/tháng/năm (ví dụ 02/03/1985).',
    },
    receipt_password: {
      set: 'Đã thiết lập',
      not_set: 'Chưa thiết lập',
      keep_hint: 'Để trống nếu không muốn đổi mật khẩu.',
      clear: 'Xóa mật khẩu',
      will_clear: 'Mật khẩu sẽ được xóa khi bấm "Cập nhật".',
      undo_clear: 'Giữ lại mật khẩu',
      show: 'Hiện mật khẩu',
      hide: 'Ẩn mật khẩu',
      typed: 'Mật khẩu mới',
    },
    avatar: {
      alt: 'Ảnh đại diện',
      upload: 'Tải ảnh lên',
      remove: 'Xóa ảnh',
      remove_title: 'Xóa ảnh đại diện?',
      remove_content:
        'Ảnh sẽ bị xóa hẳn và không khôi phục được. Nếu đợt cập nhật yêu cầu ảnh, hồ sơ sẽ chưa hoàn thiện cho đến khi bạn tải ảnh mới lên.',
      hint: 'Ảnh JPEG, PNG hoặc WebP, tối đa 2 MB.',
      too_large: 'Ảnh vượt quá 2 MB, vui lòng chọn ảnh nhỏ hơn.',
      wrong_type: 'Chỉ chấp nhận ảnh JPEG, PNG hoặc WebP.',
      uploaded: 'Đã cập nhật ảnh đại diện',
      removed: 'Đã xóa ảnh đại diện',
      changed: 'Đã thay đổi',
    },
    default_page: {
      none: 'Không chọn',
    },
    actions: {
      save: 'Cập nhật',
      retry: 'Thử lại',
    },
    messages: {
      saved: 'Đã cập nhật thông tin cá nhân',
      nothing_changed: 'Không có thay đổi nào để cập nhật.',
      confirmed: 'Đã ghi nhận xác nhận thông tin của bạn',
      load_failed: 'Không tải được thông tin cá nhân.',
    },
    conflict: {
      title: 'Thông tin đã được thay đổi ở nơi khác',
      intro:
        'Trong lúc bạn chỉnh sửa, thông tin của bạn đã được cập nhật trên hệ thống. Bấm "Tải lại dữ liệu mới" để nhận giá trị mới của các trường dưới đây; những gì bạn đã nhập ở các trường khác được giữ nguyên.',
      no_field:
        'Không có trường nào bạn đang sửa bị thay đổi; tải lại để cập nhật phiên bản rồi bấm "Cập nhật" lần nữa.',
      field: 'Trường',
      server: 'Trên hệ thống',
      mine: 'Bạn đã nhập',
      empty: '(để trống)',
      reload: 'Tải lại dữ liệu mới',
      close: 'Đóng',
    },
    completeness: {
      title: 'Mức độ hoàn thiện',
      deadline: 'Hạn chót: %{deadline}',
      days_left: 'Còn %{smart_count} ngày',
      due_today: 'Hôm nay là hạn chót',
      overdue: 'Quá hạn %{smart_count} ngày',
      closed: 'Đã qua hạn chót',
      status: { ...COMPLIANCE_STATUS_LABELS.vi },
      state: {
        done: 'Đã có',
        missing: 'Còn thiếu',
        invalid: 'Chưa hợp lệ',
      },
      unsaved: 'Bạn có thay đổi chưa lưu; danh sách sẽ cập nhật sau khi bấm "Cập nhật".',
      confirm: 'Tôi xác nhận thông tin trên là chính xác',
      confirm_when_complete: 'Bổ sung các thông tin còn thiếu hoặc chưa hợp lệ trước khi xác nhận.',
      confirm_when_saved: 'Bấm "Cập nhật" để lưu thay đổi trước khi xác nhận.',
      confirmed_at: 'Đã xác nhận lúc %{at}',
      verified: 'Đã xác thực',
      verified_at: 'Đã được xác thực lúc %{at}',
    },
    verification: {
      verified_by: 'Đã xác thực lúc %{at}, người xác thực: %{name}',
      fields: 'Nội dung đã xác thực: %{fields}',
      sent_back_title: 'Hồ sơ cần bổ sung',
      sent_back_by: '%{name} yêu cầu bổ sung lúc %{at}',
      sent_back_hint: 'Cập nhật theo yêu cầu rồi bấm "Tôi xác nhận thông tin trên là chính xác".',
    },
  },
};

export const profileMessagesEn: typeof profileMessagesVi = {
  profile: {
    title: 'My profile',
    fields: {
      ...PROFILE_FIELD_LABELS.en,
      confirmed: 'Details confirmed as accurate',
      verified: 'Verified by the unit’s supervisor',
    },
    gender: { ...GENDER_LABELS.en },
    helpers: {
      birthDate: 'Type it as day/month/year, e.g. 02/03/1985',
      citizenId: 'Enter the citizen ID number that was authorised on the authentication system',
      phone: '10-digit mobile number, e.g. 0912 345 678',
    },
    validation: {
      birth_date_format: 'Invalid date of birth; please enter a real date as day/month/year (e.g. 02/03/1985).',
    },
    receipt_password: {
      set: 'Set',
      not_set: 'Not set',
      keep_hint: 'Leave blank to keep the current password.',
      clear: 'Remove password',
      will_clear: 'The password will be removed when you click "Update".',
      undo_clear: 'Keep the password',
      show: 'Show password',
      hide: 'Hide password',
      typed: 'New password',
    },
    avatar: {
      alt: 'Profile photo',
      upload: 'Upload photo',
      remove: 'Remove photo',
      remove_title: 'Remove your profile photo?',
      remove_content:
        'The photo is deleted for good. If a campaign requires a photo, your record stays incomplete until you upload a new one.',
      hint: 'JPEG, PNG or WebP image, up to 2 MB.',
      too_large: 'The image is larger than 2 MB; please choose a smaller one.',
      wrong_type: 'Only JPEG, PNG or WebP images are accepted.',
      uploaded: 'Profile photo updated',
      removed: 'Profile photo removed',
      changed: 'Changed',
    },
    default_page: {
      none: 'None',
    },
    actions: {
      save: 'Update',
      retry: 'Try again',
    },
    messages: {
      saved: 'Your personal details were updated',
      nothing_changed: 'Nothing has changed.',
      confirmed: 'Your confirmation was recorded',
      load_failed: 'Your personal details could not be loaded.',
    },
    conflict: {
      title: 'Your details were changed elsewhere',
      intro:
        'While you were editing, your record was updated on the system. Click "Reload the latest data" to take the new values of the fields below; what you typed in the other fields is kept.',
      no_field:
        'None of the fields you are editing changed; reload to pick up the new version, then click "Update" again.',
      field: 'Field',
      server: 'On the system',
      mine: 'You typed',
      empty: '(blank)',
      reload: 'Reload the latest data',
      close: 'Close',
    },
    completeness: {
      title: 'Completeness',
      deadline: 'Deadline: %{deadline}',
      days_left: '%{smart_count} day left |||| %{smart_count} days left',
      due_today: 'Today is the deadline',
      overdue: 'Overdue by %{smart_count} day |||| Overdue by %{smart_count} days',
      closed: 'The deadline has passed',
      status: { ...COMPLIANCE_STATUS_LABELS.en },
      state: {
        done: 'Done',
        missing: 'Missing',
        invalid: 'Invalid',
      },
      unsaved: 'You have unsaved changes; this list updates after you click "Update".',
      confirm: 'I confirm that the information above is accurate',
      confirm_when_complete: 'Fill in the missing or invalid details before confirming.',
      confirm_when_saved: 'Click "Update" to save your changes before confirming.',
      confirmed_at: 'Confirmed at %{at}',
      verified: 'Verified',
      verified_at: 'Verified at %{at}',
    },
    verification: {
      verified_by: 'Verified at %{at} by %{name}',
      fields: 'Verified: %{fields}',
      sent_back_title: 'Your record needs more information',
      sent_back_by: '%{name} asked for more on %{at}',
      sent_back_hint: 'Update what is asked, then click "I confirm that the information above is accurate".',
    },
  },
};
