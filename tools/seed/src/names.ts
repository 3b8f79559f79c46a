/** Common Vietnamese family names, weighted roughly by frequency (Nguyễn first). */
export const FAMILY_NAMES = [
  'Nguyễn', 'Nguyễn', 'Nguyễn', 'Nguyễn', 'Trần', 'Trần', 'Lê', 'Lê', 'Phạm', 'Phạm', 'Hoàng', 'Huỳnh', 'Vũ', 'Võ', 'Phan',
  'Trương', 'Bùi', 'Đặng', 'Đỗ', 'Ngô', 'Hồ', 'Dương', 'Đinh', 'Lý', 'Lương', 'Hà', 'Lò', 'Sùng', 'Giàng', 'Vàng',
] as const;

export const MIDDLE_NAMES = { male: ['Văn', 'Văn', 'Đức', 'Minh', 'Quang', 'Hữu', 'Công', 'Xuân', 'Thanh', 'Ngọc'], female: ['Thị', 'Thị', 'Thị', 'Ngọc', 'Thu', 'Thanh', 'Minh', 'Kim', 'Hồng', 'Phương'] } as const;

export const GIVEN_NAMES = {
  male: ['An', 'Bình', 'Cường', 'Dũng', 'Đức', 'Giang', 'Hải', 'Hiếu', 'Hùng', 'Huy', 'Khánh', 'Kiên', 'Long', 'Mạnh', 'Nam', 'Phong', 'Quân', 'Sơn', 'Thắng', 'Thành', 'Trung', 'Tuấn', 'Việt', 'Vinh'],
  female: ['Anh', 'Chi', 'Dung', 'Giang', 'Hà', 'Hạnh', 'Hằng', 'Hoa', 'Hương', 'Huyền', 'Lan', 'Linh', 'Loan', 'Mai', 'Ngân', 'Ngọc', 'Nhung', 'Phương', 'Thảo', 'Thủy', 'Trang', 'Vân', 'Yến'],
} as const;

/** Streets and communes of Lào Cai for addresses. */
export const PLACES = [
  'đường Hoàng Liên, phường Lào Cai',
  'đường Trần Hưng Đạo, phường Lào Cai',
  'đường Nguyễn Huệ, phường Lào Cai',
  'đường Điện Biên, phường Yên Bái',
  'đường Thành Công, phường Yên Bái',
  'thôn Phìn Hồ, xã Bát Xát',
  'tổ dân phố 3, phường Sa Pa',
  'thôn Na Hối, xã Bắc Hà',
  'tổ 5, phường Nghĩa Lộ',
  'bản Khau Phạ, xã Mù Cang Chải',
] as const;

/** Birth-registration provinces (CCCD digits 1–3), mostly the old Lào Cai and Yên Bái. */
export const BIRTH_PROVINCES = ['010', '010', '010', '015', '015', '001', '025', '037', '038', '008'] as const;
