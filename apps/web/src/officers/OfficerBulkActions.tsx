import { useState } from 'react';
import LockIcon from '@mui/icons-material/Lock';
import LockOpenIcon from '@mui/icons-material/LockOpen';
import DriveFileMoveIcon from '@mui/icons-material/DriveFileMove';
import { Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import {
  Button,
  Confirm,
  Form,
  required,
  SaveButton,
  useListContext,
  useNotify,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { UnitTreeInput } from '../units/UnitTreeInput';
import type { BulkAction } from '@motcua/contracts';
import { bulkUpdate } from './officerApi';

/** Runs one bulk action on the selection, then tells how many accounts changed and clears the selection. */
function useBulkAction() {
  const { selectedIds, onUnselectItems } = useListContext();
  const notify = useNotify();
  const refresh = useRefresh();
  const [busy, setBusy] = useState(false);
  const run = async (action: BulkAction, unitId?: number) => {
    setBusy(true);
    try {
      const { updated } = await bulkUpdate(action, selectedIds.map(Number), unitId);
      notify('admin.officers.bulk.done', { messageArgs: { smart_count: updated } });
      onUnselectItems();
      refresh();
      return true;
    } catch (error) {
      notify(error instanceof Error ? error.message : 'ra.notification.http_error', { type: 'error' });
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { count: selectedIds.length, busy, run };
}

const BulkStatusButton = ({ action }: { action: 'lock' | 'unlock' }) => {
  const { count, busy, run } = useBulkAction();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button label={`admin.officers.bulk.${action}.label`} onClick={() => setOpen(true)} disabled={busy}>
        {action === 'lock' ? <LockIcon /> : <LockOpenIcon />}
      </Button>
      <Confirm
        isOpen={open}
        loading={busy}
        title={`admin.officers.bulk.${action}.title`}
        titleTranslateOptions={{ smart_count: count }}
        content={`admin.officers.bulk.${action}.content`}
        confirmColor={action === 'lock' ? 'warning' : 'primary'}
        onConfirm={async () => {
          if (await run(action)) setOpen(false);
        }}
        onClose={() => setOpen(false)}
      />
    </>
  );
};

const BulkMoveButton = () => {
  const { count, busy, run } = useBulkAction();
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button label="admin.officers.bulk.move.label" onClick={() => setOpen(true)} disabled={busy}>
        <DriveFileMoveIcon />
      </Button>
      <Dialog
        open={open}
        onClose={() => !busy && setOpen(false)}
        fullWidth
        maxWidth="sm"
        aria-labelledby="bulk-move-title"
      >
        <Form
          onSubmit={async (values: Record<string, unknown>) => {
            if (await run('move', Number(values.unitId))) setOpen(false);
          }}
        >
          <DialogTitle id="bulk-move-title">
            {translate('admin.officers.bulk.move.title', { smart_count: count })}
          </DialogTitle>
          <DialogContent>
            <UnitTreeInput source="unitId" label="admin.officers.bulk.move.unit" validate={required()} fullWidth />
          </DialogContent>
          <DialogActions>
            <Button label="ra.action.cancel" onClick={() => setOpen(false)} disabled={busy} />
            <SaveButton label="admin.officers.bulk.move.confirm" icon={<DriveFileMoveIcon />} />
          </DialogActions>
        </Form>
      </Dialog>
    </>
  );
};

/** Shown above the Datagrid when rows are selected; only for those who manage accounts. */
export const OfficerBulkActions = () => (
  <>
    <BulkStatusButton action="lock" />
    <BulkStatusButton action="unlock" />
    <BulkMoveButton />
  </>
);
