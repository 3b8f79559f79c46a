import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Profile } from './profileApi';
import ProfilePage from './ProfilePage';
import { mockApi, on, type Reply } from '../test/api';
import { TestAdmin } from '../test/TestAdmin';
import { sampleProfile } from './testing';

const unexpected: Reply = { status: 500, body: { statusCode: 500, code: 'UNEXPECTED', message: 'no reply set up' } };

/** The API's side: GET answers from `profile` (replaced by `api.serve`), PATCH and PUT from the queues the test sets up. */
function profileApi(initial: Profile, patchReplies: Reply[] = [], avatarReplies: Reply[] = []) {
  let profile = initial;
  const { calls } = mockApi(
    on('GET', '/api/me/profile', () => ({ status: 200, body: profile })),
    on('GET', '/api/auth/me', () => ({
      status: 200,
      body: { id: profile.id, username: profile.username, roles: ['officer'] },
    })),
    on('PATCH', '/api/me/profile', () => patchReplies.shift() ?? unexpected),
    on('DELETE', '/api/me/avatar', { status: 204 }),
    on('PUT', '/api/me/avatar', () => avatarReplies.shift() ?? unexpected),
  );
  return {
    patches: () => calls.filter((call) => call.method === 'PATCH').map((call) => call.body),
    uploads: () => calls.filter((call) => call.method === 'PUT'),
    removals: () => calls.filter((call) => call.method === 'DELETE'),
    serve: (next: Profile) => {
      profile = next;
    },
  };
}

const field = (label: RegExp) => screen.getByLabelText(label) as HTMLInputElement;
const helperOf = (input: HTMLElement) =>
  document.getElementById(input.getAttribute('aria-describedby') ?? '')?.textContent ?? '';
const type = (label: RegExp, value: string) => fireEvent.change(field(label), { target: { value } });
const save = () => fireEvent.click(screen.getByRole('button', { name: 'Cập nhật' }));

const renderPage = async () => {
  render(
    <TestAdmin>
      <ProfilePage />
    </TestAdmin>,
  );
  await screen.findByDisplayValue('Nguyễn Văn An');
};

// A whole form in jsdom is slow, the more so on a busy machine.
vi.setConfig({ testTimeout: 30_000 });

beforeEach(() => localStorage.clear());

describe('the officer’s "Thông tin cá nhân" page', () => {
  it('shows the record as the province form does: dd/MM/yyyy birth date, gender radio, CCCD helper', async () => {
    profileApi(sampleProfile());
    await renderPage();
    expect(field(/^Ngày sinh/).value).toBe('02/03/1985');
    expect((screen.getByLabelText('Nam') as HTMLInputElement).checked).toBe(true);
    expect(helperOf(field(/^Số CCCD/))).toBe(
      'Nhập theo số căn cước công dân đã được phân quyền trên hệ thống chứng thực',
    );
    expect(helperOf(field(/^Số điện thoại/))).toBe('0912345678 · VinaPhone');
    expect(helperOf(field(/^Mật khẩu liên kết/))).toContain('Đã thiết lập');
    expect(field(/^Mật khẩu liên kết/).value).toBe('');
    expect(screen.getByText('Còn 38 ngày')).toBeTruthy();
    expect(screen.getByText('Hạn chót: 31/12/2026 23:59')).toBeTruthy();
  });

  it('marks every required field with an asterisk, "Giới tính" among them, and refuses to save it blank', async () => {
    const api = profileApi(sampleProfile({ gender: null }));
    await renderPage();
    const asterisked = [...document.querySelectorAll('.MuiFormLabel-asterisk')].map((mark) =>
      mark.parentElement?.textContent?.replace(/\s*\*\s*$/, '').trim(),
    );
    expect(asterisked).toEqual(['Họ tên', 'Giới tính', 'Ngày sinh', 'Số CCCD', 'Số điện thoại']);
    type(/^Địa chỉ/, 'Số 2 đường Hoàng Liên');
    save();
    // The error summary names the field too: read the message under the radio group's own label.
    await waitFor(() =>
      expect(
        document.getElementById('profile-gender-label')?.closest('fieldset, .MuiFormControl-root')?.textContent,
      ).toContain('Vui lòng nhập thông tin này.'),
    );
    expect(api.patches()).toEqual([]);
  });

  it('sends only the changed fields with the version read, and says so', async () => {
    const api = profileApi(sampleProfile(), [
      { status: 200, body: sampleProfile({ version: 8, address: 'Số 2 đường Hoàng Liên', phone: '0987654321' }) },
    ]);
    await renderPage();
    type(/^Địa chỉ/, 'Số 2 đường Hoàng Liên');
    type(/^Số điện thoại/, '0987 654 321');
    expect(helperOf(field(/^Số điện thoại/))).toBe('0987654321 · Viettel');
    save();
    expect(await screen.findByText('Đã cập nhật thông tin cá nhân')).toBeTruthy();
    expect(api.patches()).toEqual([{ version: 7, address: 'Số 2 đường Hoàng Liên', phone: '0987 654 321' }]);
    expect(field(/^Số điện thoại/).value).toBe('0987654321');
  });

  it('sends "" for the receipt password when the officer removes it', async () => {
    const api = profileApi(sampleProfile(), [
      { status: 200, body: sampleProfile({ version: 8, receiptPasswordSet: false }) },
    ]);
    await renderPage();
    fireEvent.click(screen.getByRole('button', { name: 'Xóa mật khẩu' }));
    save();
    await screen.findByText('Đã cập nhật thông tin cá nhân');
    expect(api.patches()).toEqual([{ version: 7, receiptPassword: '' }]);
    expect(helperOf(field(/^Mật khẩu liên kết/))).toContain('Chưa thiết lập');
  });

  it('checks the CCCD against the gender chosen in the form, with the server’s words, and sends nothing', async () => {
    const api = profileApi(sampleProfile());
    await renderPage();
    fireEvent.click(screen.getByLabelText('Nữ'));
    expect(helperOf(field(/^Số CCCD/))).toBe('Số CCCD không khớp với giới tính đã khai báo, vui lòng kiểm tra lại.');
    save();
    // What is wrong is listed at the top of the form, which takes the focus; the link leads to the field.
    const summary = await screen.findByRole('alert', { name: 'Chưa lưu được. Vui lòng sửa 1 trường sau:' });
    await waitFor(() => expect(document.activeElement).toBe(summary));
    const link = within(summary).getByRole('link', { name: 'Số CCCD' });
    expect(summary.textContent).toContain('Số CCCD không khớp với giới tính đã khai báo, vui lòng kiểm tra lại.');
    fireEvent.click(link);
    expect(document.activeElement).toBe(field(/^Số CCCD/));
    expect(field(/^Số CCCD/).getAttribute('aria-invalid')).toBe('true');
    expect(api.patches()).toEqual([]);
  });

  it('shows the server’s message under the field it refused (400)', async () => {
    const message = 'Tên miền email này không được phép sử dụng.';
    profileApi(sampleProfile(), [
      {
        status: 400,
        body: {
          statusCode: 400,
          code: 'VALIDATION_FAILED',
          message: 'Thông tin cá nhân chưa hợp lệ.',
          errors: [{ field: 'email', code: 'EMAIL_DOMAIN', message }],
        },
      },
    ]);
    await renderPage();
    type(/^Email/, 'an.nguyen@example.com');
    save();
    await waitFor(() => expect(helperOf(field(/^Email/))).toBe(message));
    expect(field(/^Email/).getAttribute('aria-invalid')).toBe('true');
    type(/^Email/, 'an.nguyen@laocai.gov.vn');
    expect(helperOf(field(/^Email/))).toBe('');
  });

  it('shows CCCD_TAKEN under Số CCCD', async () => {
    profileApi(sampleProfile(), [
      {
        status: 409,
        body: {
          statusCode: 409,
          code: 'CCCD_TAKEN',
          message: 'Số CCCD này đã được sử dụng cho một tài khoản khác.',
          errors: [
            { field: 'citizenId', code: 'CCCD_TAKEN', message: 'Số CCCD đã được sử dụng cho một tài khoản khác.' },
          ],
        },
      },
    ]);
    await renderPage();
    type(/^Số CCCD/, '001085054321');
    save();
    await waitFor(() => expect(helperOf(field(/^Số CCCD/))).toBe('Số CCCD đã được sử dụng cho một tài khoản khác.'));
  });

  it('after a 409 VERSION_CONFLICT, lists what changed on the server and reloads it without losing the officer’s other edits', async () => {
    const current = sampleProfile({ version: 9, fullName: 'Nguyễn Văn Anh', phone: '0987654321' });
    const api = profileApi(sampleProfile(), [
      {
        status: 409,
        body: { statusCode: 409, code: 'VERSION_CONFLICT', message: 'Bản ghi đã được người khác thay đổi.', current },
      },
      { status: 200, body: { ...current, version: 10, address: 'Địa chỉ tôi vừa nhập' } },
    ]);
    await renderPage();
    type(/^Địa chỉ/, 'Địa chỉ tôi vừa nhập');
    type(/^Số điện thoại/, '0911 222 333');
    save();

    const dialog = await screen.findByRole('dialog');
    const rows = within(dialog)
      .getAllByRole('row')
      .slice(1)
      .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent));
    expect(rows).toEqual([
      ['Họ tên', 'Nguyễn Văn Anh', 'Nguyễn Văn An'],
      ['Số điện thoại', '0987654321', '0911 222 333'],
    ]);

    fireEvent.click(within(dialog).getByRole('button', { name: 'Tải lại dữ liệu mới' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(field(/^Họ tên/).value).toBe('Nguyễn Văn Anh');
    expect(field(/^Số điện thoại/).value).toBe('0987654321');
    expect(field(/^Địa chỉ/).value).toBe('Địa chỉ tôi vừa nhập');

    save();
    await screen.findByText('Đã cập nhật thông tin cá nhân');
    expect(api.patches()[1]).toEqual({ version: 9, address: 'Địa chỉ tôi vừa nhập' });
  });

  it('lets the officer confirm only a complete, saved record', async () => {
    const complete = sampleProfile({
      completeness: [{ ...sampleProfile().completeness[0], status: 'complete', missing: [] }],
    });
    profileApi(complete);
    await renderPage();
    const confirm = () =>
      screen.getByRole('button', { name: 'Tôi xác nhận thông tin trên là chính xác' }) as HTMLButtonElement;
    expect(confirm().disabled).toBe(false);
    type(/^Địa chỉ/, 'Địa chỉ chưa lưu');
    expect(confirm().disabled).toBe(true);
    expect(screen.getByText('Bấm "Cập nhật" để lưu thay đổi trước khi xác nhận.')).toBeTruthy();
  });

  it('shows the verified badge, the confirmation time, and a red overdue count', async () => {
    const overdue = { ...sampleProfile().completeness[0], daysLeft: -4, status: 'overdue' as const };
    profileApi(
      sampleProfile({
        verifiedAt: '2026-11-21T02:00:00.000Z',
        confirmedAt: '2026-11-20T08:30:00.000Z',
        completeness: [overdue],
      }),
    );
    await renderPage();
    expect(screen.getByText('Đã xác thực')).toBeTruthy();
    expect(screen.getByText('Đã xác nhận lúc 20/11/2026 15:30')).toBeTruthy();
    expect(screen.getByText('Quá hạn 4 ngày').getAttribute('data-tone')).toBe('error');
  });

  it('says who verified the record, when and what, and shows a supervisor’s request to complete it', async () => {
    profileApi(
      sampleProfile({
        verifiedAt: '2026-11-21T02:00:00.000Z',
        verification: {
          at: '2026-11-21T02:00:00.000Z',
          by: { id: 3, fullName: 'Trần Văn Bình' },
          fields: ['fullName', 'birthDate', 'gender', 'citizenId'],
        },
        sendBack: {
          at: '2026-11-22T01:15:00.000Z',
          by: { id: 3, fullName: 'Trần Văn Bình' },
          reason: 'Ảnh đại diện chưa rõ mặt.',
        },
      }),
    );
    await renderPage();
    expect(screen.getByText('Đã xác thực lúc 21/11/2026 09:00, người xác thực: Trần Văn Bình')).toBeTruthy();
    expect(screen.getByText('Nội dung đã xác thực: Họ tên, Ngày sinh, Giới tính, Số CCCD')).toBeTruthy();
    const notice = screen.getByTestId('send-back-notice');
    expect(notice.textContent).toContain('Hồ sơ cần bổ sung');
    expect(notice.textContent).toContain('Trần Văn Bình yêu cầu bổ sung lúc 22/11/2026 08:15');
    expect(notice.textContent).toContain('Ảnh đại diện chưa rõ mặt.');
  });

  it('adds the slashes as the officer types the birth date and sends it as ISO', async () => {
    const api = profileApi(sampleProfile(), [
      { status: 200, body: sampleProfile({ version: 8, birthDate: '1985-08-15' }) },
    ]);
    await renderPage();
    type(/^Ngày sinh/, '15081985');
    expect(field(/^Ngày sinh/).value).toBe('15/08/1985');
    save();
    await screen.findByText('Đã cập nhật thông tin cá nhân');
    expect(api.patches()).toEqual([{ version: 7, birthDate: '1985-08-15' }]);
  });

  it('refuses an avatar over 2 MB or in another format before uploading it', async () => {
    const api = profileApi(sampleProfile());
    await renderPage();
    const picker = screen.getByLabelText('Tải ảnh lên', { selector: 'input' });
    fireEvent.change(picker, {
      target: { files: [new File([new Uint8Array(2 * 1024 * 1024 + 1)], 'to.png', { type: 'image/png' })] },
    });
    expect(await screen.findByText('Ảnh vượt quá 2 MB, vui lòng chọn ảnh nhỏ hơn.')).toBeTruthy();
    fireEvent.change(picker, { target: { files: [new File(['GIF89a'], 'anh.gif', { type: 'image/gif' })] } });
    expect(await screen.findByText('Chỉ chấp nhận ảnh JPEG, PNG hoặc WebP.')).toBeTruthy();
    expect(api.uploads()).toEqual([]);
  });

  it('shows the server’s message when it refuses an avatar', async () => {
    const message = 'Tệp tải lên không phải là ảnh hợp lệ. Vui lòng chọn ảnh JPEG, PNG hoặc WebP.';
    profileApi(
      sampleProfile(),
      [],
      [
        {
          status: 400,
          body: {
            statusCode: 400,
            code: 'VALIDATION_FAILED',
            message,
            errors: [{ field: 'file', code: 'AVATAR_NOT_IMAGE', message }],
          },
        },
      ],
    );
    await renderPage();
    fireEvent.change(screen.getByLabelText('Tải ảnh lên', { selector: 'input' }), {
      target: { files: [new File(['not a png'], 'anh.png', { type: 'image/png' })] },
    });
    expect(await screen.findByText(message)).toBeTruthy();
  });

  it('after an avatar upload, picks up the new version without losing unsaved typing', async () => {
    const api = profileApi(
      sampleProfile(),
      [
        {
          status: 200,
          body: sampleProfile({ version: 9, avatarUrl: '/api/avatars/abc', address: 'Địa chỉ chưa lưu' }),
        },
      ],
      [{ status: 200, body: { avatarUrl: '/api/avatars/abc' } }],
    );
    await renderPage();
    type(/^Địa chỉ/, 'Địa chỉ chưa lưu');
    api.serve(
      sampleProfile({
        version: 8,
        avatarUrl: '/api/avatars/abc',
        completeness: [{ ...sampleProfile().completeness[0], missing: [] }],
      }),
    );
    fireEvent.change(screen.getByLabelText('Tải ảnh lên', { selector: 'input' }), {
      target: { files: [new File(['png'], 'anh.png', { type: 'image/png' })] },
    });
    expect(await screen.findByText('Đã cập nhật ảnh đại diện')).toBeTruthy();
    expect(api.uploads()[0].body).toBeInstanceOf(FormData);
    expect(field(/^Địa chỉ/).value).toBe('Địa chỉ chưa lưu');
    save();
    await screen.findByText('Đã cập nhật thông tin cá nhân');
    expect(api.patches()).toEqual([{ version: 8, address: 'Địa chỉ chưa lưu' }]);
  });

  it('asks before deleting the photo, and keeps it when the officer cancels', async () => {
    const api = profileApi(sampleProfile({ avatarUrl: '/api/avatars/abc' }));
    await renderPage();
    fireEvent.click(screen.getByRole('button', { name: 'Xóa ảnh' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('Xóa ảnh đại diện?')).toBeTruthy();
    // The test catalogue has the profile's texts only; react-admin's own "Hủy" stays English there.
    fireEvent.click(within(dialog).getByRole('button', { name: /^(Hủy|Cancel)$/ }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(api.removals()).toEqual([]);

    api.serve(sampleProfile({ avatarUrl: null, version: 8 }));
    fireEvent.click(screen.getByRole('button', { name: 'Xóa ảnh' }));
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Xóa ảnh' }));
    expect(await screen.findByText('Đã xóa ảnh đại diện')).toBeTruthy();
    expect(api.removals()).toHaveLength(1);
  });
});
