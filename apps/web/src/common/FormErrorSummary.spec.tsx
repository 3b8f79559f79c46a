import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { AdminContext, ResourceContextProvider, SimpleForm, TextInput, required, testDataProvider } from 'react-admin';
import { afterEach, describe, expect, it } from 'vitest';
import { testI18nProvider } from '../test/TestAdmin';
import { ErrorSummary } from './ErrorSummary';
import { fieldErrorPaths, FormErrorSummary } from './FormErrorSummary';

/** A unit's form as UnitCreate builds it: react-admin's SimpleForm with the summary first. */
const UnitForm = ({ locale = 'vi' }: { locale?: 'vi' | 'en' }) => (
  <AdminContext dataProvider={testDataProvider()} i18nProvider={testI18nProvider(locale)}>
    <ResourceContextProvider value="units">
      <SimpleForm onSubmit={() => undefined} disableInvalidFormNotification>
        <FormErrorSummary />
        <TextInput source="code" validate={required()} />
        <TextInput source="name" validate={required()} />
        <TextInput source="shortName" />
      </SimpleForm>
    </ResourceContextProvider>
  </AdminContext>
);

const input = (label: RegExp) => screen.getByLabelText(label) as HTMLInputElement;
/** react-admin's save button waits for a change: the short name is typed, the required fields are left empty. */
const save = () => {
  fireEvent.change(screen.getAllByRole('textbox')[2], { target: { value: 'SYT' } });
  fireEvent.click(screen.getByRole('button', { name: /Lưu|Save/ }));
};

afterEach(cleanup);

describe('the error summary of a form', { timeout: 30_000 }, () => {
  it('shows nothing until the officer submits', async () => {
    render(<UnitForm />);
    await screen.findByLabelText(/^Tên đơn vị/);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('after an invalid submit, lists each field at the top, takes the focus, and each link focuses its field', async () => {
    render(<UnitForm />);
    await screen.findByLabelText(/^Tên đơn vị/);
    save();
    const summary = await screen.findByRole('alert', { name: 'Chưa lưu được. Vui lòng sửa 2 trường sau:' });
    await waitFor(() => expect(document.activeElement).toBe(summary));
    const links = within(summary).getAllByRole('link');
    // The labels as the form shows them, without the required asterisk, in the form's order.
    expect(links.map((link) => link.textContent)).toEqual(['Mã đơn vị', 'Tên đơn vị']);
    expect(summary.textContent).toContain('Mã đơn vị: Bắt buộc nhập');

    fireEvent.click(within(summary).getByRole('link', { name: 'Tên đơn vị' }));
    const name = input(/^Tên đơn vị/);
    expect(document.activeElement).toBe(name);
    // The field says it is wrong and points at its message.
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(name.getAttribute('aria-describedby') ?? '')?.textContent).toContain(
      'Bắt buộc nhập',
    );
  });

  it('drops a field once it is fixed, and goes away when none is left', async () => {
    render(<UnitForm />);
    await screen.findByLabelText(/^Tên đơn vị/);
    save();
    const summary = await screen.findByRole('alert');
    fireEvent.change(input(/^Mã đơn vị/), { target: { value: 'T15-SYT' } });
    await waitFor(() =>
      expect(
        within(summary)
          .getAllByRole('link')
          .map((link) => link.textContent),
      ).toEqual(['Tên đơn vị']),
    );
    fireEvent.change(input(/^Tên đơn vị/), { target: { value: 'Sở Y tế' } });
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
  });

  it('speaks English in English', async () => {
    render(<UnitForm locale="en" />);
    await screen.findByLabelText(/^Unit name/);
    save();
    expect(await screen.findByRole('alert', { name: 'Not saved. Please correct these 2 fields:' })).toBeTruthy();
  });
});

describe('the summary itself', () => {
  const Harness = () => {
    const [attempt, setAttempt] = useState(0);
    return (
      <AdminContext i18nProvider={testI18nProvider('vi')}>
        <ErrorSummary
          attempt={attempt}
          entries={[
            { field: 'phone', label: 'Số điện thoại', message: 'Số điện thoại không hợp lệ.', targetId: 'phone' },
          ]}
        />
        <label htmlFor="phone">Số điện thoại</label>
        <input id="phone" />
        <button onClick={() => setAttempt((n) => n + 1)}>Gửi</button>
      </AdminContext>
    );
  };

  it('takes the focus again on the next failed attempt, after the officer moved on', async () => {
    render(<Harness />);
    fireEvent.click(screen.getByRole('button', { name: 'Gửi' }));
    const summary = await screen.findByRole('alert');
    await waitFor(() => expect(document.activeElement).toBe(summary));
    fireEvent.click(within(summary).getByRole('link', { name: 'Số điện thoại' }));
    expect(document.activeElement).toBe(screen.getByLabelText('Số điện thoại'));
    fireEvent.click(screen.getByRole('button', { name: 'Gửi' }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('alert')));
  });
});

describe('fieldErrorPaths', () => {
  it('flattens react-hook-form’s nested errors into dotted paths', () => {
    const errors = {
      name: { type: 'required', message: 'ra.validation.required' },
      targets: [{ unitId: { type: 'x', message: 'Bắt buộc' } }],
    };
    expect(fieldErrorPaths(errors as never)).toEqual([
      { path: 'name', message: 'ra.validation.required' },
      { path: 'targets.0.unitId', message: 'Bắt buộc' },
    ]);
  });
});
