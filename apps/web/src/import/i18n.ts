/** Texts of the officers' import wizard and of file downloads. Assembled into the catalogue by i18n/. */
export const importMessagesVi = {
  admin: {
    import: {
      title: 'Nhập cán bộ từ Excel',
      forbidden: 'Chỉ quản trị viên hệ thống và quản trị đơn vị mới được nhập danh sách cán bộ.',
      steps: {
        upload: 'Chọn tệp',
        preview: 'Kiểm tra dữ liệu',
        confirm: 'Xác nhận nhập',
      },
      upload: {
        drop: 'Kéo thả tệp Excel (.xlsx) hoặc CSV vào đây',
        pick: 'Chọn tệp từ máy tính',
        limits: 'Tối đa 10 MB và 20.000 dòng. Dùng đúng các cột của tệp mẫu.',
        template: 'Tải tệp mẫu',
        chosen: 'Tệp đã chọn: %{name} (%{size})',
        check: 'Kiểm tra tệp',
        wrong_type: 'Chỉ nhận tệp Excel (.xlsx) hoặc CSV (.csv).',
        too_large: 'Tệp lớn hơn 10 MB. Vui lòng chia thành nhiều tệp.',
        empty: 'Tệp rỗng, vui lòng chọn tệp khác.',
      },
      progress: {
        checking: 'Đang tải lên và kiểm tra tệp…',
        committing: 'Đang nhập dữ liệu…',
      },
      totals: {
        rows: 'Tổng số dòng: %{count}',
        create: 'Tạo mới: %{count}',
        update: 'Cập nhật: %{count}',
        unchanged: 'Không đổi: %{count}',
        errors: 'Dòng lỗi: %{count}',
        flagged: 'Cần xem lại: %{count}',
      },
      review: {
        title: 'Các thay đổi sẽ áp dụng',
        flagged_title: 'Các dòng cần xem lại',
        caption:
          'Giá trị hiện tại → giá trị trong tệp. Dòng cấp quyền hoặc khớp tài khoản theo số CCCD được đánh dấu để xem lại.',
        row: 'Dòng %{row}',
        matched_as: '%{account} (trong tệp: %{username})',
        create: 'Tạo mới',
        update: 'Cập nhật',
        unchanged: 'Không đổi',
        empty: '(trống)',
        unit: 'Đơn vị',
        flags: {
          citizen_id_match:
            'Khớp theo số CCCD với tài khoản %{account}: tên đăng nhập giữ nguyên, không đổi thành %{username}.',
          role_grant: 'Cấp thêm vai trò: %{roles}.',
          admin_role_grant: 'Cấp quyền quản trị: %{roles}.',
        },
        download: 'Tải kết quả kiểm tra (.xlsx)',
      },
      errors: {
        title: 'Các lỗi cần sửa trong tệp',
        row: 'Dòng',
        column: 'Cột',
        message: 'Nội dung lỗi',
        none: 'Không có lỗi nào, tệp sẵn sàng để nhập.',
        caption: 'Số dòng là số dòng trong bảng tính (dòng 1 là dòng tiêu đề).',
      },
      columns: {
        username: 'Tên đăng nhập',
        fullName: 'Họ và tên',
        gender: 'Giới tính',
        birthDate: 'Ngày sinh',
        citizenId: 'Số CCCD',
        phone: 'Số điện thoại',
        email: 'Email',
        unitCode: 'Mã đơn vị',
        roles: 'Vai trò',
        file: 'Tệp',
      },
      confirm: {
        summary: 'Sẽ tạo mới %{create} tài khoản, cập nhật %{update} tài khoản; %{unchanged} dòng giữ nguyên.',
        skip_invalid: 'Bỏ qua các dòng lỗi',
        skip_hint: 'Chỉ các dòng hợp lệ được nhập; %{smart_count} dòng lỗi bị bỏ qua.',
        blocked: 'Tệp còn %{smart_count} dòng lỗi. Hãy sửa tệp rồi tải lên lại, hoặc chọn bỏ qua các dòng lỗi.',
        nothing: 'Không có dòng nào cần nhập.',
        flagged: 'Có %{smart_count} dòng cấp quyền hoặc khớp tài khoản theo số CCCD. Hãy xem lại trước khi nhập.',
        acknowledge: 'Tôi đã xem lại %{smart_count} dòng được đánh dấu và đồng ý áp dụng',
        commit: 'Nhập dữ liệu',
      },
      result: {
        title: 'Đã nhập xong',
        summary: 'Đã tạo mới %{create} tài khoản, cập nhật %{update} tài khoản.',
        codes: 'Tải danh sách mã kích hoạt (chỉ tải được một lần)',
        codes_hint: 'Tệp chứa mã kích hoạt của các tài khoản mới tạo. Hãy tải ngay và bảo quản cẩn thận.',
        codes_downloaded: 'Đã tải danh sách mã kích hoạt.',
        back: 'Về danh sách cán bộ',
        again: 'Nhập tệp khác',
      },
      actions: {
        back: 'Quay lại',
        next: 'Tiếp tục',
        restart: 'Chọn tệp khác',
      },
    },
    download: {
      failed: 'Không tải được tệp, vui lòng thử lại.',
    },
  },
};

export const importMessagesEn: typeof importMessagesVi = {
  admin: {
    import: {
      title: 'Import officers from Excel',
      forbidden: 'Only system and unit administrators can import officers.',
      steps: {
        upload: 'Choose file',
        preview: 'Check data',
        confirm: 'Confirm import',
      },
      upload: {
        drop: 'Drop an Excel (.xlsx) or CSV file here',
        pick: 'Choose a file',
        limits: 'Up to 10 MB and 20,000 rows. Use the template’s columns.',
        template: 'Download the template',
        chosen: 'Chosen file: %{name} (%{size})',
        check: 'Check file',
        wrong_type: 'Only Excel (.xlsx) or CSV (.csv) files are accepted.',
        too_large: 'The file is larger than 10 MB. Please split it.',
        empty: 'The file is empty, please choose another.',
      },
      progress: {
        checking: 'Uploading and checking the file…',
        committing: 'Importing…',
      },
      totals: {
        rows: 'Rows: %{count}',
        create: 'New: %{count}',
        update: 'Updated: %{count}',
        unchanged: 'Unchanged: %{count}',
        errors: 'Rows with errors: %{count}',
        flagged: 'To review: %{count}',
      },
      review: {
        title: 'Changes to be applied',
        flagged_title: 'Rows to review',
        caption:
          'Current value → value in the file. Rows that grant a role or match an account by citizen ID are flagged for review.',
        row: 'Row %{row}',
        matched_as: '%{account} (in the file: %{username})',
        create: 'New',
        update: 'Update',
        unchanged: 'Unchanged',
        empty: '(empty)',
        unit: 'Unit',
        flags: {
          citizen_id_match:
            'Matches account %{account} by citizen ID: the username stays, it does not become %{username}.',
          role_grant: 'Grants the role: %{roles}.',
          admin_role_grant: 'Grants administrator rights: %{roles}.',
        },
        download: 'Download the check (.xlsx)',
      },
      errors: {
        title: 'Errors to fix in the file',
        row: 'Row',
        column: 'Column',
        message: 'Error',
        none: 'No errors, the file is ready to import.',
        caption: 'Row numbers are the spreadsheet’s own (row 1 is the header).',
      },
      columns: {
        username: 'Username',
        fullName: 'Full name',
        gender: 'Gender',
        birthDate: 'Date of birth',
        citizenId: 'Citizen ID (CCCD)',
        phone: 'Phone number',
        email: 'Email',
        unitCode: 'Unit code',
        roles: 'Roles',
        file: 'File',
      },
      confirm: {
        summary: '%{create} accounts will be created and %{update} updated; %{unchanged} rows stay as they are.',
        skip_invalid: 'Skip rows with errors',
        skip_hint:
          'Only valid rows are imported; %{smart_count} row with errors is skipped. |||| Only valid rows are imported; %{smart_count} rows with errors are skipped.',
        blocked:
          'The file still has %{smart_count} row with errors. Fix the file and upload it again, or skip rows with errors. |||| The file still has %{smart_count} rows with errors. Fix the file and upload it again, or skip rows with errors.',
        nothing: 'There is nothing to import.',
        flagged:
          '%{smart_count} row grants a role or matches an account by citizen ID. Review it before importing. |||| %{smart_count} rows grant a role or match an account by citizen ID. Review them before importing.',
        acknowledge:
          'I have reviewed the %{smart_count} flagged row and want it applied |||| I have reviewed the %{smart_count} flagged rows and want them applied',
        commit: 'Import',
      },
      result: {
        title: 'Import finished',
        summary: '%{create} accounts created, %{update} accounts updated.',
        codes: 'Download the activation codes (one download only)',
        codes_hint: 'The file holds the activation codes of the new accounts. Download it now and keep it safe.',
        codes_downloaded: 'Activation codes downloaded.',
        back: 'Back to officers',
        again: 'Import another file',
      },
      actions: {
        back: 'Back',
        next: 'Continue',
        restart: 'Choose another file',
      },
    },
    download: {
      failed: 'The file could not be downloaded, please try again.',
    },
  },
};
