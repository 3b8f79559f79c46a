import { useState, type ReactElement, type ReactNode } from 'react';
import BlockIcon from '@mui/icons-material/Block';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import LockIcon from '@mui/icons-material/Lock';
import LockOpenIcon from '@mui/icons-material/LockOpen';
import LockResetIcon from '@mui/icons-material/LockReset';
import AssignmentReturnIcon from '@mui/icons-material/AssignmentReturn';
import VerifiedIcon from '@mui/icons-material/Verified';
import UnpublishedIcon from '@mui/icons-material/Unpublished';
import { Box, Checkbox, FormControlLabel, TextField, Typography } from '@mui/material';
import { Button, Confirm, useGetIdentity, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { ActivationCodeDialog } from './ActivationCodeDialog';
import { actionsFor, changeAccountStatus, resetAccount, sendBack, setVerified } from './officerApi';
import type { AccountAction, IssuedActivation, Officer } from '@motcua/contracts';

type PendingAction = AccountAction | 'reset' | 'verify' | 'unverify' | 'send_back';

const ICONS: Record<PendingAction, ReactElement> = {
  lock: <LockIcon />,
  unlock: <LockOpenIcon />,
  disable: <BlockIcon />,
  enable: <CheckCircleIcon />,
  reset: <LockResetIcon />,
  verify: <VerifiedIcon />,
  unverify: <UnpublishedIcon />,
  send_back: <AssignmentReturnIcon />,
};

/** Actions on the record rather than the account: OfficerVerifyButton's. */
const STAFF_ACTIONS: readonly PendingAction[] = ['verify', 'unverify', 'send_back'];
const isAccountAction = (action: PendingAction | null): action is AccountAction | 'reset' =>
  action !== null && !STAFF_ACTIONS.includes(action);

/** Lock and disable log the officer out everywhere: those confirm in the warning colour. */
const WARNING_ACTIONS: readonly PendingAction[] = ['lock', 'disable', 'reset'];

/** One confirmed call at a time; the show page re-reads the officer afterwards. */
function useConfirmedAction() {
  const notify = useNotify();
  const refresh = useRefresh();
  const [pending, setPending] = useState<PendingAction | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async (call: () => Promise<unknown>, done: string, onError?: (error: unknown) => boolean) => {
    setBusy(true);
    try {
      await call();
      notify(done, { type: 'success' });
      setPending(null);
      refresh();
    } catch (error) {
      if (!onError?.(error))
        notify(error instanceof Error ? error.message : 'ra.notification.http_error', { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  return { pending, setPending, busy, run };
}

const ActionConfirm = ({
  action,
  officer,
  busy,
  onConfirm,
  onClose,
  extra,
}: {
  action: PendingAction;
  officer: Officer;
  busy: boolean;
  onConfirm: () => void;
  onClose: () => void;
  extra?: ReactNode;
}) => {
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
      return run(
        async () => setIssued(await resetAccount(officer.id, resetTwoFactor)),
        'admin.officers.actions.reset.done',
      );
    }
    if (isAccountAction(pending)) {
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
      {isAccountAction(pending) && (
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
                control={
                  <Checkbox checked={resetTwoFactor} onChange={(event) => setResetTwoFactor(event.target.checked)} />
                }
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

/** The message the API gave for one field of a 400, if any. */
const fieldMessage = (error: unknown, field: string): string | undefined =>
  (error as { body?: { errors?: Record<string, string> } } | null)?.body?.errors?.[field];

const REASON_MIN = 5;

/**
 * Verify or withdraw the verification of the officer's record, or send it back with a reason: supervisors in scope
 * and admins, never on their own record (the API refuses it too).
 */
export const OfficerVerifyButton = () => {
  const officer = useRecordContext<Officer>();
  const { identity } = useGetIdentity();
  const translate = useTranslate();
  const { pending, setPending, busy, run } = useConfirmedAction();
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | undefined>();
  if (!officer || identity === undefined || String(identity.id) === String(officer.id)) return null;
  const action = officer.verifiedAt ? 'unverify' : 'verify';
  const close = () => {
    setPending(null);
    setReason('');
    setReasonError(undefined);
  };
  const submitSendBack = () => {
    if (reason.trim().length < REASON_MIN)
      return setReasonError(translate('admin.officers.actions.send_back.reason_help'));
    return run(
      () => sendBack(officer.id, reason),
      'admin.officers.actions.send_back.done',
      (error) => {
        const message = fieldMessage(error, 'reason');
        if (message) setReasonError(message);
        return Boolean(message);
      },
    );
  };
  return (
    <>
      <Button label={`admin.officers.actions.${action}.label`} onClick={() => setPending(action)}>
        {ICONS[action]}
      </Button>
      <Button
        label="admin.officers.actions.send_back.label"
        onClick={() => {
          setReason('');
          setPending('send_back');
        }}
      >
        {ICONS.send_back}
      </Button>
      {pending === action && (
        <ActionConfirm
          action={action}
          officer={officer}
          busy={busy}
          onConfirm={() =>
            run(() => setVerified(officer.id, action === 'verify'), `admin.officers.actions.${action}.done`)
          }
          onClose={close}
        />
      )}
      {pending === 'send_back' && (
        <ActionConfirm
          action="send_back"
          officer={officer}
          busy={busy}
          onConfirm={() => void submitSendBack()}
          onClose={close}
          extra={
            <TextField
              autoFocus
              required
              multiline
              minRows={3}
              fullWidth
              sx={{ mt: 2 }}
              label={translate('admin.officers.actions.send_back.reason')}
              value={reason}
              onChange={(event) => {
                setReason(event.target.value);
                setReasonError(undefined);
              }}
              error={Boolean(reasonError)}
              helperText={reasonError ?? translate('admin.officers.actions.send_back.reason_help')}
              slotProps={{ htmlInput: { maxLength: 500 } }}
            />
          }
        />
      )}
    </>
  );
};
