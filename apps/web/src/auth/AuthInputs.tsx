import { PasswordInput, required, TextInput, type TextInputProps } from 'react-admin';

type InputProps = Omit<TextInputProps, 'source'>;

/** The username, trimmed as the user types for the fields that must not contain it. */
export const UsernameInput = ({ onUsername, ...props }: InputProps & { onUsername(username: string): void }) => (
  <TextInput
    source="username"
    label="ra.auth.username"
    autoComplete="username"
    validate={required()}
    onChange={(event: { target: { value: string } }) => onUsername(event.target.value.trim())}
    fullWidth
    {...props}
  />
);

/** A code the user types from elsewhere: an activation code, an authenticator code or a recovery code. */
export const OneTimeCodeInput = (props: InputProps) => (
  <TextInput source="code" autoComplete="one-time-code" validate={required()} fullWidth {...props} />
);

/** The password the account has now. */
export const CurrentPasswordInput = ({ source = 'currentPassword', ...props }: Partial<TextInputProps>) => (
  <PasswordInput
    source={source}
    label="app.auth.password.current"
    autoComplete="current-password"
    validate={required()}
    fullWidth
    {...props}
  />
);
