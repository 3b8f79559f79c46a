/** The demo accounts printed at start and shown in the README (demo only: production seeds none of these). */
export const DEMO_PASSWORD = 'MotCua@2026';

export interface DemoAccount {
  username: string;
  fullName: string;
  unitCode: string;
  roles: ('officer' | 'supervisor' | 'unit_admin' | 'admin')[];
  password: string;
  mustChangePassword: boolean;
  /** The demo admin may skip the admins' mandatory 2FA enrolment so a newcomer can look around at once. */
  twoFactorExempt?: boolean;
}

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  {
    username: 'admin',
    fullName: 'Lê Thị Quản Trị',
    unitCode: 'T15-SNV',
    roles: ['admin', 'officer'],
    password: DEMO_PASSWORD,
    mustChangePassword: false,
    twoFactorExempt: true,
  },
  {
    username: 'supervisor',
    fullName: 'Trần Văn Giám',
    unitCode: 'T15-SYT',
    roles: ['supervisor', 'officer'],
    password: DEMO_PASSWORD,
    mustChangePassword: false,
  },
  {
    username: 'officer',
    fullName: 'Nguyễn Thị Hoa',
    unitCode: 'T15-SYT',
    roles: ['officer'],
    password: DEMO_PASSWORD,
    mustChangePassword: false,
  },
  {
    username: 'unitadmin',
    fullName: 'Phạm Minh Đức',
    unitCode: 'T15-X02647',
    roles: ['unit_admin', 'officer'],
    password: DEMO_PASSWORD,
    mustChangePassword: false,
  },
  {
    username: 'newofficer',
    fullName: 'Hoàng Văn Mới',
    unitCode: 'T15-X02647-TTHCC',
    roles: ['officer'],
    password: 'DoiMatKhau@2026',
    mustChangePassword: true,
  },
];
