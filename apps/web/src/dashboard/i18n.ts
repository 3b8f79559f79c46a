import { COMPLIANCE_STATUS_LABELS, PROFILE_FIELD_LABELS } from '@motcua/domain';

/**
 * Texts of the dashboard: the welcome shown to everyone (`app.dashboard`) and the compliance figures. Item and status
 * labels come from libs/domain. Assembled into the catalogue by i18n/.
 */
export const dashboardMessagesVi = {
  compliance: {
    title: 'Tiến độ chuẩn hóa thông tin',
    campaign: 'Đợt cập nhật',
    campaign_group: {
      active: 'Đang diễn ra',
      closed: 'Đã kết thúc',
    },
    no_campaign: 'Chưa có đợt cập nhật nào đang diễn ra.',
    no_campaign_supervisor:
      'Khi quản trị viên bắt đầu một đợt cập nhật cho đơn vị của bạn, tiến độ của từng cán bộ và danh sách cần nhắc nhở sẽ hiện ở đây. Trong lúc chờ, cán bộ vẫn tự cập nhật thông tin theo yêu cầu chung của tỉnh.',
    no_campaign_admin:
      'Để bắt đầu: tạo một đợt cập nhật (chọn đơn vị áp dụng, thông tin bắt buộc và hạn chót), rồi bấm “Bắt đầu đợt” trên trang của đợt. Tiến độ sẽ hiện ở đây ngay sau đó.',
    create_campaign: 'Tạo đợt cập nhật',
    open_campaigns: 'Xem các đợt cập nhật',
    unit_refused: 'Đơn vị trong đường dẫn không thuộc phạm vi bạn theo dõi.',
    own_unit: 'Xem đơn vị của tôi',
    forbidden:
      'Trang tổng quan tiến độ dành cho lãnh đạo đơn vị và quản trị viên. Bạn vẫn có thể cập nhật thông tin cá nhân của mình.',
    open_profile: 'Cập nhật thông tin cá nhân',
    load_failed: 'Không tải được số liệu tiến độ: %{message}',
    retry: 'Thử lại',
    deadline: 'Hạn chót: %{date}',
    cards: {
      total: 'Tổng số',
      complete: 'Hoàn thành',
      complete_late: 'Hoàn thành muộn',
      overdue: 'Quá hạn',
      incomplete: 'Chưa hoàn thành',
      days_left: 'Số ngày còn lại',
      days_overdue: 'Số ngày quá hạn',
      officers: 'cán bộ',
      percent_done: 'Đã hoàn thành %{percent}%',
      share: '%{percent}% tổng số',
      overdue_by: 'Quá hạn %{smart_count} ngày |||| Quá hạn %{smart_count} ngày',
      due_today: 'Hạn chót là hôm nay',
    },
    statuses: { ...COMPLIANCE_STATUS_LABELS.vi },
    chart: {
      progress_title: 'Tiến độ theo ngày',
      completed: 'Đã hoàn thành (lũy kế)',
      ideal: 'Tiến độ lý tưởng',
      units_title: 'Theo đơn vị trực thuộc',
      units_hint: 'Bấm vào một đơn vị trên biểu đồ hoặc trong bảng để xem chi tiết.',
      no_data: 'Chưa có số liệu',
      loading: 'Đang tải biểu đồ…',
      percent_axis: 'Tỷ lệ (%)',
    },
    units: {
      unit: 'Đơn vị',
      total: 'Tổng số',
      complete: 'Hoàn thành',
      complete_late: 'Muộn',
      not_done: 'Chưa xong',
      percent: 'Tỷ lệ',
      direct: 'Trực tiếp tại %{name}',
      none: '%{name} không có đơn vị trực thuộc.',
      open: 'Xem chi tiết %{name}',
    },
    breadcrumb: {
      label: 'Đơn vị đang xem',
      province: 'Toàn tỉnh',
    },
    missing: {
      title: 'Thông tin còn thiếu nhiều nhất',
      count: '%{smart_count} cán bộ |||| %{smart_count} cán bộ',
      none: 'Không còn thông tin nào bị thiếu.',
    },
    items: {
      ...PROFILE_FIELD_LABELS.vi,
      confirmed: 'Xác nhận thông tin',
      verified: 'Xác thực của lãnh đạo',
    },
    lagging: {
      title_overdue: 'Cán bộ quá hạn',
      title_incomplete: 'Cán bộ chưa hoàn thành',
      search: 'Tìm theo tên',
      name: 'Họ và tên',
      unit: 'Đơn vị',
      missing: 'Còn thiếu',
      actions: 'Thao tác',
      none: 'Không có cán bộ nào chưa hoàn thành.',
      remind: 'Nhắc nhở',
      remind_name: 'Nhắc nhở %{name}',
      reminded_at: 'Đã nhắc lúc %{time}',
      remind_all: 'Nhắc tất cả',
      remind_all_title: 'Nhắc nhở tất cả cán bộ chưa hoàn thành?',
      remind_all_content:
        'Gửi thông báo và thư điện tử nhắc nhở tới %{smart_count} cán bộ chưa hoàn thành của %{unit} (cả các đơn vị trực thuộc). Cán bộ đã được nhắc hôm nay sẽ không bị nhắc lại.',
    },
    remind: {
      done: 'Đã gửi nhắc nhở cho %{sent} cán bộ',
      done_with_skipped: 'Đã gửi nhắc nhở cho %{sent} cán bộ; %{skipped} cán bộ đã được nhắc hôm nay',
      failed: 'Không gửi được nhắc nhở: %{message}',
    },
    export: {
      label: 'Xuất Excel',
      done: 'Đã tải tệp %{name}.',
      failed: 'Không xuất được báo cáo: %{message}',
    },
  },
  app: {
    dashboard: {
      welcome: 'Chào mừng đến với hệ thống chuẩn hóa thông tin cán bộ, công chức, viên chức',
      intro:
        'Cập nhật thông tin cá nhân đầy đủ, chính xác trước hạn chót để đồng bộ với hệ thống định danh VNeID và liên kết biên lai điện tử.',
    },
  },
};

export const dashboardMessagesEn: typeof dashboardMessagesVi = {
  compliance: {
    title: 'Record standardisation progress',
    campaign: 'Campaign',
    campaign_group: {
      active: 'In progress',
      closed: 'Closed',
    },
    no_campaign: 'No campaign is in progress.',
    no_campaign_supervisor:
      'When an admin starts a campaign for your unit, each officer’s progress and the list of whom to remind will appear here. Meanwhile officers keep their records up to date against the province’s general requirements.',
    no_campaign_admin:
      'To begin: create a campaign (pick the units it applies to, the required items and the deadline), then press “Start campaign” on its page. Progress appears here right after.',
    open_campaigns: 'See campaigns',
    unit_refused: 'The unit in this link is outside the units you follow.',
    own_unit: 'See my unit',
    create_campaign: 'Create a campaign',
    forbidden: 'The progress dashboard is for supervisors and administrators. You can still update your own record.',
    open_profile: 'Update my record',
    load_failed: 'Could not load the progress figures: %{message}',
    retry: 'Retry',
    deadline: 'Deadline: %{date}',
    cards: {
      total: 'Total',
      complete: 'Complete',
      complete_late: 'Completed late',
      overdue: 'Overdue',
      incomplete: 'Not complete',
      days_left: 'Days left',
      days_overdue: 'Days overdue',
      officers: 'officers',
      percent_done: '%{percent}% complete',
      share: '%{percent}% of all',
      overdue_by: 'Overdue by %{smart_count} day |||| Overdue by %{smart_count} days',
      due_today: 'The deadline is today',
    },
    statuses: { ...COMPLIANCE_STATUS_LABELS.en },
    chart: {
      progress_title: 'Progress by day',
      completed: 'Completed (cumulative)',
      ideal: 'Ideal pace',
      units_title: 'By sub-unit',
      units_hint: 'Click a unit in the chart or the table to see its details.',
      no_data: 'No data yet',
      loading: 'Loading chart…',
      percent_axis: 'Share (%)',
    },
    units: {
      unit: 'Unit',
      total: 'Total',
      complete: 'Complete',
      complete_late: 'Late',
      not_done: 'Not done',
      percent: 'Share',
      direct: 'Directly in %{name}',
      none: '%{name} has no sub-units.',
      open: 'Open %{name}',
    },
    breadcrumb: {
      label: 'Unit shown',
      province: 'Whole province',
    },
    missing: {
      title: 'Most often missing information',
      count: '%{smart_count} officer |||| %{smart_count} officers',
      none: 'Nothing is missing any more.',
    },
    items: {
      ...PROFILE_FIELD_LABELS.en,
      confirmed: 'Officer’s confirmation',
      verified: 'Supervisor’s verification',
    },
    lagging: {
      title_overdue: 'Overdue officers',
      title_incomplete: 'Officers not complete yet',
      search: 'Search by name',
      name: 'Full name',
      unit: 'Unit',
      missing: 'Missing',
      actions: 'Actions',
      none: 'Every officer is complete.',
      remind: 'Remind',
      remind_name: 'Remind %{name}',
      reminded_at: 'Reminded at %{time}',
      remind_all: 'Remind all',
      remind_all_title: 'Remind every officer who is not complete?',
      remind_all_content:
        'Sends an in-app notification and an e-mail to the %{smart_count} officers of %{unit} (sub-units included) who are not complete. Officers already reminded today are skipped.',
    },
    remind: {
      done: 'Reminder sent to %{sent} officers',
      done_with_skipped: 'Reminder sent to %{sent} officers; %{skipped} officers were already reminded today',
      failed: 'Could not send the reminder: %{message}',
    },
    export: {
      label: 'Export to Excel',
      done: 'Downloaded %{name}.',
      failed: 'Could not export the report: %{message}',
    },
  },
  app: {
    dashboard: {
      welcome: 'Welcome to the officer record standardisation console',
      intro:
        'Complete your personal record accurately before the deadline so it matches VNeID and links the e-receipt account.',
    },
  },
};
