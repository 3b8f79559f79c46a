/** Texts of the audit page and the officer's "Lịch sử thay đổi" tab. Assembled into the catalogue by i18n/. */
export const auditMessagesVi = {
  resources: {
    audit: {
      name: 'Nhật ký thay đổi |||| Nhật ký thay đổi',
      fields: {
        createdAt: 'Thời gian',
        actorId: 'Người thực hiện',
        officerId: 'Cán bộ được thay đổi',
        action: 'Hành động',
        target: 'Đối tượng',
        changes: 'Nội dung thay đổi',
        ip: 'Địa chỉ IP',
        from: 'Từ ngày',
        to: 'Đến ngày',
      },
      system: 'Hệ thống',
      empty_value: '(trống)',
      no_fields: 'Không có trường nào thay đổi',
      history_tab: 'Lịch sử thay đổi',
      details_tab: 'Thông tin',
      history_empty: 'Chưa có thay đổi nào được ghi lại cho cán bộ này.',
      empty: 'Chưa có thay đổi nào được ghi lại.',
      export: {
        label: 'Xuất nhật ký',
        xlsx: 'Tệp Excel (.xlsx)',
        csv: 'Tệp CSV (.csv)',
        failed: 'Không tải được tệp xuất. Vui lòng thử lại.',
      },
    },
  },
};

export const auditMessagesEn = {
  resources: {
    audit: {
      name: 'Audit log |||| Audit log',
      fields: {
        createdAt: 'Time',
        actorId: 'Changed by',
        officerId: 'Officer changed',
        action: 'Action',
        target: 'Record',
        changes: 'Changes',
        ip: 'IP address',
        from: 'From',
        to: 'To',
      },
      system: 'System',
      empty_value: '(empty)',
      no_fields: 'No field changed',
      history_tab: 'Change history',
      details_tab: 'Details',
      history_empty: 'No change has been recorded for this officer yet.',
      empty: 'No change has been recorded yet.',
      export: {
        label: 'Export log',
        xlsx: 'Excel file (.xlsx)',
        csv: 'CSV file (.csv)',
        failed: 'The export could not be downloaded. Please try again.',
      },
    },
  },
};
