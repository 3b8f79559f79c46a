import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Typography from '@mui/material/Typography';
import { useTranslate } from 'react-admin';
import { formatVietnamDateTime } from '@motcua/contracts';
import type { Profile } from './profileApi';

/** "Đã xác thực lúc 05/12/2026 08:30, người xác thực: …" and what the verification covers. */
export const VerificationDetails = ({ verification }: { verification: NonNullable<Profile['verification']> }) => {
  const translate = useTranslate();
  const at = formatVietnamDateTime(verification.at);
  const fields = verification.fields.map((field) => translate(`profile.fields.${field}`)).join(', ');
  return (
    <>
      <Typography variant="body2" color="success.main" data-testid="verification-by">
        {verification.by
          ? translate('profile.verification.verified_by', { at, name: verification.by.fullName })
          : translate('profile.completeness.verified_at', { at })}
      </Typography>
      <Typography variant="caption" color="text.secondary" component="p">
        {translate('profile.verification.fields', { fields })}
      </Typography>
    </>
  );
};

/** A supervisor's request to complete the record: who, when and why, in the officer's and the supervisor's view. */
export const SendBackNotice = ({
  sendBack,
  forOfficer = false,
}: {
  sendBack: NonNullable<Profile['sendBack']>;
  forOfficer?: boolean;
}) => {
  const translate = useTranslate();
  return (
    <Alert severity="warning" role="status" data-testid="send-back-notice">
      <AlertTitle>{translate('profile.verification.sent_back_title')}</AlertTitle>
      <Typography variant="body2">
        {translate('profile.verification.sent_back_by', {
          name: sendBack.by?.fullName ?? '—',
          at: formatVietnamDateTime(sendBack.at),
        })}
      </Typography>
      <Typography variant="body2" sx={{ fontWeight: 600, my: 0.5 }}>
        {sendBack.reason}
      </Typography>
      {forOfficer && <Typography variant="caption">{translate('profile.verification.sent_back_hint')}</Typography>}
    </Alert>
  );
};
