/**
 * The demo province: the new Tỉnh Lào Cai (NSO code 15) in the two-level model in force since 1 July 2025.
 * Copied from the project's reference data (NSO ward codes from sunshine-tech/VietnamProvinces 2026.2.3; agency
 * names per Nghị định 45/2025/NĐ-CP and 150/2025/NĐ-CP). Parents come before children.
 */
export interface DemoUnit {
  code: string;
  name: string;
  kind: 'province' | 'department' | 'district' | 'commune' | 'office' | 'team';
  parentCode: string | null;
}

export const DEMO_UNITS: readonly DemoUnit[] = [
  { code: 'T15', name: 'Ủy ban nhân dân tỉnh Lào Cai', kind: 'province', parentCode: null },
  { code: 'T15-VP', name: 'Văn phòng Ủy ban nhân dân tỉnh', kind: 'department', parentCode: 'T15' },
  { code: 'T15-SNV', name: 'Sở Nội vụ', kind: 'department', parentCode: 'T15' },
  { code: 'T15-STP', name: 'Sở Tư pháp', kind: 'department', parentCode: 'T15' },
  { code: 'T15-STC', name: 'Sở Tài chính', kind: 'department', parentCode: 'T15' },
  { code: 'T15-SNNMT', name: 'Sở Nông nghiệp và Môi trường', kind: 'department', parentCode: 'T15' },
  { code: 'T15-SGDDT', name: 'Sở Giáo dục và Đào tạo', kind: 'department', parentCode: 'T15' },
  { code: 'T15-SYT', name: 'Sở Y tế', kind: 'department', parentCode: 'T15' },
  { code: 'T15-TTR', name: 'Thanh tra tỉnh', kind: 'department', parentCode: 'T15' },
  { code: 'T15-SNV-VP', name: 'Văn phòng Sở Nội vụ', kind: 'office', parentCode: 'T15-SNV' },
  { code: 'T15-SNV-CCVC', name: 'Phòng Công chức, viên chức', kind: 'office', parentCode: 'T15-SNV' },
  { code: 'T15-X02647', name: 'Ủy ban nhân dân phường Lào Cai', kind: 'commune', parentCode: 'T15' },
  { code: 'T15-X04252', name: 'Ủy ban nhân dân phường Yên Bái', kind: 'commune', parentCode: 'T15' },
  { code: 'T15-X04288', name: 'Ủy ban nhân dân phường Nghĩa Lộ', kind: 'commune', parentCode: 'T15' },
  { code: 'T15-X03006', name: 'Ủy ban nhân dân phường Sa Pa', kind: 'commune', parentCode: 'T15' },
  { code: 'T15-X02683', name: 'Ủy ban nhân dân xã Bát Xát', kind: 'commune', parentCode: 'T15' },
  { code: 'T15-X02839', name: 'Ủy ban nhân dân xã Bắc Hà', kind: 'commune', parentCode: 'T15' },
  { code: 'T15-X04456', name: 'Ủy ban nhân dân xã Mù Cang Chải', kind: 'commune', parentCode: 'T15' },
  {
    code: 'T15-X02647-VP',
    name: 'Văn phòng Hội đồng nhân dân và Ủy ban nhân dân phường Lào Cai',
    kind: 'office',
    parentCode: 'T15-X02647',
  },
  {
    code: 'T15-X02647-KT',
    name: 'Phòng Kinh tế, Hạ tầng và Đô thị phường Lào Cai',
    kind: 'office',
    parentCode: 'T15-X02647',
  },
  { code: 'T15-X02647-VHXH', name: 'Phòng Văn hóa - Xã hội phường Lào Cai', kind: 'office', parentCode: 'T15-X02647' },
  {
    code: 'T15-X02683-VP',
    name: 'Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã Bát Xát',
    kind: 'office',
    parentCode: 'T15-X02683',
  },
  { code: 'T15-X02683-KT', name: 'Phòng Kinh tế xã Bát Xát', kind: 'office', parentCode: 'T15-X02683' },
  { code: 'T15-X02683-VHXH', name: 'Phòng Văn hóa - Xã hội xã Bát Xát', kind: 'office', parentCode: 'T15-X02683' },
  {
    code: 'T15-X02647-TTHCC',
    name: 'Trung tâm Phục vụ hành chính công phường Lào Cai',
    kind: 'office',
    parentCode: 'T15-X02647',
  },
];
