import { Alert, Box, Button, Typography } from '@mui/material';
import { QRCodeSVG } from 'qrcode.react';
import { useState } from 'react';
import { Form, regex, required, useLogout, useNotify, useTranslate } from 'react-admin';
import { useNavigate } from 'react-router-dom';
import { landingPath } from './authProvider';
import { disableTwoFactor, enableTwoFactor, setUpTwoFactor, type TwoFactorSetup } from './authApi';
import { AccountCard } from './AccountCard';
import { AuthFailureAlert } from './AuthFailureAlert';
import { CurrentPasswordInput, OneTimeCodeInput } from './AuthInputs';
import { BusyButton } from './BusyButton';
import { RecoveryCodes } from './RecoveryCodes';
import { wordFieldError } from './submitErrors';
import { useAuthSubmit } from './useAuthSubmit';
import { useSessionAuthProvider, useSessionUser } from './useSessionUser';

const SIX_DIGITS = /^\d{6}$/;

/**
 * Two-factor authentication: enrol (QR code and secret, confirmed by a first code, then the recovery codes
 * shown once) or turn it off with the password, which ends every session of the account.
 */
export const TwoFactorPage = () => {
  const navigate = useNavigate();
  const user = useSessionUser();
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);

  let content;
  if (recoveryCodes) {
    content = <RecoveryCodes codes={recoveryCodes} onDone={() => navigate(user ? landingPath(user) : '/')} />;
  } else if (user?.twoFactorEnabled) {
    content = <DisableTwoFactor />;
  } else {
    content = <EnrolTwoFactor required={Boolean(user?.twoFactorSetupRequired)} onEnabled={setRecoveryCodes} />;
  }

  return (
    <AccountCard title="app.auth.two_factor.title" maxWidth={640}>
      {content}
    </AccountCard>
  );
};

const EnrolTwoFactor = ({
  required: isRequired,
  onEnabled,
}: {
  required: boolean;
  onEnabled(codes: string[]): void;
}) => {
  const translate = useTranslate();
  const [setup, setSetup] = useState<TwoFactorSetup | null>(null);
  const { submit: start, failure, submitting: busy } = useAuthSubmit(async () => setSetup(await setUpTwoFactor()));

  return (
    <>
      {isRequired && (
        <Alert severity="info" sx={{ mb: 2 }}>
          {translate('app.auth.two_factor.required')}
        </Alert>
      )}
      <Typography variant="body2" sx={{ mb: 2 }}>
        {translate('app.auth.two_factor.status_off')} {translate('app.auth.two_factor.intro')}
      </Typography>
      {setup ? (
        <ConfirmEnrolment setup={setup} onEnabled={onEnabled} />
      ) : (
        <BusyButton onClick={() => start({})} busy={busy}>
          {translate('app.auth.two_factor.start')}
        </BusyButton>
      )}
      {failure && <AuthFailureAlert failure={failure} />}
    </>
  );
};

/** "JBSW Y3DP EHPK 3PXP": the secret in groups of four, easier to type into an app by hand. */
const groupedSecret = (secret: string) => secret.replace(/(.{4})(?=.)/g, '$1 ');

const ConfirmEnrolment = ({ setup, onEnabled }: { setup: TwoFactorSetup; onEnabled(codes: string[]): void }) => {
  const translate = useTranslate();
  const provider = useSessionAuthProvider();
  const { submit, failure, submitting } = useAuthSubmit(
    async (values) => {
      const codes = await enableTwoFactor(String(values.code ?? '').trim());
      // The server now sees the second factor: read the account again (this also lifts an admin's enrolment duty).
      void provider?.reloadUser().catch(() => undefined);
      onEnabled(codes);
    },
    { wordFieldError: (fieldError) => wordFieldError(fieldError, translate) },
  );

  return (
    <Box>
      <Typography variant="body2" gutterBottom>
        {translate('app.auth.two_factor.scan')}
      </Typography>
      <Box
        sx={{
          display: 'flex',
          flexDirection: { xs: 'column', sm: 'row' },
          gap: 2,
          alignItems: { xs: 'center', sm: 'flex-start' },
          my: 2,
        }}
      >
        <Box sx={{ p: 1, bgcolor: '#fff', borderRadius: 1, lineHeight: 0 }}>
          <QRCodeSVG
            value={setup.otpauthUri}
            size={184}
            marginSize={1}
            title={translate('app.auth.two_factor.qr_label')}
          />
        </Box>
        <Box sx={{ minWidth: 0 }}>
          <Typography variant="caption" color="text.secondary" component="p">
            {translate('app.auth.two_factor.secret')}
          </Typography>
          <Typography data-secret sx={{ fontFamily: 'monospace', fontSize: '1.05rem', wordBreak: 'break-all' }}>
            {groupedSecret(setup.secret)}
          </Typography>
        </Box>
      </Box>
      <Form onSubmit={submit} noValidate>
        <OneTimeCodeInput
          label="app.auth.two_factor.code"
          validate={[required(), regex(SIX_DIGITS, 'app.auth.two_factor.code_format')]}
          slotProps={{ htmlInput: { inputMode: 'numeric', maxLength: 6 } }}
        />
        {failure && <AuthFailureAlert failure={failure} />}
        <BusyButton type="submit" busy={submitting}>
          {translate('app.auth.two_factor.enable')}
        </BusyButton>
      </Form>
    </Box>
  );
};

const DisableTwoFactor = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const logout = useLogout();
  const { submit, failure, submitting } = useAuthSubmit(
    async (values) => {
      await disableTwoFactor(String(values.password ?? ''));
      // The API ended every session of the account, this one included.
      notify('app.auth.two_factor.disabled', { type: 'info' });
      await logout({}, '/login', false);
    },
    { wordFieldError: (fieldError) => wordFieldError(fieldError, translate) },
  );

  return (
    <>
      <Alert severity="success" sx={{ mb: 2 }}>
        {translate('app.auth.two_factor.status_on')}
      </Alert>
      <Typography variant="body2" gutterBottom>
        {translate('app.auth.two_factor.disable_intro')}
      </Typography>
      <Form onSubmit={submit} noValidate>
        <CurrentPasswordInput source="password" />
        {failure && <AuthFailureAlert failure={failure} />}
        <Button type="submit" color="error" variant="outlined" disabled={submitting}>
          {translate('app.auth.two_factor.disable')}
        </Button>
      </Form>
    </>
  );
};

export default TwoFactorPage;
