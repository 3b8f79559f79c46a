import DeleteIcon from '@mui/icons-material/Delete';
import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import { useState } from 'react';
import { useDelete, useGetList, useNotify, useRecordContext, useRedirect, useTranslate } from 'react-admin';
import type { Unit } from '@motcua/contracts';

/** What stands in the way of deleting a unit, read as totals of one-row pages (as UnitOfficerCount does). */
function useDeleteBlockers(unit: Unit | undefined, enabled: boolean) {
  const page = { pagination: { page: 1, perPage: 1 } };
  const options = { enabled: enabled && !!unit, retry: false };
  const children = useGetList(
    'units',
    { ...page, sort: { field: 'name', order: 'ASC' }, filter: { parentId: unit?.id } },
    options,
  );
  const accounts = useGetList(
    'officers',
    { ...page, sort: { field: 'fullName', order: 'ASC' }, filter: { unitId: unit?.id } },
    options,
  );
  return {
    isPending: children.isPending || accounts.isPending,
    failed: Boolean(children.error || accounts.error),
    children: children.total ?? 0,
    accounts: accounts.total ?? 0,
  };
}

/**
 * Delete, with the answer up front: a unit that still has sub-units or accounts cannot be deleted (the API refuses),
 * so the dialog says so and why, its delete button disabled; otherwise it asks to confirm.
 */
export const UnitDeleteButton = () => {
  const unit = useRecordContext<Unit>();
  const translate = useTranslate();
  const notify = useNotify();
  const redirect = useRedirect();
  const [open, setOpen] = useState(false);
  const blockers = useDeleteBlockers(unit, open);
  const [remove, { isPending: deleting }] = useDelete();
  if (!unit) return null;
  const blocked = blockers.children > 0 || blockers.accounts > 0;
  const reasons = [
    blockers.children > 0 ? translate('admin.units.delete.children', { smart_count: blockers.children }) : undefined,
    blockers.accounts > 0 ? translate('admin.units.delete.accounts', { smart_count: blockers.accounts }) : undefined,
  ].filter(Boolean);
  const message = blockers.isPending
    ? translate('admin.units.delete.checking')
    : blockers.failed
      ? translate('admin.units.delete.check_failed')
      : blocked
        ? translate('admin.units.delete.blocked', {
            name: unit.name,
            reasons: reasons.join(translate('admin.units.delete.and')),
          })
        : translate('admin.units.delete.confirm', { name: unit.name });

  const confirm = () =>
    remove(
      'units',
      { id: unit.id, previousData: unit },
      {
        mutationMode: 'pessimistic',
        onSuccess: () => {
          notify('resources.units.notifications.deleted', { type: 'info', messageArgs: { smart_count: 1 } });
          setOpen(false);
          redirect('list', 'units');
        },
        onError: (error) => notify((error as Error).message, { type: 'error' }),
      },
    );

  return (
    <>
      <Button color="error" startIcon={<DeleteIcon />} onClick={() => setOpen(true)}>
        {translate('ra.action.delete')}
      </Button>
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        aria-labelledby="unit-delete-title"
        aria-describedby="unit-delete-message"
      >
        <DialogTitle id="unit-delete-title">{translate('admin.units.delete.title', { name: unit.name })}</DialogTitle>
        <DialogContent>
          <DialogContentText id="unit-delete-message">{message}</DialogContentText>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)}>{translate(blocked ? 'ra.action.close' : 'ra.action.cancel')}</Button>
          <Button
            color="error"
            variant="contained"
            onClick={confirm}
            disabled={blocked || blockers.isPending || blockers.failed || deleting}
          >
            {translate('ra.action.delete')}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
};
