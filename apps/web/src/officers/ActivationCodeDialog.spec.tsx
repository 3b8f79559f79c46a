import { useState } from 'react';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ActivationCodeDialog } from './ActivationCodeDialog';
import { PAGE_TEST, TestAdmin } from '../test/TestAdmin';

/** The way the create and reset screens use it: the code lives in state until the dialog is closed. */
const IssuedCode = ({ code }: { code: string }) => {
  const [shown, setShown] = useState<string | null>(code);
  return (
    <ActivationCodeDialog code={shown} fullName="Nguyễn Thị Hoa" username="hoa.nt" onClose={() => setShown(null)} />
  );
};

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('the activation code dialog', PAGE_TEST, () => {
  it('shows the new code once, warning in Vietnamese that it will not be shown again', () => {
    render(
      <TestAdmin>
        <IssuedCode code="K7Q2-9XMA" />
      </TestAdmin>,
    );
    expect(screen.getByText('Mã kích hoạt chỉ hiển thị một lần')).toBeTruthy();
    expect(screen.getByLabelText('Mã kích hoạt').textContent).toBe('K7Q2-9XMA');
    expect(screen.getByText(/Nguyễn Thị Hoa \(tên đăng nhập hoa\.nt\)/)).toBeTruthy();
  });

  it('copies the code to the clipboard and says so', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    render(
      <TestAdmin>
        <IssuedCode code="K7Q2-9XMA" />
      </TestAdmin>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Sao chép mã' }));
    expect(await screen.findByText('Đã sao chép mã vào bộ nhớ tạm.')).toBeTruthy();
    expect(writeText).toHaveBeenCalledWith('K7Q2-9XMA');
  });

  it('asks to copy by hand when the browser refuses the clipboard', async () => {
    vi.stubGlobal('navigator', {
      ...navigator,
      clipboard: { writeText: vi.fn().mockRejectedValue(new Error('denied')) },
    });
    render(
      <TestAdmin>
        <IssuedCode code="K7Q2-9XMA" />
      </TestAdmin>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Sao chép mã' }));
    expect(await screen.findByText('Không sao chép được, vui lòng chép mã thủ công.')).toBeTruthy();
  });

  it('is gone for good once the admin says the code is saved', async () => {
    render(
      <TestAdmin>
        <IssuedCode code="K7Q2-9XMA" />
      </TestAdmin>,
    );
    fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' });
    expect(screen.getByText('K7Q2-9XMA')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Tôi đã lưu mã' }));
    await waitFor(() => expect(screen.queryByText('K7Q2-9XMA')).toBeNull());
  });
});
