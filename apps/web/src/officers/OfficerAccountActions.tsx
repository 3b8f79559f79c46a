import { useState, type ReactElement, type ReactNode } from 'react';
import BlockIcon from '@mui/icons-material/Block';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import LockIcon from '@mui/icons-material/Lock';
import LockOpenIcon from '@mui/icons-material/LockOpen';
import LockResetIcon from '@mui/icons-material/LockReset';
import VerifiedIcon from '@mui/icons-material/Verified';
import UnpublishedIcon from '@mui/icons-material/Unpublished';
import { Box, Checkbox, FormControlLabel, Typography } from '@mui/material';
import { Button, Confirm, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { ActivationCodeDialog } from './ActivationCodeDialog';
import { actionsFor, changeAccountStatus, resetAccount, setVerified, type AccountAction, type IssuedActivation, type Officer } from './officerApi';

type PendingAction = AccountAction | 'reset' | 'verify' | 'unverify';

const ICONS: Record<PendingAction, ReactElement> = {
  lock: <LockIcon />,
  unlock: <LockOpenIcon />,
  disable: <BlockIcon />,
  enable: <CheckCircleIcon />,
  reset: <LockResetIcon />,
  verify: <VerifiedIcon />,
  unverify: <UnpublishedIcon />,
};

/** Lock and disable log the officer out everywhere: those confirm in the warning colour. */
const WARNING_ACTIONS: readonly PendingAction[] = ['lock', 'disable', 'reset'];

/** One confirmed call at a time; the show page re-reads the officer afterwards. */
function useConfirmedAction() {
  const notify = useNotify();
  const refresh = useRefresh();
  const [pending, setPending] = useState<PendingAction | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async (call: () => Promise<unknown>, done: string) => {
    setBusy(true);
    try {
      await call();
      notify(done, { type: 'success' });
      setPending(null);
      refresh();
    } catch (error) {
      notify(error instanceof Error ? error.message : 'ra.notification.http_error', { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  return { pending, setPending, busy, run };
}

const ActionConfirm = ({ action, officer, busy, onConfirm, onClose, extra }: { action: PendingAction; officer: Officer; busy: boolean; onConfirm: () => void; onClose: () => void; extra?: ReactNode }) => {
  const translate = useTranslate();
  return (
    <Confirm
      isOpen
      loading={busy}
      title={`admin.officers.actions.${action}.title`}
      titleTranslateOptions={{ name: officer.fullName }}
      content={
        <Box>
          <Typography variant="body2">{translate(`admin.officers.actions.${action}.content`)}</Typography>
          {extra}
        </Box>
      }
      confirm={`admin.officers.actions.${action}.label`}
      confirmColor={WARNING_ACTIONS.includes(action) ? 'warning' : 'primary'}
      onConfirm={onConfirm}
      onClose={onClose}
    />
  );
};

/** Lock, unlock, disable, enable and reset, as the account's status allows; for admins and unit admins. */
export const OfficerAccountActions = () => {
  const officer = useRecordContext<Officer>();
  const translate = useTranslate();
  const { pending, setPending, busy, run } = useConfirmedAction();
  const [resetTwoFactor, setResetTwoFactor] = useState(false);
  const [issued, setIssued] = useState<IssuedActivation | null>(null);
  if (!officer) return null;

  const confirm = () => {
    if (pending === 'reset') {
      return run(async () => setIssued(await resetAccount(officer.id, resetTwoFactor)), 'admin.officers.actions.reset.done');
    }
    if (pending && pending !== 'verify' && pending !== 'unverify') {
      return run(() => changeAccountStatus(officer.id, pending), `admin.officers.actions.${pending}.done`);
    }
  };

  return (
    <>
      {[...actionsFor(officer), 'reset' as const].map((action) => (
        <Button key={action} label={`admin.officers.actions.${action}.label`} onClick={() => setPending(action)}>
          {ICONS[action]}
        </Button>
      ))}
      {pending && pending !== 'verify' && pending !== 'unverify' && (
        <ActionConfirm
          action={pending}
          officer={officer}
          busy={busy}
          onConfirm={confirm}
          onClose={() => {
            setPending(null);
            setResetTwoFactor(false);
          }}
          extra={
            pending === 'reset' && officer.twoFactorEnabled ? (
              <FormControlLabel
                sx={{ mt: 1 }}
                control={<Checkbox checked={resetTwoFactor} onChange={(event) => setResetTwoFactor(event.target.checked)} />}
                label={translate('admin.officers.actions.reset.two_factor')}
              />
            ) : undefined
          }
        />
      )}
      <ActivationCodeDialog
        code={issued?.activationCode ?? null}
        fullName={issued?.officer.fullName ?? officer.fullName}
        username={issued?.officer.username ?? officer.username}
        onClose={() => {
          setIssued(null);
          setResetTwoFactor(false);
        }}
      />
    </>
  );
};

/** Verify or withdraw the verification of the officer's record: supervisors in scope and admins. */
export const OfficerVerifyButton = () => {
  const officer = useRecordContext<Officer>();
  const { pending, setPending, busy, run } = useConfirmedAction();
  if (!officer) return null;
  const action = officer.verifiedAt ? 'unverify' : 'verify';
  return (
    <>
      <Button label={`admin.officers.actions.${action}.label`} onClick={() => setPending(action)}>
        {ICONS[action]}
      </Button>
      {pending === action && (
        <ActionConfirm
          action={action}
          officer={officer}
          busy={busy}
          onConfirm={() => run(() => setVerified(officer.id, action === 'verify'), `admin.officers.actions.${action}.done`)}
          onClose={() => setPending(null)}
        />
      )}
    </>
  );
};
