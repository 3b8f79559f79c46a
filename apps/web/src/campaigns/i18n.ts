/** Texts of the campaigns' screens (list, form, targets, actions). Assembled into the catalogue by i18n/. */
export const campaignMessagesVi = {
  resources: {
    campaigns: {
      name: 'Đợt cập nhật |||| Đợt cập nhật',
      page: {
        create: 'Tạo đợt cập nhật mới',
        edit: 'Sửa đợt cập nhật: %{recordRepresentation}',
      },
      notifications: {
        created: 'Đã tạo đợt cập nhật (bản nháp)',
        updated: 'Đã lưu đợt cập nhật',
        deleted: 'Đã xóa đợt cập nhật',
      },
      empty: 'Chưa có đợt cập nhật nào.',
      invite: 'Tạo đợt cập nhật để yêu cầu cán bộ bổ sung thông tin trước hạn chót.',
      fields: {
        id: 'Mã số',
        name: 'Tên đợt',
        description: 'Mô tả',
        startsAt: 'Bắt đầu',
        deadlineAt: 'Hạn chót',
        requiredItems: 'Thông tin bắt buộc',
        targets: 'Đơn vị áp dụng',
        status: 'Trạng thái',
        createdAt: 'Ngày tạo',
      },
      statuses: {
        draft: 'Nháp',
        active: 'Đang diễn ra',
        closed: 'Đã kết thúc',
      },
      list: {
        items_count: '%{smart_count} mục |||| %{smart_count} mục',
        targets_count: '%{smart_count} đơn vị |||| %{smart_count} đơn vị',
      },
      form: {
        vietnam_time: 'Giờ Việt Nam (GMT+7)',
        deadline_before_start: 'Hạn chót phải sau thời điểm bắt đầu.',
        deadline_passed: 'Hạn chót đã qua. Hãy chọn hạn chót sau thời điểm hiện tại.',
        items_required: 'Vui lòng chọn ít nhất một thông tin bắt buộc.',
        targets_required: 'Vui lòng chọn ít nhất một đơn vị áp dụng.',
        items_help: 'Cán bộ được tính là hoàn thành khi đã có đủ và hợp lệ các thông tin được chọn.',
        closed_readonly: 'Đợt cập nhật đã kết thúc nên không thể sửa.',
        read_only: 'Chỉ quản trị viên mới sửa được đợt cập nhật.',
      },
      targets: {
        search: 'Tìm đơn vị',
        include_subtree: 'gồm đơn vị trực thuộc',
        covered: 'đã gồm trong đơn vị cấp trên',
        selected: 'Đã chọn %{smart_count} đơn vị |||| Đã chọn %{smart_count} đơn vị',
        none_selected: 'Chưa chọn đơn vị nào.',
        expand: 'Mở rộng %{name}',
        collapse: 'Thu gọn %{name}',
        remove: 'Bỏ chọn %{name}',
        loading: 'Đang tải danh sách đơn vị…',
        load_failed: 'Không tải được danh sách đơn vị.',
        no_match: 'Không có đơn vị nào khớp với từ khóa.',
        with_subtree: '%{name} (gồm đơn vị trực thuộc)',
      },
      preview: {
        applies_to: 'Đợt này áp dụng cho %{smart_count} cán bộ |||| Đợt này áp dụng cho %{smart_count} cán bộ',
        counting: 'Đang tính số cán bộ…',
        pick_units: 'Chọn đơn vị để xem số cán bộ áp dụng.',
        failed: 'Không tính được số cán bộ áp dụng: %{message}',
      },
      actions: {
        activate: {
          label: 'Bắt đầu đợt',
          title: 'Bắt đầu đợt cập nhật "%{name}"?',
          content:
            'Hệ thống sẽ tính trạng thái của mọi cán bộ thuộc các đơn vị được chọn; cán bộ sẽ thấy hạn chót và các thông tin cần bổ sung.',
          done: 'Đã bắt đầu đợt cập nhật.',
          deadline_passed: 'Hạn chót đã qua: hãy dời hạn chót và lưu trước khi bắt đầu đợt.',
        },
        close: {
          label: 'Kết thúc đợt',
          title: 'Kết thúc đợt cập nhật "%{name}"?',
          content: 'Sau khi kết thúc, đợt không thể sửa hay mở lại và số liệu tiến độ được giữ nguyên để báo cáo.',
          done: 'Đã kết thúc đợt cập nhật.',
        },
        progress: 'Xem tiến độ',
      },
    },
  },
};

export const campaignMessagesEn: typeof campaignMessagesVi = {
  resources: {
    campaigns: {
      name: 'Campaign |||| Campaigns',
      page: {
        create: 'New campaign',
        edit: 'Edit campaign: %{recordRepresentation}',
      },
      notifications: {
        created: 'Campaign created (draft)',
        updated: 'Campaign saved',
        deleted: 'Campaign deleted',
      },
      empty: 'No campaigns yet.',
      invite: 'Create a campaign to ask officers to complete their records before a deadline.',
      fields: {
        id: 'Number',
        name: 'Name',
        description: 'Description',
        startsAt: 'Starts',
        deadlineAt: 'Deadline',
        requiredItems: 'Required information',
        targets: 'Target units',
        status: 'Status',
        createdAt: 'Created',
      },
      statuses: {
        draft: 'Draft',
        active: 'In progress',
        closed: 'Closed',
      },
      list: {
        items_count: '%{smart_count} item |||| %{smart_count} items',
        targets_count: '%{smart_count} unit |||| %{smart_count} units',
      },
      form: {
        vietnam_time: 'Vietnam time (GMT+7)',
        deadline_before_start: 'The deadline must come after the start.',
        deadline_passed: 'This deadline has passed. Please choose a deadline after now.',
        items_required: 'Please choose at least one required item.',
        targets_required: 'Please choose at least one target unit.',
        items_help: 'An officer is complete once every chosen item is present and valid.',
        closed_readonly: 'This campaign is closed and can no longer be edited.',
        read_only: 'Only administrators can edit campaigns.',
      },
      targets: {
        search: 'Find a unit',
        include_subtree: 'include sub-units',
        covered: 'included through a parent unit',
        selected: '%{smart_count} unit selected |||| %{smart_count} units selected',
        none_selected: 'No unit selected yet.',
        expand: 'Expand %{name}',
        collapse: 'Collapse %{name}',
        remove: 'Remove %{name}',
        loading: 'Loading units…',
        load_failed: 'Could not load the units.',
        no_match: 'No unit matches the search.',
        with_subtree: '%{name} (with sub-units)',
      },
      preview: {
        applies_to:
          'This campaign applies to %{smart_count} officer |||| This campaign applies to %{smart_count} officers',
        counting: 'Counting officers…',
        pick_units: 'Pick units to see how many officers the campaign applies to.',
        failed: 'Could not count the officers: %{message}',
      },
      actions: {
        activate: {
          label: 'Start campaign',
          title: 'Start the campaign "%{name}"?',
          content:
            'The status of every officer in the chosen units is computed now; officers will see the deadline and what they still need to provide.',
          done: 'The campaign has started.',
          deadline_passed: 'The deadline has passed: move it and save before starting the campaign.',
        },
        close: {
          label: 'Close campaign',
          title: 'Close the campaign "%{name}"?',
          content:
            'A closed campaign can no longer be edited or reopened; its progress figures are kept for reporting.',
          done: 'The campaign is closed.',
        },
        progress: 'View progress',
      },
    },
  },
};
