import { checkPassword } from '@motcua/domain';
import { useMemo, useState } from 'react';
import { PasswordInput, required, type Validator } from 'react-admin';
import { PasswordChecklist } from './PasswordChecklist';

export interface NewPasswordFieldsProps {
  /** The account's username, which the password must not contain. */
  username: string;
}

/**
 * The new password, its live checklist and its confirmation. The form refuses a password the checklist does
 * not pass, so the API is only asked about a password that satisfies the same libs/domain rules.
 */
export const NewPasswordFields = ({ username }: NewPasswordFieldsProps) => {
  const [password, setPassword] = useState('');
  const context = useMemo(() => ({ username }), [username]);

  const validateNew = useMemo<Validator[]>(
    () => [
      required(),
      (value: string) => (value && !checkPassword(value, { username }).ok ? 'app.auth.password.not_strong' : undefined),
    ],
    [username],
  );
  const validateConfirm = useMemo<Validator[]>(
    () => [
      required(),
      (value: string, values: Record<string, unknown>) =>
        value && value !== values.newPassword ? 'app.auth.password.mismatch' : undefined,
    ],
    [],
  );

  return (
    <>
      <PasswordInput
        source="newPassword"
        label="app.auth.password.new"
        autoComplete="new-password"
        validate={validateNew}
        onChange={(event: { target: { value: string } }) => setPassword(event.target.value)}
        fullWidth
      />
      <PasswordChecklist password={password} context={context} />
      <PasswordInput
        source="confirmPassword"
        label="app.auth.password.confirm"
        autoComplete="new-password"
        validate={validateConfirm}
        fullWidth
      />
    </>
  );
};
