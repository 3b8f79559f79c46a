import type { TranslationMessages } from 'react-admin';
import { raVietnamese } from './ra-vi';

/** Vietnamese, the default language: react-admin's own messages plus the console's. */
export const vi: TranslationMessages = {
  ...raVietnamese,
  app: {
    title: 'Một Cửa - Chuẩn hóa thông tin cán bộ',
    short_title: 'Một Cửa',
    dashboard: {
      welcome: 'Chào mừng đến với hệ thống chuẩn hóa thông tin cán bộ, công chức, viên chức',
      intro: 'Cập nhật thông tin cá nhân đầy đủ, chính xác trước hạn chót để đồng bộ với hệ thống định danh VNeID và liên kết biên lai điện tử.',
    },
    errors: {
      network: 'Không kết nối được máy chủ. Vui lòng kiểm tra mạng và thử lại.',
    },
  },
  resources: {
    units: {
      name: 'Đơn vị |||| Đơn vị',
      fields: {
        code: 'Mã đơn vị',
        name: 'Tên đơn vị',
        kind: 'Loại đơn vị',
        depth: 'Cấp',
        parentId: 'Đơn vị cấp trên',
        sortOrder: 'Thứ tự',
        subtreeOf: 'Thuộc đơn vị',
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
};

export default vi;
