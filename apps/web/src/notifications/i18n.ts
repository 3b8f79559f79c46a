/**
 * Texts of the notification bell, the notifications list and the e-mail outbox. Assembled into the catalogue by i18n/.
 */
export const notificationMessagesVi = {
  resources: {
    notifications: {
      name: 'Thông báo |||| Thông báo',
      fields: {
        title: 'Tiêu đề',
        body: 'Nội dung',
        kind: 'Loại',
        createdAt: 'Thời gian',
        readAt: 'Đã đọc lúc',
      },
    },
    outbox: {
      name: 'Hộp thư đi |||| Hộp thư đi',
      fields: {
        toAddress: 'Người nhận',
        subject: 'Tiêu đề',
        body: 'Nội dung',
        status: 'Trạng thái',
        attempts: 'Số lần gửi',
        nextAttemptAt: 'Lần gửi tiếp theo',
        lastError: 'Lỗi gần nhất',
        sentAt: 'Đã gửi lúc',
        createdAt: 'Tạo lúc',
      },
      statuses: {
        pending: 'Chờ gửi',
        sending: 'Đang gửi',
        sent: 'Đã gửi',
        failed: 'Gửi lỗi',
      },
      smtp_missing: 'Chưa cấu hình máy chủ thư (SMTP): thư được lưu trong hộp thư đi để quản trị viên xem',
      retry: 'Gửi lại',
      retried: 'Thư đã được đưa lại vào hàng chờ gửi.',
      attempts_value: '%{smart_count} lần |||| %{smart_count} lần',
    },
  },
  notifications: {
    bell: 'Thông báo',
    bell_unread: 'Thông báo (%{smart_count} chưa đọc) |||| Thông báo (%{smart_count} chưa đọc)',
    latest: 'Thông báo mới nhất',
    empty: 'Bạn chưa có thông báo nào.',
    empty_unread: 'Không có thông báo chưa đọc.',
    unread: 'Chưa đọc',
    unread_only: 'Chỉ hiện thông báo chưa đọc',
    mark_read: 'Đánh dấu đã đọc',
    mark_all_read: 'Đánh dấu tất cả đã đọc',
    marked_all: 'Đã đánh dấu tất cả thông báo là đã đọc.',
    see_all: 'Xem tất cả',
    open_profile: 'Cập nhật thông tin',
    load_failed: 'Không tải được thông báo: %{message}',
    action_failed: 'Không thực hiện được: %{message}',
  },
};

export const notificationMessagesEn: typeof notificationMessagesVi = {
  resources: {
    notifications: {
      name: 'Notification |||| Notifications',
      fields: {
        title: 'Title',
        body: 'Message',
        kind: 'Kind',
        createdAt: 'Time',
        readAt: 'Read at',
      },
    },
    outbox: {
      name: 'Outbox |||| Outbox',
      fields: {
        toAddress: 'Recipient',
        subject: 'Subject',
        body: 'Message',
        status: 'Status',
        attempts: 'Attempts',
        nextAttemptAt: 'Next attempt',
        lastError: 'Last error',
        sentAt: 'Sent at',
        createdAt: 'Created at',
      },
      statuses: {
        pending: 'Pending',
        sending: 'Sending',
        sent: 'Sent',
        failed: 'Failed',
      },
      smtp_missing: 'No mail server (SMTP) is configured: e-mails stay in the outbox for administrators to read',
      retry: 'Retry',
      retried: 'The e-mail is queued again.',
      attempts_value: '%{smart_count} attempt |||| %{smart_count} attempts',
    },
  },
  notifications: {
    bell: 'Notifications',
    bell_unread: 'Notifications (%{smart_count} unread) |||| Notifications (%{smart_count} unread)',
    latest: 'Latest notifications',
    empty: 'You have no notifications.',
    empty_unread: 'No unread notifications.',
    unread: 'Unread',
    unread_only: 'Unread only',
    mark_read: 'Mark as read',
    mark_all_read: 'Mark all as read',
    marked_all: 'All notifications are marked as read.',
    see_all: 'See all',
    open_profile: 'Update my record',
    load_failed: 'Could not load the notifications: %{message}',
    action_failed: 'Could not do that: %{message}',
  },
};
