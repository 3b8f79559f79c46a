import { startupBanner } from './banner';

describe('the startup banner', () => {
  it('names the address and every demo account with its role, unitadmin included', () => {
    const banner = startupBanner({ url: 'http://localhost:3000', seedDemo: true, initialAdmin: null });
    expect(banner).toContain('Một Cửa Officer Console đang chạy tại http://localhost:3000');
    expect(banner).toContain('Tài khoản mẫu (mật khẩu MotCua@2026):');
    expect(banner).toMatch(/ admin +Quản trị hệ thống\n/);
    expect(banner).toMatch(/ supervisor +Lãnh đạo đơn vị\n/);
    expect(banner).toMatch(/ officer +Cán bộ\n/);
    expect(banner).toMatch(/ unitadmin +Quản trị đơn vị\n/);
    expect(banner).not.toContain('newofficer');
  });

  it('gives a production start its one-time activation code instead of demo accounts', () => {
    const banner = startupBanner({
      url: 'https://motcua.laocai.gov.vn',
      seedDemo: false,
      initialAdmin: { username: 'admin', activationCode: 'ABCD-EFGH-JKLM' },
    });
    expect(banner).not.toContain('Tài khoản mẫu');
    expect(banner).toContain('ABCD-EFGH-JKLM');
    expect(banner).toContain('Kích hoạt tại https://motcua.laocai.gov.vn/activate');
  });
});
