/** Texts of the units' screens (tree, form, deletion, officer counts). Assembled into the catalogue by i18n/. */
export const unitMessagesVi = {
  resources: {
    units: {
      name: 'Đơn vị |||| Đơn vị',
      page: {
        create: 'Tạo đơn vị mới',
        edit: 'Sửa đơn vị: %{recordRepresentation}',
        show: 'Đơn vị: %{recordRepresentation}',
      },
      notifications: {
        created: 'Đã tạo đơn vị',
        updated: 'Đã lưu đơn vị |||| Đã lưu %{smart_count} đơn vị',
        deleted: 'Đã xóa đơn vị |||| Đã xóa %{smart_count} đơn vị',
      },
      empty: 'Chưa có đơn vị nào.',
      invite: 'Tạo đơn vị đầu tiên để xây dựng cây đơn vị.',
      fields: {
        code: 'Mã đơn vị',
        name: 'Tên đơn vị',
        kind: 'Loại đơn vị',
        depth: 'Cấp',
        parentId: 'Đơn vị cấp trên',
        sortOrder: 'Thứ tự',
        subtreeOf: 'Thuộc đơn vị',
        officerCount: 'Số tài khoản',
      },
      kinds: {
        province: 'Tỉnh / Thành phố',
        department: 'Sở, ban, ngành',
        district: 'UBND huyện / thị xã / thành phố',
        commune: 'UBND xã / phường / đặc khu',
        office: 'Phòng, ban',
        team: 'Tổ, bộ phận',
      },
    },
  },
  admin: {
    units: {
      root: 'Đơn vị gốc (không có đơn vị cấp trên)',
      delete: {
        title: 'Xóa đơn vị “%{name}”?',
        checking: 'Đang kiểm tra đơn vị trực thuộc và tài khoản…',
        check_failed: 'Không kiểm tra được đơn vị trực thuộc và tài khoản của đơn vị này. Vui lòng thử lại.',
        confirm:
          'Đơn vị “%{name}” không còn đơn vị trực thuộc hay tài khoản nào. Xóa đơn vị này? Thao tác không thể hoàn tác.',
        blocked: 'Không thể xóa “%{name}”: đơn vị còn %{reasons}. Hãy chuyển chúng sang đơn vị khác trước khi xóa.',
        children: '%{smart_count} đơn vị trực thuộc |||| %{smart_count} đơn vị trực thuộc',
        accounts: '%{smart_count} tài khoản cán bộ |||| %{smart_count} tài khoản cán bộ',
        and: ' và ',
      },
      children: 'Đơn vị trực thuộc',
      officer_count: '%{smart_count} tài khoản |||| %{smart_count} tài khoản',
      officers_link: 'Xem danh sách cán bộ',
      count_help: 'Số tài khoản tính cả các đơn vị trực thuộc.',
      too_many: 'Chỉ hiển thị %{shown}/%{total} đơn vị đầu tiên; hãy gõ để tìm.',
    },
  },
};

export const unitMessagesEn: typeof unitMessagesVi = {
  resources: {
    units: {
      name: 'Unit |||| Units',
      page: {
        create: 'New unit',
        edit: 'Edit unit: %{recordRepresentation}',
        show: 'Unit: %{recordRepresentation}',
      },
      notifications: {
        created: 'Unit created',
        updated: 'Unit saved |||| %{smart_count} units saved',
        deleted: 'Unit deleted |||| %{smart_count} units deleted',
      },
      empty: 'No units yet.',
      invite: 'Create the first unit to build the unit tree.',
      fields: {
        code: 'Unit code',
        name: 'Unit name',
        kind: 'Kind',
        depth: 'Level',
        parentId: 'Parent unit',
        sortOrder: 'Order',
        subtreeOf: 'Within unit',
        officerCount: 'Accounts',
      },
      kinds: {
        province: 'Province / City',
        department: 'Department',
        district: 'District People’s Committee',
        commune: 'Commune / Ward People’s Committee',
        office: 'Office',
        team: 'Team',
      },
    },
  },
  admin: {
    units: {
      root: 'Top-level unit (no parent)',
      delete: {
        title: 'Delete the unit “%{name}”?',
        checking: 'Checking sub-units and accounts…',
        check_failed: 'Could not check this unit’s sub-units and accounts. Please try again.',
        confirm: '“%{name}” has no sub-units and no accounts. Delete this unit? This cannot be undone.',
        blocked: '“%{name}” cannot be deleted: it still has %{reasons}. Move them to another unit first.',
        children: '%{smart_count} sub-unit |||| %{smart_count} sub-units',
        accounts: '%{smart_count} officer account |||| %{smart_count} officer accounts',
        and: ' and ',
      },
      children: 'Sub-units',
      officer_count: '%{smart_count} account |||| %{smart_count} accounts',
      officers_link: 'Show officers',
      count_help: 'Accounts include those of sub-units.',
      too_many: 'Showing the first %{shown} of %{total} units; type to search.',
    },
  },
};
